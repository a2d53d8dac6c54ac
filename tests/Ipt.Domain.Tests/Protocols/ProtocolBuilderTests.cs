using System.Linq;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Protocols;

public class ProtocolBuilderTests
{
    internal static ProtocolBuilder Valid() => ProtocolDefinition.Create("ipt-10", "IPT, ten sessions")
        .Sessions(planned: 10, minimum: 8, maximum: 10, hardCap: 12)
        .Phase(PhaseKind.Initial, SessionRange.Of(1, 2), tasks: TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed))
        .Phase(PhaseKind.Middle, SessionRange.Of(3, 8))
        .Phase(PhaseKind.Termination, SessionRange.Of(9, 10), tasks: TaskSet.Of(TherapyTask.EndingRaised));

    private static string Code(ProtocolBuilder b) => b.Build().Match(_ => "ok", e => e.Code);

    [Fact]
    public void A_researcher_defines_a_variant_in_a_few_lines()
    {
        ProtocolDefinition p = Valid().AllowEarly(TherapyTask.EndingRaised, PhaseKind.Middle).Build().Value;
        Assert.Equal(3, p.Phases.Length);
        Assert.Equal(new SessionCounts(10, 8, 10, 12), p.Sessions);
        Assert.Equal("IPT-10", p.Abbreviation);
        Assert.Equal(1, p.EarliestPhaseIndex(TherapyTask.EndingRaised));
        Assert.Equal(2, p.OwnerPhaseIndex(TherapyTask.EndingRaised));
    }

    [Fact]
    public void Session_counts_default_to_the_end_of_the_last_counted_phase()
    {
        ProtocolDefinition p = ProtocolDefinition.Create("two-phase", "Two phases")
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 4)).Phase(PhaseKind.Middle, SessionRange.Of(5, 16)).Build().Value;
        Assert.Equal(new SessionCounts(16, 16, 16, 16), p.Sessions);
    }

    [Theory]
    [InlineData("IPT")]
    [InlineData("-ipt")]
    [InlineData("ipt--b")]
    [InlineData("i")]
    [InlineData("ipt b")]
    public void An_invalid_id_is_rejected(string id) =>
        Assert.Equal(ProtocolErrors.IdInvalid, Code(ProtocolDefinition.Create(id, "x").Phase(PhaseKind.Initial, SessionRange.Of(1, 2))));

    [Fact]
    public void A_blank_name_is_rejected() =>
        Assert.Equal(ProtocolErrors.NameMissing, Code(ProtocolDefinition.Create("abc", " ").Phase(PhaseKind.Initial, SessionRange.Of(1, 2))));

    [Fact]
    public void No_phases_is_rejected() => Assert.Equal(ProtocolErrors.NoPhases, Code(ProtocolDefinition.Create("abc", "x")));

    [Fact]
    public void Ranges_must_start_at_one() =>
        Assert.Equal(ProtocolErrors.RangesNotFromOne, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Initial, SessionRange.Of(2, 4))));

    [Fact]
    public void A_gap_between_phases_is_rejected() =>
        Assert.Equal(ProtocolErrors.RangeGap, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Initial, SessionRange.Of(1, 3)).Phase(PhaseKind.Middle, SessionRange.Of(5, 8))));

    [Fact]
    public void Overlapping_phases_are_rejected() =>
        Assert.Equal(ProtocolErrors.RangeOverlap, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Initial, SessionRange.Of(1, 3)).Phase(PhaseKind.Middle, SessionRange.Of(3, 8))));

    [Fact]
    public void Ranges_must_end_at_the_planned_count() =>
        Assert.Equal(ProtocolErrors.RangesNotEndingAtPlanned, Code(Valid().Sessions(12, 8, 12, 12)));

    [Theory]
    [InlineData(10, 11, 12, 12)]
    [InlineData(10, 8, 9, 12)]
    [InlineData(10, 8, 12, 11)]
    [InlineData(10, 0, 10, 10)]
    public void Session_counts_must_be_ordered(int planned, int min, int max, int cap) =>
        Assert.Contains(ProtocolErrors.SessionCountsOutOfOrder, Valid().Sessions(planned, min, max, cap).Validate().Select(e => e.Code));

    [Fact]
    public void Duplicate_phases_are_rejected() =>
        Assert.Equal(ProtocolErrors.DuplicatePhase, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Initial, SessionRange.Of(1, 2)).Phase(PhaseKind.Initial, SessionRange.Of(3, 4))));

    [Fact]
    public void A_pre_treatment_phase_must_come_first() =>
        Assert.Equal(ProtocolErrors.PreTreatmentNotFirst, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Initial, SessionRange.Of(1, 2)).Phase(PhaseKind.Engagement, SessionRange.PreTreatment(1))));

    [Fact]
    public void An_open_ended_phase_must_be_last() =>
        Assert.Equal(ProtocolErrors.OpenEndedNotLast, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Maintenance, SessionRange.OpenEnded).Phase(PhaseKind.Initial, SessionRange.Of(1, 2))));

    [Fact]
    public void At_least_one_phase_must_count() =>
        Assert.Contains(ProtocolErrors.NoCountedPhase, ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Maintenance, SessionRange.OpenEnded).Validate().Select(e => e.Code));

    [Fact]
    public void A_counted_phase_cannot_be_optional() =>
        Assert.Equal(ProtocolErrors.OptionalCountedPhase, Code(ProtocolDefinition.Create("abc", "x").Phase(PhaseKind.Initial, SessionRange.Of(1, 2), optional: true)));

    [Fact]
    public void A_task_required_by_two_phases_is_rejected() =>
        Assert.Equal(ProtocolErrors.TaskRequiredTwice, Code(Valid().Phase(PhaseKind.Maintenance, SessionRange.OpenEnded, tasks: TaskSet.Of(TherapyTask.EndingRaised), optional: true)));

    [Fact]
    public void An_early_task_must_come_before_its_phase() =>
        Assert.Equal(ProtocolErrors.EarlyTaskInvalid, Code(Valid().AllowEarly(TherapyTask.FormulationAgreed, PhaseKind.Middle)));

    [Fact]
    public void An_early_task_must_be_required() =>
        Assert.Equal(ProtocolErrors.EarlyTaskInvalid, Code(Valid().AllowEarly(TherapyTask.Diagnosis, PhaseKind.Initial)));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void The_termination_notice_must_fit_the_course(int notice) =>
        Assert.Equal(ProtocolErrors.TerminationNoticeOutOfRange, Code(Valid().TerminationNotice(notice)));

    [Fact]
    public void The_middle_phase_must_be_able_to_absorb_the_shortest_contract() =>
        Assert.Equal(ProtocolErrors.ContractCannotShrink, Code(Valid().Sessions(10, 3, 10, 12)));

    [Fact]
    public void An_invalid_session_length_is_rejected() =>
        Assert.Equal(ProtocolErrors.SessionLengthInvalid, Code(Valid().SessionLength(50, 45)));

    [Fact]
    public void Validate_reports_every_problem_at_once()
    {
        var codes = ProtocolDefinition.Create("BAD", " ").Phase(PhaseKind.Initial, SessionRange.Of(2, 3)).SessionLength(0, 0).Validate().Select(e => e.Code).ToList();
        Assert.Contains(ProtocolErrors.IdInvalid, codes);
        Assert.Contains(ProtocolErrors.NameMissing, codes);
        Assert.Contains(ProtocolErrors.RangesNotFromOne, codes);
        Assert.Contains(ProtocolErrors.SessionLengthInvalid, codes);
    }

    [Fact]
    public void Every_validation_code_is_listed()
    {
        Assert.Equal(ProtocolErrors.AllCodes.Count, ProtocolErrors.AllCodes.Distinct().Count());
        Assert.All(ProtocolErrors.AllCodes, c => Assert.StartsWith("protocol.", c, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_variant_derived_from_standard_ipt_keeps_its_data_under_a_new_id()
    {
        ProtocolDefinition twenty = StandardIpt.Definition.ToBuilder("ipt-clinic", "IPT as our clinic runs it").Sessions(16, 12, 16, 24).Build().Value;
        Assert.Equal("ipt-clinic", twenty.Id);
        Assert.Equal(24, twenty.Sessions.HardCap);
        Assert.True(StandardIpt.Definition.Phases.SequenceEqual(twenty.Phases));
        Assert.True(StandardIpt.Definition.Provenance.SequenceEqual(twenty.Provenance));
        Assert.False(twenty.CountsTowardContract(Attendance.NoShow));
    }

    [Fact]
    public void Misuse_of_ranges_throws()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => SessionRange.Of(0, 3));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => SessionRange.Of(4, 3));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => SessionRange.PreTreatment(0));
        Assert.Throws<System.ArgumentException>(() => new PhaseDefinition(PhaseKind.Initial, " ", SessionRange.Of(1, 2)));
    }
}

