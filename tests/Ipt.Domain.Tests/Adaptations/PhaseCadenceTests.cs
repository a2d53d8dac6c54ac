using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>
/// A phase may carry its own session cadence (decision 0033): IPSRT's stages run weekly, then every two weeks in the
/// preventive stage, then monthly in the final stage; every other protocol keeps one cadence for all its phases.
/// </summary>
public class PhaseCadenceTests
{
    private static readonly DateOnly PlannedStart = new(2026, 1, 5);

    [Fact]
    public void Ipsrt_stages_carry_the_cadence_the_sources_give()
    {
        ProtocolDefinition p = Ipsrt.Definition;
        Assert.Equal(Cadence.Weekly, p.Cadence);
        Assert.Equal(Cadence.Weekly, p.CadenceOf(PhaseKind.Initial));
        Assert.Equal(Cadence.Weekly, p.CadenceOf(PhaseKind.Middle));
        Assert.Equal(Cadence.Fortnightly, p.CadenceOf(PhaseKind.Termination));
        Assert.Equal(Cadence.Monthly, p.CadenceOf(PhaseKind.Maintenance));

        // 16 weekly sessions and 4 fortnightly ones: about 24 weeks from the first to the last contract session.
        Assert.Equal(24, p.CalendarSpanWeeks);
        Assert.Contains(p.Provenance, v => v.Setting == "preventive stage cadence" && v.Value == "fortnightly" && v.Status == EvidenceStatus.Contested);
        Assert.Contains(p.Provenance, v => v.Setting == "final stage cadence" && v.Value == "monthly");
    }

    [Fact]
    public void A_weekly_preventive_stage_gives_back_the_twenty_week_course()
    {
        ProtocolDefinition p = Ipsrt.Create(new IpsrtSettings { PreventiveCadence = Cadence.Weekly }).Value;
        Assert.Equal(Cadence.Weekly, p.CadenceOf(PhaseKind.Termination));
        Assert.Equal(20, p.CalendarSpanWeeks);
        Assert.Contains("Preventive stage (sessions 17–20) :termination, 2026-04-27, 28d", ProtocolDiagrams.ToGantt(p, PlannedStart), StringComparison.Ordinal);

        ProtocolDefinition three = Ipsrt.Create(new IpsrtSettings { Structure = IpsrtStructure.ThreePhases, MaintenanceCadence = Cadence.Fortnightly }).Value;
        Assert.Equal(Cadence.Fortnightly, three.CadenceOf(PhaseKind.Maintenance));
        Assert.Equal(20, three.CalendarSpanWeeks);
    }

    [Fact]
    public void The_ipsrt_gantt_spaces_each_stage_by_its_cadence()
    {
        string gantt = ProtocolDiagrams.ToGantt(Ipsrt.Definition, PlannedStart);
        Assert.Contains("title IPSRT planned course, 20 sessions, weekly, then fortnightly, then monthly", gantt, StringComparison.Ordinal);
        Assert.Contains("Intermediate stage (sessions 5–16) :middle, 2026-02-02, 84d", gantt, StringComparison.Ordinal);
        Assert.Contains("Preventive stage (sessions 17–20) :termination, 2026-04-27, 56d", gantt, StringComparison.Ordinal);
        Assert.Contains("Final stage (open-ended, optional) :maintenance, 2026-06-22, 30d", gantt, StringComparison.Ordinal);
        Assert.Contains("Counted sessions over about 24 weeks :span, 2026-01-05, 168d", gantt, StringComparison.Ordinal);
    }

    public static TheoryData<string> OtherBuiltIns() => new(BuiltInProtocols.All.Where(p => p.Id != Ipsrt.Id).Select(p => p.Id));

    [Theory]
    [MemberData(nameof(OtherBuiltIns))]
    public void Every_other_built_in_protocol_keeps_one_cadence(string id)
    {
        ProtocolDefinition p = BuiltInProtocols.Catalog.Get(id).Value;
        Assert.Empty(p.PhaseCadences);
        Assert.All(p.Phases, phase => Assert.Equal(p.Cadence, p.CadenceOf(phase.Kind)));
        Assert.DoesNotContain(", then ", ProtocolDiagrams.ToGantt(p, PlannedStart), StringComparison.Ordinal);
    }

