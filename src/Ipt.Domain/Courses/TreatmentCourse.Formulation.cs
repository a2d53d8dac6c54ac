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

    private InterpersonalInventory? _inventory;
    private InterpersonalFormulation? _formulation;
    private DisputeStage? _disputeStage;
    private int _lastWorkedSession;

    /// <summary>The completed interpersonal inventory, or null.</summary>
    public InterpersonalInventory? Inventory => _inventory;

    /// <summary>The agreed interpersonal formulation, or null.</summary>
    public InterpersonalFormulation? Formulation => _formulation;

    /// <summary>The current stage of a role-dispute focus, or null when the formulation has none.</summary>
    public DisputeStage? DisputeStage => _disputeStage;

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

        DateOnly on = _lastSessionOn ?? StartedOn;
        return Execute(new SessionWorkRecorded(on, _sessions.Count, focus, codes, [.. goals]));
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
        if (!InFormulation(area))
        {
            return new DomainError(CourseErrors.WorkFocusNotInFormulation, "The agreed formulation has no " + ProblemAreaCatalog.Code(area) + " focus.");
        }

        var ratings = new List<GoalRating>();
        foreach (CourseEvent e in CorrectedHistory)
        {
            if (e is SessionWorkRecorded w && w.Focus == area)
            {
                ratings.AddRange(w.Goals);
            }
        }

        IReadOnlyList<ProblemAreaGoal> goals = GoalsOf(area);
        return ReferenceEquals(goals, ProblemAreaStrategies.For(area).Goals)
            ? ProblemAreaStrategies.For(area).Assess(ratings)
            : GoalAssessor.Assess(area, goals, ratings);
    }

    /// <summary>Advisory findings about the course: the formulation's findings (second focus, deficits despite an
    /// event near onset, ...) and an ending raised later than the protocol's notice.</summary>
    public IReadOnlyList<Finding> Findings()
    {
        var findings = new List<Finding>();
        if (_formulation is not null && _formulation.Check(_protocol.Formulation, _inventory) is { IsSuccess: true } check)
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
                case SessionRecorded r when _sessions[r.Number - 1].ContractSession is not null:
                    held++;
                    break;
            }

            if (e.CompletesTask == TherapyTask.EndingRaised && contracted - held < notice)
            {
                findings.Add(new Finding(
                    CourseErrors.EndingRaisedLateFinding,
                    FormulationFindingSeverity.Warning,
                    "The ending was raised with " + (contracted - held) + (contracted - held == 1 ? " contract session" : " contract sessions") + " left; the protocol asks for at least " + notice + " (TERM-01)."));
            }
        }

        return findings;
    }

    private bool InFormulation(ProblemArea area)
    {
        if (_formulation is null)
        {
            return false;
        }

        foreach (FormulationFocus f in _formulation.Foci)
        {
            if (f.Area == area)
            {
                return true;
            }
        }

        return false;
    }

    private DomainError? CheckInventory(InventoryCompleted e)
    {
        if (e.Inventory is null)
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "inventory-completed lacks its inventory.");
        }

        DomainError? error = StorableValues.Check(e.Inventory) ?? CheckTask(TherapyTask.InterpersonalInventory, e.OccurredOn);
        return error ?? e.Inventory.Complete(_protocol.Inventory, e.OccurredOn).Error;
    }

    private DomainError? CheckFormulation(FormulationAgreed e)
    {
        if (e.Formulation is null)
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "formulation-agreed lacks its formulation.");
        }

        DomainError? error = StorableValues.Check(e.Formulation) ?? CheckTask(TherapyTask.FormulationAgreed, e.OccurredOn);
        if (error is not null)
        {
            return error;
        }

        if (e.Formulation.AgreedOn != e.OccurredOn)
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "The formulation's agreement date differs from the event's date.");
        }

        return e.Formulation.Check(_protocol.Formulation, _inventory).Error;
    }

    private DomainError? CheckWork(SessionWorkRecorded e)
    {
        if (e.Techniques is null || e.Goals is null || !Enum.IsDefined(e.Focus))
        {
            return new DomainError(CourseErrors.HistoryEventInvalid, "session-work-recorded lacks its focus, techniques or goals.");
        }

        if (StorableValues.CheckGoals(e.Goals) is { } unstorable)
        {
            return unstorable;
        }

        if (_sessions.Count == 0 || e.SessionNumber != _sessions.Count)
        {
            return new DomainError(CourseErrors.WorkNoSession, "Session work is recorded for the latest session; record the session first.");
        }

        SessionRecord session = _sessions[^1];
        if (session.Attendance != Attendance.Attended)
        {
            return new DomainError(CourseErrors.WorkSessionNotAttended, "Session " + session.Number + " was not attended; no work can be recorded for it.");
        }

        if (_lastWorkedSession == session.Number)
        {
            return new DomainError(CourseErrors.WorkAlreadyRecorded, "Work for session " + session.Number + " is already recorded.");
        }

        if (_formulation is null)
        {
            return new DomainError(CourseErrors.WorkNoFormulation, "Problem-area work needs an agreed formulation.");
        }

        if (!InFormulation(e.Focus))
        {
            return new DomainError(CourseErrors.WorkFocusNotInFormulation, "The agreed formulation has no " + ProblemAreaCatalog.Code(e.Focus) + " focus.");
        }

        foreach (string code in e.Techniques)
        {
            if (code is null || !TechniqueCatalog.TryGet(code, out Technique? technique))
            {
                return new DomainError(TechniqueErrors.NotInCatalogueCode, "A technique is not in the catalogue.");
            }

            if (technique.Family != _protocol.Family)
            {
                return new DomainError(
                    TechniqueErrors.NotIptCode,
                    "The technique '" + technique.Code + "' belongs to " + Codes.Of(technique.Family) + ", not to this protocol's " + Codes.Of(_protocol.Family) + ".");
            }
        }

        IReadOnlyList<ProblemAreaGoal> allowed = GoalsOf(e.Focus);
        foreach (GoalRating rating in e.Goals)
        {
            if (rating is null || !HasGoal(allowed, rating.GoalCode) || !Enum.IsDefined(rating.Progress))
            {
                return new DomainError(ProblemAreaErrors.UnknownGoalCode, "A goal rating names a goal the " + ProblemAreaCatalog.Code(e.Focus) + " strategy does not have.");
            }
        }

        return CheckDate(e.OccurredOn);
    }

    // The goals work on a focus may rate: the area's own goals, and for a role dispute that has reached dissolution
    // also the mourning and moving-on work the stage prescribes (DisputeStages.DissolutionRefocus, brief §6.2, M4).
    private IReadOnlyList<ProblemAreaGoal> GoalsOf(ProblemArea focus)
    {
        IReadOnlyList<ProblemAreaGoal> own = ProblemAreaStrategies.For(focus).Goals;
        if (focus != ProblemArea.RoleDispute || _disputeStage != ProblemAreas.DisputeStage.Dissolution)
        {
            return own;
        }

        return [.. own, .. DisputeStages.DissolutionRefocus.Goals];
    }

    private static bool HasGoal(IReadOnlyList<ProblemAreaGoal> goals, string? code)
    {
        foreach (ProblemAreaGoal goal in goals)
        {
            if (string.Equals(goal.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private DomainError? CheckDisputeStage(DisputeStageChanged e)
    {
        if (_disputeStage is not { } current)
        {
            return new DomainError(CourseErrors.WorkNoDisputeFocus, "The agreed formulation has no role-dispute focus.");
        }

        return DisputeStages.Move(current, e.Stage).Error ?? CheckDate(e.OccurredOn);
    }

    private void ApplyFormulationEvent(CourseEvent e)
    {
        switch (e)
        {
            case InventoryCompleted i:
                _inventory = i.Inventory.Complete(_protocol.Inventory, i.OccurredOn).Value;
                break;
            case FormulationAgreed f:
                _formulation = f.Formulation;
                foreach (FormulationFocus focus in f.Formulation.Foci)
                {
                    if (focus.Detail is RoleDisputeFocus dispute)
                    {
                        _disputeStage = dispute.Stage;
                    }
                }

                break;
            case SessionWorkRecorded w:
                _lastWorkedSession = w.SessionNumber;
                break;
            case DisputeStageChanged d:
                _disputeStage = d.Stage;
                break;
        }
    }

    private ImmutableArray<ProblemArea> FocusAreas()
    {
        if (_formulation is null)
        {
            return [];
        }

        var areas = ImmutableArray.CreateBuilder<ProblemArea>(_formulation.Foci.Count);
        foreach (FormulationFocus f in _formulation.Foci)
        {
            areas.Add(f.Area);
        }

        return areas.MoveToImmutable();
    }
}