public class AcutePhasesTests
{
    [Fact]
    public void Acute_phases_lay_out_initial_middle_and_termination_with_the_ending_raisable_early()
    {
        ProtocolDefinition p = ProtocolDefinition.Create("ipt-12", "IPT, twelve sessions")
            .AcutePhases(12, 3, 2, TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed), TaskSet.Of(TherapyTask.EndingRaised), "Ending phase")
            .Build().Value;
        Assert.Equal([SessionRange.Of(1, 3), SessionRange.Of(4, 10), SessionRange.Of(11, 12)], p.Phases.Select(x => x.Sessions));
        Assert.Equal("Ending phase", p.Phases[2].DisplayName);
        Assert.Equal(PhaseKind.Middle, p.EarlyTasks[TherapyTask.EndingRaised]);
    }

    [Theory]
    [InlineData(8, 4, 4)]
    [InlineData(8, 0, 2)]
    [InlineData(8, 2, 0)]
    public void A_layout_without_a_middle_session_is_an_error_not_an_exception(int planned, int initial, int termination)
    {
        Result<ProtocolDefinition> r = ProtocolDefinition.Create("ipt-x", "x").AcutePhases(planned, initial, termination, TaskSet.Empty, TaskSet.Empty).Build();
        Assert.Equal(ProtocolErrors.NoMiddlePhase, r.Error!.Code);
    }
}
