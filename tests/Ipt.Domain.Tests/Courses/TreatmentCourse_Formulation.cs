using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Techniques;
using Ipt.Domain.Tests.Generators;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_Inventory
{
    [Fact]
    public void Completing_the_inventory_completes_the_initial_task_and_keeps_the_inventory()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Inventory();
        Assert.True(c.CompletedTasks.Contains(TherapyTask.InterpersonalInventory));
        Assert.Equal(Start, c.Inventory!.CompletedOn);
        Assert.Equal(2, c.Inventory.People.Count);
        Assert.Equal(-14, c.Inventory.Timeline[0].DaysFromOnset);
    }

    [Fact]
    public void An_invalid_inventory_is_rejected_with_its_rule()
    {
        var noOnset = new InterpersonalInventory(null, ClinicalSamples.Inventory().People, []);
        AssertRejectedUnchanged(NewCourse().Sessions(1), c => c.CompleteInventory(noOnset, Start), FormulationErrors.OnsetMissingCode);
        var outerRing = new InterpersonalInventory(ClinicalSamples.Onset, [ClinicalSamples.Inventory().People[0] with { Ring = ClosenessRing.From(7) }], []);
        AssertRejectedUnchanged(NewCourse().Sessions(1), c => c.CompleteInventory(outerRing, Start), FormulationErrors.RingOutOfRangeCode);
    }

    [Fact]
    public void The_protocol_sets_the_closeness_circle_rings()
    {
        Ipt.Domain.Protocols.ProtocolDefinition threeRings = Ipt.Domain.Protocols.StandardIpt.Definition
            .ToBuilder("ipt-three-rings", "IPT with a three-ring closeness circle").InventoryRules(new InventoryRules { RingCount = 3 }).Build().Value;
        var ringFour = new InterpersonalInventory(ClinicalSamples.Onset, [ClinicalSamples.Inventory().People[0] with { Ring = ClosenessRing.From(4) }], []);
        AssertRejectedUnchanged(NewCourse(threeRings).Sessions(1), c => c.CompleteInventory(ringFour, Start), FormulationErrors.RingOutOfRangeCode);
        Assert.True(NewCourse().Sessions(1).CompleteInventory(ringFour, Start).IsSuccess);
    }
}

public class TreatmentCourse_AgreeFormulation
{
    private static TreatmentCourse WithInventory() => NewCourse().Sessions(1).Inventory();

    private static InterpersonalFormulation Of(params ProblemAreaFocus[] details) =>
        new(TargetCondition.MajorDepressiveEpisode, details.Select(FormulationFocus.Of));

    [Fact]
    public void Agreement_completes_the_task_and_opens_the_way_to_the_middle_phase()
    {
        TreatmentCourse c = WithInventory().Formulation();
        Assert.Equal(Start, c.Formulation!.AgreedOn);
        Assert.Equal([ProblemArea.RoleDispute], c.ToSnapshot().FocusAreas.ToArray());
        Assert.Equal(DisputeStage.Renegotiation, c.DisputeStage);
        Assert.True(c.CompletedTasks.Contains(TherapyTask.FormulationAgreed));
    }

    [Fact]
    public void Agreement_before_the_inventory_is_rejected()
    {
        AssertRejectedUnchanged(NewCourse().Sessions(1), c => c.AgreeFormulation(ClinicalSamples.Formulation(c.Protocol), Start), FormulationErrors.InventoryIncompleteCode);
    }

