using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>Each variant's numbers and phases as the brief gives them (§9–§16).</summary>
public class VariantDefinitionTests
{
    private static SessionRange[] Ranges(ProtocolDefinition p) => [.. p.Phases.Select(x => x.Sessions)];

    [Fact]
    public void Brief_ipt_has_eight_sessions_and_an_optional_uncounted_engagement_session()
    {
        ProtocolDefinition p = BriefIpt.Definition;
        Assert.Equal(("ipt-b", "IPT-B", TherapyFamily.Ipt), (p.Id, p.Abbreviation, p.Family));
        Assert.Equal(new SessionCounts(8, 8, 8, 8), p.Sessions);
        Assert.Equal([SessionRange.PreTreatment(1), SessionRange.Of(1, 2), SessionRange.Of(3, 6), SessionRange.Of(7, 8)], Ranges(p));
        Assert.True(p.Phases[0].IsOptional);
        Assert.Equal(2, p.Formulation.MaxFocusAreas);
        Assert.False(BriefIpt.Create(new BriefIptSettings { EngagementSession = false }).Value.Phases.Any(x => x.Kind == PhaseKind.Engagement));
        Assert.Equal(ProtocolErrors.NoMiddlePhase, BriefIpt.Create(new BriefIptSettings { TerminationSessions = 6 }).Error!.Code);
    }

    [Fact]
    public void Maintenance_ipt_is_monthly_and_open_ended_per_contract()
    {
        ProtocolDefinition p = MaintenanceIpt.Definition;
        Assert.Equal(Cadence.Monthly, p.Cadence);
        Assert.Equal(new SessionCounts(24, 1, 36, 120), p.Sessions);
        Assert.Equal([PhaseKind.Maintenance], p.Phases.Select(x => x.Kind));
        Assert.Equal(Cadence.Weekly, MaintenanceIpt.Create(new MaintenanceIptSettings { Cadence = Cadence.Weekly }).Value.Cadence);
    }

    [Fact]
    public void Ipc_has_three_to_six_flexible_short_sessions_ending_in_triage()
    {
        ProtocolDefinition p = InterpersonalCounseling.Definition;
        Assert.Equal((Cadence.Flexible, 15, 30), (p.Cadence, p.MinSessionMinutes, p.MaxSessionMinutes));
        Assert.Equal(new SessionCounts(6, 3, 6, 6), p.Sessions);
        Assert.True(p.Phases[^1].RequiredTasks.Contains(TherapyTask.ContinuationDecided));
        Assert.Contains(p.Provenance, s => s.Setting == "delivery");
        Assert.Equal(ProtocolErrors.RangeOverlap, InterpersonalCounseling.Create(new InterpersonalCounselingSettings { MaximumSessions = 2 }).Error!.Code);
    }

    [Fact]
    public void Ipt_a_has_twelve_sessions_ages_and_a_weekly_mood_rating()
    {
        ProtocolDefinition p = AdolescentIpt.Definition;
        Assert.Equal([SessionRange.Of(1, 4), SessionRange.Of(5, 8), SessionRange.Of(9, 12)], Ranges(p));
        Assert.Equal(12, p.Sessions.Planned);
        var rules = Assert.IsType<AdolescentIptRules>(p.Rules);
        Assert.Equal((12, 18), (rules.MinimumAge, rules.MaximumAge));
        Assert.Contains(AdolescentIpt.WeeklyMoodRating, p.MeasurementSchedules);
        Assert.Equal(5, AdolescentIpt.Create(new AdolescentIptSettings { ProblemAreas = ProblemAreaSets.IptA1993 }).Value.Formulation.AllowedAreas.Count);
    }

    [Fact]
    public void Who_group_ipt_has_a_required_pre_group_session_and_eight_group_sessions()
    {
        ProtocolDefinition p = WhoGroupIpt.Definition;
        Assert.Equal(TherapyFormat.Group, p.Format);
        Assert.Equal([SessionRange.PreTreatment(1), SessionRange.Of(1, 1), SessionRange.Of(2, 7), SessionRange.Of(8, 8)], Ranges(p));
        Assert.False(p.Phases[0].IsOptional);
        Assert.True(p.CountsTowardContract(Attendance.NoShow));
        Assert.Equal(1, p.Formulation.MaxFocusAreas);
    }

    [Fact]
    public void Conjoint_ipt_is_conjoint_with_the_couples_dispute_as_focus()
    {
        ProtocolDefinition p = ConjointIpt.Definition;
        Assert.Equal(TherapyFormat.Conjoint, p.Format);
        Assert.Equal([ProblemArea.RoleDispute], p.Formulation.AllowedAreas);
        Assert.All(p.Provenance.Where(x => x.Setting is "session counts" or "participants"), x => Assert.Equal(EvidenceStatus.Unconfirmed, x.Status));
    }

    [Fact]
    public void Perinatal_ipt_has_twelve_weekly_sessions_and_the_epds_and_a_partner_assisted_form()
    {
        ProtocolDefinition p = PerinatalIpt.Definition;
        Assert.Equal(12, p.Sessions.Planned);
        Assert.Contains("epds", p.MeasurementSchedules.SelectMany(m => m.InstrumentCodes));
        Assert.Same(ProtocolRules.None, p.Rules);
        ProtocolDefinition pa = PerinatalIpt.PartnerAssistedDefinition;
        Assert.Equal((8, TherapyFormat.Conjoint), (pa.Sessions.Planned, pa.Format));
        Assert.Same(PartnerAssistedPerinatalRules.Instance, pa.Rules);
    }

