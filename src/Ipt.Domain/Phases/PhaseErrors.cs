using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>Error codes of the phase machine. Codes are public API (see <c>docs/errors.md</c>).</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class PhaseErrors
{
    /// <summary>The trigger does not lead anywhere from the current phase.</summary>
    public const string TriggerNotAllowed = "phase.trigger-not-allowed";

    /// <summary>The current phase requires tasks that are not completed (generic; specific codes per task exist, see <see cref="TaskMissingCode"/>).</summary>
    public const string TasksIncomplete = "phase.tasks-incomplete";

    /// <summary>The middle phase was asked for before the formulation was agreed.</summary>
    public const string FormulationNotAgreed = "phase.formulation-not-agreed";

    /// <summary>A phase cannot be left before a session was held in it.</summary>
    public const string NoSessionInPhase = "phase.no-session-in-phase";

    /// <summary>The course cannot leave its acute phases before the protocol's minimum number of sessions.</summary>
    public const string MinimumSessionsNotHeld = "phase.minimum-sessions-not-held";

    /// <summary>The course is completed; nothing more can happen to it.</summary>
    public const string CourseCompleted = "course.completed";

    /// <summary>The course is discontinued; nothing more can happen to it.</summary>
    public const string CourseDiscontinued = "course.discontinued";

    // Index = (int)TherapyTask. The code a guard reports when this task is the first one missing.
    private static readonly string[] MissingCodes =
    [
        "phase.diagnosis-missing", "phase.baseline-severity-missing", "phase.psychoeducation-missing",
        "phase.sick-role-not-assigned", "phase.medication-not-evaluated", "phase.inventory-incomplete",
        FormulationNotAgreed, "phase.contract-not-agreed", "phase.ending-not-raised",
        "phase.ending-feelings-not-acknowledged", "phase.progress-not-reviewed", "phase.independent-competence-missing",
        "phase.relapse-plan-missing", "phase.future-plan-missing", "phase.continuation-not-decided",
        "phase.mood-episode-history-missing", "phase.social-rhythm-baseline-missing",
    ];

    /// <summary>The code reported when <paramref name="task"/> is the first required task still missing,
    /// e.g. <c>phase.formulation-not-agreed</c>.</summary>
    /// <param name="task">The missing task.</param>
    public static string TaskMissingCode(TherapyTask task)
    {
        _ = TherapyTasks.Code(task); // validates the value
        return MissingCodes[(int)task];
    }

    /// <summary>Every code a phase-machine denial can carry.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> AllCodes()
    {
        var all = new System.Collections.Generic.List<string>
        {
            TriggerNotAllowed, TasksIncomplete, NoSessionInPhase, MinimumSessionsNotHeld, CourseCompleted, CourseDiscontinued,
        };
        foreach (string c in MissingCodes)
        {
            if (!all.Contains(c))
            {
                all.Add(c);
            }
        }

        return all;
    }

    internal static DomainError Closed(CourseStatus status) => status == CourseStatus.Completed
        ? new DomainError(CourseCompleted, "The course is completed; no further changes can be recorded.")
        : new DomainError(CourseDiscontinued, "The course is discontinued; no further changes can be recorded.");

    internal static DomainError NotPossibleFrom(CourseTrigger trigger, string phaseName) =>
        new(TriggerNotAllowed, "'" + Codes.Of(trigger) + "' is not possible from the " + phaseName.ToLowerInvariant() + ".");
}