    [Fact]
    public void A_third_focus_exceeds_the_standard_maximum_of_two()
    {
        InterpersonalFormulation three = Of(
            new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse),
            FormulationGenerators.DetailFor(ProblemArea.Grief),
            FormulationGenerators.DetailFor(ProblemArea.RoleTransition));
        AssertRejectedUnchanged(WithInventory(), c => c.AgreeFormulation(three, Start), FormulationErrors.TooManyFociCode);
    }

    [Fact]
    public void A_focus_whose_detail_belongs_to_another_area_is_rejected()
    {
        var mismatched = new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, [new FormulationFocus(ProblemArea.Grief, new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse))]);
        AssertRejectedUnchanged(WithInventory(), c => c.AgreeFormulation(mismatched, Start), FormulationErrors.FocusDetailMismatchCode);
    }

    [Fact]
    public void An_area_the_protocol_does_not_allow_is_rejected()
    {
        AssertRejectedUnchanged(WithInventory(), c => c.AgreeFormulation(Of(FormulationGenerators.DetailFor(ProblemArea.InterpersonalAffectiveFocus)), Start), FormulationErrors.AreaNotAllowedCode);
    }

    [Fact]
    public void Deficits_chosen_despite_a_dispute_near_onset_is_accepted_with_a_visible_finding()
    {
        TreatmentCourse c = WithInventory();
        Assert.True(c.AgreeFormulation(Of(FormulationGenerators.DetailFor(ProblemArea.InterpersonalDeficits)), Start).IsSuccess);
        Assert.Contains(c.Findings(), f => f.Code == FormulationErrors.DeficitsDespiteOnsetEventFinding);
        Assert.Contains(c.Findings(), f => f.Code == FormulationErrors.DeficitsPoorerPrognosisFinding);
    }

    [Fact]
    public void A_second_focus_is_allowed_with_a_finding()
    {
        TreatmentCourse c = WithInventory();
        Assert.True(c.AgreeFormulation(Of(new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse), FormulationGenerators.DetailFor(ProblemArea.RoleTransition)), Start).IsSuccess);
        Assert.Contains(c.Findings(), f => f.Code == FormulationErrors.SecondFocusFinding);
    }

    [Fact]
    public void A_formulation_is_agreed_once()
    {
        AssertRejectedUnchanged(WithInventory().Formulation(), c => c.AgreeFormulation(ClinicalSamples.Formulation(c.Protocol), Start), CourseErrors.TaskAlreadyCompleted);
    }
}

public class TreatmentCourse_SessionWork
{
    private static readonly GoalRating Identify = new("dispute.identify", GoalProgress.Partial);

    [Fact]
    public void Work_on_the_focus_is_recorded_and_assessed_by_the_strategy()
    {
        TreatmentCourse c = InMiddlePhase().Sessions(1);
        SessionWorkRecorded e = c.RecordSessionWork(ProblemArea.RoleDispute, ["TECH-CA", "role-play"], [Identify]).Value;
        Assert.Equal(4, e.SessionNumber);
        Assert.Equal(["communication-analysis", "role-play"], e.Techniques);
        ProblemAreaAssessment a = c.Assess(ProblemArea.RoleDispute).Value;
        Assert.Equal(GoalProgress.Partial, a.Goals.Single(g => g.Goal.Code == "dispute.identify").Progress);
    }

    [Fact]
    public void A_technique_outside_the_catalogue_is_rejected()
    {
        AssertRejectedUnchanged(InMiddlePhase().Sessions(1), c => c.RecordSessionWork(ProblemArea.RoleDispute, ["hypnosis"], []), TechniqueErrors.NotInCatalogueCode);
    }

    [Fact]
    public void An_mit_technique_is_not_an_ipt_technique()
    {
        AssertRejectedUnchanged(InMiddlePhase().Sessions(1), c => c.RecordSessionWork(ProblemArea.RoleDispute, ["guided-imagery-rescripting"], []), TechniqueErrors.NotIptCode);
    }

    [Fact]
    public void Work_must_be_on_a_focus_of_the_formulation()
    {
        AssertRejectedUnchanged(InMiddlePhase().Sessions(1), c => c.RecordSessionWork(ProblemArea.Grief, [], []), CourseErrors.WorkFocusNotInFormulation);
        Assert.Equal(CourseErrors.WorkFocusNotInFormulation, InMiddlePhase().Assess(ProblemArea.Grief).Error!.Code);
    }

    [Fact]
    public void Work_needs_an_attended_session_a_formulation_and_is_recorded_once()
    {
        AssertRejectedUnchanged(NewCourse(), c => c.RecordSessionWork(ProblemArea.RoleDispute, [], []), CourseErrors.WorkNoSession);
        AssertRejectedUnchanged(NewCourse().Sessions(1), c => c.RecordSessionWork(ProblemArea.RoleDispute, [], []), CourseErrors.WorkNoFormulation);
        TreatmentCourse missed = InMiddlePhase();
        missed.RecordSession(Week(3), Attendance.NoShow);
        AssertRejectedUnchanged(missed, c => c.RecordSessionWork(ProblemArea.RoleDispute, [], []), CourseErrors.WorkSessionNotAttended);
        TreatmentCourse once = InMiddlePhase().Sessions(1);
        once.RecordSessionWork(ProblemArea.RoleDispute, [], [Identify]);
        AssertRejectedUnchanged(once, c => c.RecordSessionWork(ProblemArea.RoleDispute, [], []), CourseErrors.WorkAlreadyRecorded);
    }