    [Fact]
    public void Ipt_for_ptsd_has_fourteen_fifty_minute_sessions()
    {
        ProtocolDefinition p = IptForPtsd.Definition;
        Assert.Equal((14, 50, 50), (p.Sessions.Planned, p.MinSessionMinutes, p.MaxSessionMinutes));
        Assert.Contains(p.Provenance, s => s.Setting == "no exposure");
    }

    [Fact]
    public void Ipsrt_has_a_twenty_session_course_without_the_sixteen_cap_then_maintenance()
    {
        ProtocolDefinition p = Ipsrt.Definition;
        Assert.Equal(new SessionCounts(20, 18, 20, 30), p.Sessions);
        Assert.True(p.Sessions.HardCap > 16);
        // 16 weekly sessions, then the fortnightly preventive stage (decision 0033); 20 weeks when it is weekly.
        Assert.Equal(24, p.CalendarSpanWeeks);
        Assert.Equal(["Initial stage", "Intermediate stage", "Preventive stage", "Final stage"], p.Phases.Select(x => x.DisplayName));
        Assert.True(p.Phases[^1].IsOptional);
        Assert.Contains(MeasurementSchedule.IpsrtWeeklySrm, p.MeasurementSchedules);
        Assert.True(p.Formulation.Allows(ProblemArea.GriefForLostHealthySelf));
        Assert.True(p.Phases[0].RequiredTasks.Contains(TherapyTask.MedicationEvaluated));

        ProtocolDefinition three = Ipsrt.Create(new IpsrtSettings { Structure = IpsrtStructure.ThreePhases }).Value;
        Assert.Equal([PhaseKind.Initial, PhaseKind.Middle, PhaseKind.Maintenance], three.Phases.Select(x => x.Kind));
    }

    [Fact]
    public void Dit_is_a_related_therapy_with_one_ipaf_over_about_five_months()
    {
        ProtocolDefinition p = DynamicInterpersonalTherapy.Definition;
        Assert.Equal(TherapyFamily.Dit, p.Family);
        Assert.Equal([SessionRange.Of(1, 4), SessionRange.Of(5, 12), SessionRange.Of(13, 16)], Ranges(p));
        Assert.Equal("Ending phase", p.Phases[2].DisplayName);
        Assert.Equal([ProblemArea.InterpersonalAffectiveFocus], p.Formulation.AllowedAreas);
        Assert.Equal(1, p.Formulation.MaxFocusAreas);
        Assert.Equal(22, p.CalendarSpanWeeks);
        Assert.Contains(p.Provenance, s => s.Setting == "middle phase" && s.Status == EvidenceStatus.Confirmed);
        Assert.Contains(p.Provenance, s => s.Setting == "initial phase" && s.Status == EvidenceStatus.Unconfirmed);
    }

    [Fact]
    public void Mit_has_two_phases_no_ipt_problem_areas_and_its_own_techniques()
    {
        ProtocolDefinition p = MetacognitiveInterpersonalTherapy.Definition;
        Assert.Equal(TherapyFamily.Mit, p.Family);
        Assert.Equal(["Shared formulation", "Promotion of change"], p.Phases.Select(x => x.DisplayName));
        Assert.Equal([PhaseKind.Initial, PhaseKind.Middle], p.Phases.Select(x => x.Kind));
        Assert.Equal((52, 104), (p.Sessions.Planned, p.Sessions.HardCap));
        Assert.Empty(p.Formulation.AllowedAreas);
        Assert.All(MetacognitiveInterpersonalTherapy.Techniques, t => Assert.Equal(TherapyFamily.Mit, t.Family));
        ProtocolDefinition g = MetacognitiveInterpersonalTherapy.GroupDefinition;
        // The 14 sessions belong to the Oslo AvPD programme [S74], a different programme, not MIT-G's minimum.
        Assert.Equal(("mit-g", 16, 16, TherapyFormat.Group), (g.Id, g.Sessions.Planned, g.Sessions.Minimum, g.Format));
    }

    [Fact]
    public void Every_built_in_has_a_valid_machine_sources_and_a_distinct_id()
    {
        Assert.Equal(BuiltInProtocols.All.Count, BuiltInProtocols.All.Select(p => p.Id).Distinct().Count());
        Assert.All(BuiltInProtocols.All, p =>
        {
            Assert.NotEmpty(p.Provenance);
            Assert.All(p.Provenance, s => Assert.False(string.IsNullOrWhiteSpace(s.Sources)));
            Assert.Equal(p.Phases.Length + 2, p.Machine.StateCount);
            Assert.Empty(p.ToBuilder(p.Id, p.Name).Validate());
        });
        string[] expected = ["ipt", "ipt-b", "ipt-m", "ipc", "ipt-a", "group-ipt-who", "ipt-cm", "ipt-perinatal", "ipt-perinatal-pa", "ipt-ptsd", "ipsrt", "dit", "mit", "mit-g"];
        Assert.Equal(expected, BuiltInProtocols.All.Select(p => p.Id));
    }
}
