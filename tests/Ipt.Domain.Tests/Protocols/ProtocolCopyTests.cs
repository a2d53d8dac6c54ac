using System;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Protocols;

/// <summary>
/// <see cref="ProtocolDefinition.ToBuilder"/> starts a clinic's own variant from a built-in one: everything but the id
/// and name must carry over, or the copy would silently drop a rule of the therapy.
/// </summary>
public class ProtocolCopyTests
{
    public static TheoryData<string> BuiltInIds() => new(BuiltInProtocols.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void A_copy_of_a_built_in_protocol_keeps_every_setting(string id)
    {
        Assert.True(BuiltInProtocols.Catalog.TryGet(id, out ProtocolDefinition? source));
        ProtocolDefinition copy = source.ToBuilder(id + "-copy", "Our copy").Build().Value;

        Assert.Equal(id + "-copy", copy.Id);
        Assert.Equal(source.Abbreviation, copy.Abbreviation);
        Assert.Equal(source.Family, copy.Family);
        Assert.Equal(source.Format, copy.Format);
        Assert.Equal(source.Cadence, copy.Cadence);
        Assert.Equal(source.Sessions, copy.Sessions);
        Assert.Equal(source.TerminationNoticeSessions, copy.TerminationNoticeSessions);
        Assert.Equal(source.CalendarSpanWeeks, copy.CalendarSpanWeeks);
        Assert.Equal(source.MinSessionMinutes, copy.MinSessionMinutes);
        Assert.Equal(source.MaxSessionMinutes, copy.MaxSessionMinutes);
        Assert.Same(source.Rules, copy.Rules);
        Assert.Equal(source.Formulation, copy.Formulation);
        Assert.Equal(source.Inventory, copy.Inventory);
        Assert.Equal(source.Phases.AsEnumerable(), copy.Phases.AsEnumerable());
        Assert.Equal(source.Provenance.AsEnumerable(), copy.Provenance.AsEnumerable());
        Assert.Equal(source.MeasurementSchedules.AsEnumerable(), copy.MeasurementSchedules.AsEnumerable());
        Assert.Equal(source.EarlyTasks.OrderBy(e => e.Key), copy.EarlyTasks.OrderBy(e => e.Key));
        Assert.Equal(source.PhaseCadences.OrderBy(e => e.Key), copy.PhaseCadences.OrderBy(e => e.Key));
        Assert.Equal(source.MemberSymptomReviewPhases.AsEnumerable(), copy.MemberSymptomReviewPhases.AsEnumerable());
        foreach (Attendance a in Enum.GetValues<Attendance>())
        {
            Assert.Equal(source.CountsTowardContract(a), copy.CountsTowardContract(a));
        }
    }

    [Fact]
    public void The_copies_carry_real_content()
    {
        // Guards the theory above against comparing empty values: somewhere among the built-ins each of these is set.
        Assert.Contains(BuiltInProtocols.All, p => p.MeasurementSchedules.Length > 0);
        Assert.Contains(BuiltInProtocols.All, p => p.EarlyTasks.Count > 0);
        Assert.Contains(BuiltInProtocols.All, p => p.PhaseCadences.Count > 0);
        Assert.All(BuiltInProtocols.All, p => Assert.True(p.CountsTowardContract(Attendance.Attended)));
    }

    [Fact]
    public void Ipsrt_maintenance_is_an_optional_open_ended_phase()
    {
        PhaseDefinition maintenance = Ipsrt.Definition.Phases.Single(p => p.Kind == PhaseKind.Maintenance);
        Assert.True(maintenance.IsOptional);
        Assert.False(maintenance.Sessions.IsCounted);
    }

    [Fact]
    public void Expected_ranges_refuse_a_phase_index_outside_the_protocol()
    {
        ProtocolDefinition p = StandardIpt.Definition;
        Assert.Throws<ArgumentOutOfRangeException>("phaseIndex", () => p.ExpectedRange(-1, 16));
        Assert.Throws<ArgumentOutOfRangeException>("phaseIndex", () => p.ExpectedRange(p.Phases.Length, 16));
    }

    [Fact]
    public void Task_phase_lookups_answer_minus_one_for_a_task_no_phase_knows()
    {
        ProtocolDefinition p = StandardIpt.Definition;
        Assert.Equal(-1, p.OwnerPhaseIndex((TherapyTask)999));
        Assert.Equal(-1, p.EarliestPhaseIndex((TherapyTask)999));
        Assert.Equal(-1, p.OwnerPhaseIndex((TherapyTask)(-1)));
        Assert.Equal(0, p.OwnerPhaseIndex(TherapyTask.InterpersonalInventory));
    }

    [Fact]
    public void Null_arguments_are_named()
    {
        Assert.Throws<ArgumentNullException>("protocol", () => ProtocolDiagrams.ToGantt(null!, new DateOnly(2026, 1, 5)));
        Assert.Throws<ArgumentNullException>("rules", () => StandardIpt.Definition.ToBuilder("x-copy", "Copy").InventoryRules(null!));
        Assert.Throws<ArgumentNullException>("extra", () => BuiltInProtocols.Catalog.With(null!));
        Assert.Throws<ArgumentNullException>("catalog", () => BuiltInProtocols.Replay(null!, []));
        Assert.Throws<ArgumentNullException>("history", () => BuiltInProtocols.Replay(BuiltInProtocols.Catalog, null!));
        Assert.Throws<ArgumentNullException>("protocol", () => CadenceReview.Deviations(null!, [], 0));
        Assert.Throws<ArgumentNullException>("sessions", () => CadenceReview.Deviations(MaintenanceIpt.Definition, null!, 0));
        Assert.Throws<ArgumentNullException>("behaviourCode", () => IptForPtsd.CheckTechnique(null!));
    }
}
