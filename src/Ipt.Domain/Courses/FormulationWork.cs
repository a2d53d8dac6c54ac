using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Courses;

/// <summary>
/// The course's formulation work: the completed inventory, the agreed formulation, the stage of a role dispute and
/// the latest session whose problem-area work is recorded; the session-work and dispute rules that depend on them.
/// </summary>
/// <remarks>A mutable struct held in one field of its <see cref="TreatmentCourse"/> and changed in place through it;
/// its fields are immutable values, so taking a corrected record's work is a plain assignment.</remarks>
internal struct FormulationWork
{
    /// <summary>The completed interpersonal inventory, or null.</summary>
    internal InterpersonalInventory? Inventory { get; private set; }

    /// <summary>The agreed interpersonal formulation, or null.</summary>
    internal InterpersonalFormulation? Formulation { get; private set; }

    /// <summary>The current stage of a role-dispute focus, or null.</summary>
    internal DisputeStage? Dispute { get; private set; }

    /// <summary>The latest session whose work is recorded, or 0.</summary>
    internal int LastWorkedSession { get; private set; }

    internal readonly bool InFormulation(ProblemArea area)
    {
        if (Formulation is null)
        {
            return false;
        }

        foreach (FormulationFocus f in Formulation.Foci)
        {
            if (f.Area == area)
            {
                return true;
            }
        }

        return false;
    }

    // The goals work on a focus may rate: the area's own goals, and for a role dispute that has reached dissolution
    // also the mourning and moving-on work the stage prescribes (DisputeStages.DissolutionRefocus, brief §6.2, M4).
    internal readonly IReadOnlyList<ProblemAreaGoal> GoalsOf(ProblemArea focus)
    {
        IReadOnlyList<ProblemAreaGoal> own = ProblemAreaStrategies.For(focus).Goals;
        if (focus != ProblemArea.RoleDispute || Dispute != DisputeStage.Dissolution)
        {
            return own;
        }

        return [.. own, .. DisputeStages.DissolutionRefocus.Goals];
    }

    internal readonly ImmutableArray<ProblemArea> FocusAreas()
    {
        if (Formulation is null)
        {
            return [];
        }

        var areas = ImmutableArray.CreateBuilder<ProblemArea>(Formulation.Foci.Count);
        foreach (FormulationFocus f in Formulation.Foci)
        {
            areas.Add(f.Area);
        }

        return areas.MoveToImmutable();
    }

    /// <summary>The rules session work must pass before the course-wide date check.</summary>
    internal readonly DomainError? CheckWork(SessionWorkRecorded e, in SessionLedger sessions, ProtocolDefinition protocol)
    {
        if (e.Techniques is null || e.Goals is null || !Enum.IsDefined(e.Focus))
        {
            return CourseErrors.Lacks("session-work-recorded", "focus, techniques or goals");
        }

        if (StorableValues.CheckGoals(e.Goals) is { } unstorable)
        {
            return unstorable;
        }

        if (sessions.Count == 0 || e.SessionNumber != sessions.Count)
        {
            return CourseErrors.NoSessionForWork();
        }

        SessionRecord session = sessions[sessions.Count];
        if (session.Attendance != Attendance.Attended)
        {
            return CourseErrors.WorkNotAttended(session.Number);
        }

        if (LastWorkedSession == session.Number)
        {
            return CourseErrors.WorkRecorded(session.Number);
        }

        if (Formulation is null)
        {
            return CourseErrors.NoFormulation();
        }

        if (!InFormulation(e.Focus))
        {
            return CourseErrors.FocusNotInFormulation(ProblemAreaCatalog.Code(e.Focus));
        }

        foreach (string code in e.Techniques)
        {
            if (code is null || !TechniqueCatalog.TryGet(code, out Technique? technique))
            {
                return CourseErrors.TechniqueUnknown();
            }

            if (technique.Family != protocol.Family)
            {
                return CourseErrors.TechniqueOfOtherFamily(technique.Code, Codes.Of(technique.Family), Codes.Of(protocol.Family));
            }
        }

        IReadOnlyList<ProblemAreaGoal> allowed = GoalsOf(e.Focus);
        foreach (GoalRating rating in e.Goals)
        {
            if (rating is null || !HasGoal(allowed, rating.GoalCode) || !Enum.IsDefined(rating.Progress))
            {
                return CourseErrors.GoalNotOfStrategy(ProblemAreaCatalog.Code(e.Focus));
            }
        }

        return null;
    }

    /// <summary>The rules a dispute-stage change must pass before the course-wide date check.</summary>
    internal readonly DomainError? CheckDisputeStage(DisputeStageChanged e) =>
        Dispute is not { } current ? CourseErrors.NoDisputeFocus() : DisputeStages.Move(current, e.Stage).Error;

    internal void Apply(CourseEvent e, ProtocolDefinition protocol)
    {
        switch (e)
        {
            case InventoryCompleted i:
                Inventory = i.Inventory.CompletedCopy(i.OccurredOn); // checked by CheckCompletion before it is applied
                break;
            case FormulationAgreed f:
                Formulation = f.Formulation;
                IReadOnlyList<FormulationFocus> foci = f.Formulation.Foci;
                for (int n = 0; n < foci.Count; n++)
                {
                    if (foci[n].Detail is RoleDisputeFocus dispute)
                    {
                        Dispute = dispute.Stage;
                    }
                }

                break;
            case SessionWorkRecorded w:
                LastWorkedSession = w.SessionNumber;
                break;
            case DisputeStageChanged d:
                Dispute = d.Stage;
                break;
        }
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
}