    [Fact]
    public void An_unknown_goal_is_rejected()
    {
        AssertRejectedUnchanged(InMiddlePhase().Sessions(1), c => c.RecordSessionWork(ProblemArea.RoleDispute, [], [new GoalRating("grief.facilitate-mourning", GoalProgress.Achieved)]), ProblemAreaErrors.UnknownGoalCode);
    }
}

public class TreatmentCourse_DisputeStage
{
    [Fact]
    public void The_stage_moves_along_allowed_edges_only()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.True(c.MoveDisputeStage(DisputeStage.Impasse, Week(3)).IsSuccess);
        Assert.True(c.MoveDisputeStage(DisputeStage.Renegotiation, Week(3)).IsSuccess);
        Assert.True(c.MoveDisputeStage(DisputeStage.Dissolution, Week(3)).IsSuccess);
        AssertRejectedUnchanged(c, x => x.MoveDisputeStage(DisputeStage.Renegotiation, Week(3)), ProblemAreaErrors.StageTransitionNotAllowedCode);
        AssertRejectedUnchanged(c, x => x.MoveDisputeStage(DisputeStage.Dissolution, Week(3)), ProblemAreaErrors.StageUnchangedCode);
        Assert.Equal(DisputeStage.Dissolution, c.DisputeStage);
        Assert.Equal(DisputeStage.Dissolution, TreatmentCourse.FromHistory(c.History, c.Protocol).Value.DisputeStage);
    }

    [Fact]
    public void A_stage_change_needs_a_dispute_focus()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Inventory();
        c.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, FormulationGenerators.DetailFor(ProblemArea.RoleTransition)), Start);
        AssertRejectedUnchanged(c, x => x.MoveDisputeStage(DisputeStage.Impasse, Start), CourseErrors.WorkNoDisputeFocus);
    }
}

public class TreatmentCourse_Termination
{
    [Fact]
    public void Completion_needs_every_termination_task_including_the_continuation_decision()
    {
        TreatmentCourse c = InTermination().Sessions(3).Tasks(TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.IndependentCompetence, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan);
        AssertRejectedUnchanged(c, x => x.Complete(Week(16)), PhaseErrors.TaskMissingCode(TherapyTask.ContinuationDecided));
        Assert.True(c.DecideContinuation(ContinuationDecision.MaintenanceIpt, Week(15)).IsSuccess);
        Assert.True(c.Complete(Week(16)).IsSuccess);
    }

    [Fact]
    public void An_ending_raised_in_time_shows_no_finding()
    {
        Assert.DoesNotContain(ReadyToComplete().Findings(), f => f.Code == CourseErrors.EndingRaisedLateFinding);
    }

    [Fact]
    public void An_ending_raised_too_late_shows_a_finding()
    {
        TreatmentCourse c = InMiddlePhase().Sessions(12).Tasks(TherapyTask.EndingRaised);
        Finding late = Assert.Single(c.Findings(), f => f.Code == CourseErrors.EndingRaisedLateFinding);
        Assert.Equal("The ending was raised with 1 contract session left; the protocol asks for at least 3 (TERM-01).", late.Message);
        Finding later = Assert.Single(InMiddlePhase().Sessions(11).Tasks(TherapyTask.EndingRaised).Findings(), f => f.Code == CourseErrors.EndingRaisedLateFinding);
        Assert.Equal("The ending was raised with 2 contract sessions left; the protocol asks for at least 3 (TERM-01).", later.Message);
    }

    [Fact]
    public void Labels_and_notes_never_appear_in_printed_forms_or_errors()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        c.CompleteInventory(ClinicalSamples.Inventory("SECRET-label"), Start);
        string[] printed = [c.History[^1].ToString(), c.Inventory!.ToString(), c.ToSnapshot().ToString(), c.Inventory.People[0].ToString(),
            c.AgreeFormulation(ClinicalSamples.Formulation(c.Protocol), Start.AddDays(-1)).Error!.ToString()];
        Assert.All(printed, p => Assert.DoesNotContain("SECRET", p, StringComparison.Ordinal));
    }
}