    [IptProperty]
    public Property A_phase_cadence_changes_that_phase_alone_and_survives_a_copy(int protocolSeed, int phaseSeed, Cadence cadence)
    {
        ProtocolDefinition source = BuiltInProtocols.All[Math.Abs(protocolSeed % BuiltInProtocols.All.Count)];
        cadence = (Cadence)Math.Abs((int)cadence % 5);
        PhaseKind kind = source.Phases[Math.Abs(phaseSeed % source.Phases.Length)].Kind;
        ProtocolDefinition p = source.ToBuilder("own-cadence", "Own").PhaseCadence(kind, cadence).Build().Value;
        ProtocolDefinition copy = p.ToBuilder("own-cadence-copy", "Copy").Build().Value;
        bool others = p.Phases.Where(x => x.Kind != kind).All(x => p.CadenceOf(x.Kind) == source.CadenceOf(x.Kind));
        return (p.CadenceOf(kind) == cadence && others && copy.CadenceOf(kind) == cadence && p.Cadence == source.Cadence).ToProperty();
    }

    [Fact]
    public void A_cadence_for_a_phase_the_protocol_lacks_is_refused()
    {
        Result<ProtocolDefinition> r = StandardIpt.Definition.ToBuilder("ipt-own", "Own").PhaseCadence(PhaseKind.Engagement, Cadence.Monthly).Build();
        Assert.Equal(ProtocolErrors.PhaseSettingUnknownPhase, r.Error!.Code);
        CourseFixture.AssertPlainSentence(r.Error.Message);
    }

    [Fact]
    public void Cadence_review_measures_each_interval_against_the_later_sessions_phase()
    {
        DateOnly d = PlannedStart;
        var sessions = new List<SessionRecord>
        {
            new(1, d, Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, PhaseKind.Middle, 16, null),
            new(2, d.AddDays(14), Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, PhaseKind.Termination, 17, null),
            new(3, d.AddDays(21), Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, PhaseKind.Termination, 18, null),
            new(4, d.AddDays(51), Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, PhaseKind.Maintenance, null, null),
        };

        IReadOnlyList<CadenceDeviation> deviations = CadenceReview.Deviations(Ipsrt.Definition, sessions, 2);
        CadenceDeviation only = Assert.Single(deviations);
        Assert.Equal((2, 3, 7, 14, CadenceDeviationKind.TooSoon), (only.FromSession, only.ToSession, only.IntervalDays, only.ExpectedDays, only.Kind));
    }

    [Fact]
    public void The_fidelity_review_accepts_a_fortnightly_preventive_stage()
    {
        TreatmentCourse c = CourseFixture.NewCourse(Ipsrt.Definition).Sessions(4).AllTasks(Ipsrt.InitialTasks)
            .Fire(CourseTrigger.BeginMiddlePhase).Sessions(12).Fire(CourseTrigger.BeginTerminationPhase);
        DateOnly d = c.LastActivityOn;
        foreach (int n in new[] { 1, 2, 3 })
        {
            Assert.True(c.RecordSession(d.AddDays(14 * n), Attendance.Attended).IsSuccess);
        }

        FidelityReport report = new FidelityReviewer().Review(c);
        Assert.DoesNotContain(report.Findings, f => f.Code == FidelityCodes.CadenceOutsideTolerance);

        Assert.True(c.RecordSession(c.LastActivityOn.AddDays(5), Attendance.Attended).IsSuccess);
        FidelityFinding late = Assert.Single(new FidelityReviewer().Review(c).Findings, f => f.Code == FidelityCodes.CadenceOutsideTolerance);
        Assert.Equal(20, late.SessionNumber);
        Assert.Contains("fortnightly", late.Message, StringComparison.Ordinal);
    }
}
