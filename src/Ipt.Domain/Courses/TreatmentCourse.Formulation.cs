using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Courses;

/// <content>The initial-phase inventory and formulation, middle-phase problem-area work, and course findings.</content>
public sealed partial class TreatmentCourse
{
    // Tasks whose completion carries clinical detail: they are completed by their own commands, not by CompleteTask.
    private static readonly TaskSet DetailTasks = TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed, TherapyTask.ContinuationDecided);

    /// <summary>The completed interpersonal inventory, or null.</summary>
    public InterpersonalInventory? Inventory => _work.Inventory;

    /// <summary>The agreed interpersonal formulation, or null.</summary>
    public InterpersonalFormulation? Formulation => _work.Formulation;

    /// <summary>The current stage of a role-dispute focus, or null when the formulation has none.</summary>
    public DisputeStage? DisputeStage => _work.Dispute;

    /// <summary>Completes the interpersonal inventory (INIT-06, INIT-07): important people, relationships and a
    /// dated timeline of life events around symptom onset, checked against the protocol's inventory rules.</summary>
    /// <param name="inventory">The inventory as drafted.</param>
    /// <param name="on">Date of completion.</param>
    /// <returns>The event, or why not (an <c>inventory.*</c> code or a task code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> is null.</exception>
    public Result<InventoryCompleted> CompleteInventory(InterpersonalInventory inventory, DateOnly on)
    {
        Guard.Against.Null(inventory);
        return Execute(new InventoryCompleted(on, inventory));
    }

    /// <summary>Records the patient's explicit agreement to the interpersonal formulation (INIT-08, INIT-09). The
    /// formulation is checked against the protocol's formulation rules and the completed inventory; advisory
    /// findings (e.g. interpersonal deficits chosen despite a death near onset) are then in <see cref="Findings"/>.</summary>
    /// <param name="formulation">The formulation: target condition and focus areas with their detail.</param>
    /// <param name="agreedOn">Date of agreement.</param>
    /// <returns>The event, or why not (a <c>formulation.*</c> code or a task code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formulation"/> is null.</exception>
    public Result<FormulationAgreed> AgreeFormulation(InterpersonalFormulation formulation, DateOnly agreedOn)
    {
        Guard.Against.Null(formulation);
        return Execute(new FormulationAgreed(agreedOn, formulation.AgreedOn == agreedOn ? formulation : formulation.AgreedWith(agreedOn)));
    }

    /// <summary>Records what the latest session worked on (MID-03, MID-04): a focus area of the agreed
    /// formulation, the techniques used (from the catalogue, of the protocol's therapy family) and goal progress.</summary>
    /// <param name="focus">The focus area worked.</param>
    /// <param name="techniques">Technique codes or ids, e.g. <c>communication-analysis</c> or <c>TECH-CA</c>.</param>
    /// <param name="goals">Progress ratings of the area's goals.</param>
    /// <returns>The event, or why not (<c>work.*</c>, <c>technique.*</c>, <c>problem-area.goal-unknown</c>).</returns>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    public Result<SessionWorkRecorded> RecordSessionWork(ProblemArea focus, IReadOnlyList<string> techniques, IReadOnlyList<GoalRating> goals)
    {
        Guard.Against.Null(techniques);
        Guard.Against.Null(goals);
        string[] codes = new string[techniques.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            Guard.Against.Null(techniques[i], nameof(techniques));
            codes[i] = TechniqueCatalog.TryGet(techniques[i], out Technique? t) ? t.Code : techniques[i];
        }

        foreach (GoalRating g in goals)
        {
            Guard.Against.Null(g, nameof(goals));
        }

        DateOnly on = _ledger.LastSessionOn ?? StartedOn;
        return Execute(new SessionWorkRecorded(on, _ledger.Count, focus, codes, [.. goals]));
    }

    /// <summary>Moves the role dispute of the formulation to another stage along the allowed edges (renegotiation ↔
    /// impasse, either → dissolution).</summary>
    /// <param name="stage">The new stage.</param>
    /// <param name="on">Date of the change.</param>
    /// <returns>The event, or why not (<c>work.no-dispute-focus</c>, <c>dispute.*</c>).</returns>
    public Result<DisputeStageChanged> MoveDisputeStage(DisputeStage stage, DateOnly on) => Execute(new DisputeStageChanged(on, stage));

    /// <summary>How the goals of a focus area stand, judged by the area's strategy from every rating recorded so far.
    /// A role dispute at dissolution is judged on its own goals and the dissolution work
    /// (<see cref="DisputeStages.DissolutionRefocus"/>): ending the relationship, mourning it, moving on.</summary>
    /// <param name="area">A focus area of the agreed formulation.</param>
    /// <returns>The strategy's assessment, or <c>work.focus-not-in-formulation</c>.</returns>
    public Result<ProblemAreaAssessment> Assess(ProblemArea area)
    {
        if (!_work.InFormulation(area))
        {
            return CourseErrors.FocusNotInFormulation(ProblemAreaCatalog.Code(area));
        }

        var ratings = new List<GoalRating>();
        foreach (CourseEvent e in CorrectedHistory)
        {
            if (e is SessionWorkRecorded w && w.Focus == area)
            {
                ratings.AddRange(w.Goals);
            }
        }

        IReadOnlyList<ProblemAreaGoal> goals = _work.GoalsOf(area);
        return ReferenceEquals(goals, ProblemAreaStrategies.For(area).Goals)
            ? ProblemAreaStrategies.For(area).Assess(ratings)
            : GoalAssessor.Assess(area, goals, ratings);
    }

    /// <summary>Advisory findings about the course: the formulation's findings (second focus, deficits despite an
    /// event near onset, ...) and an ending raised later than the protocol's notice.</summary>
    public IReadOnlyList<Finding> Findings()
    {
        var findings = new List<Finding>();
        if (_work.Formulation is { } formulation && formulation.Check(_protocol.Formulation, _work.Inventory) is { IsSuccess: true } check)
        {
            findings.AddRange(check.Value.Findings);
        }

        int notice = _protocol.TerminationNoticeSessions;
        int held = 0, contracted = 0;
        foreach (CourseEvent e in CorrectedHistory)
        {
            switch (e)
            {
                case CourseStarted s:
                    contracted = s.ContractedSessions;
                    break;
                case ContractExtended x:
                    contracted = x.ContractedSessions;
                    break;
                case SessionRecorded r when _ledger[r.Number].ContractSession is not null:
                    held++;
                    break;
            }

            if (e.CompletesTask == TherapyTask.EndingRaised && contracted - held < notice)
            {
                findings.Add(CourseErrors.EndingRaisedLate(contracted - held, notice));
            }
        }

        return findings;
    }

    private DomainError? CheckInventory(InventoryCompleted e)
    {
        if (e.Inventory is null)
        {
            return CourseErrors.Lacks("inventory-completed", "inventory");
        }

        DomainError? error = StorableValues.Check(e.Inventory) ?? CheckTask(TherapyTask.InterpersonalInventory, e.OccurredOn);
        return error ?? e.Inventory.CheckCompletion(_protocol.Inventory, e.OccurredOn);
    }

    private DomainError? CheckFormulation(FormulationAgreed e)
    {
        if (e.Formulation is null)
        {
            return CourseErrors.Lacks("formulation-agreed", "formulation");
        }

        DomainError? error = StorableValues.Check(e.Formulation) ?? CheckTask(TherapyTask.FormulationAgreed, e.OccurredOn);
        if (error is not null)
        {
            return error;
        }

        if (e.Formulation.AgreedOn != e.OccurredOn)
        {
            return CourseErrors.FormulationDateDiffers();
        }

        return e.Formulation.CheckRules(_protocol.Formulation, _work.Inventory);
    }
}
