using System.Collections.Generic;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses;

/// <summary>Something the protocol says is due now, e.g. "the ending should be raised now: 3 sessions remain".
/// Advisory: nothing moves until the clinician acts.</summary>
/// <param name="Code">Stable code (see <see cref="DueCodes"/>).</param>
/// <param name="Message">Plain explanation.</param>
/// <param name="Trigger">The trigger that would act on it, if any.</param>
/// <param name="Task">The task it concerns, if any.</param>
public sealed record DueNotice(string Code, string Message, CourseTrigger? Trigger = null, TherapyTask? Task = null);

/// <summary>Codes of <see cref="DueNotice"/>s.</summary>
public static class DueCodes
{
    /// <summary>A safety concern is open (a positive safety item, no safety action yet): always the first notice (RULE-10).</summary>
    public const string SafetyConcern = "due.safety-concern";

    /// <summary>The ending should be raised now, or is overdue.</summary>
    public const string RaiseEnding = "due.raise-ending";

    /// <summary>The current phase has reached its planned last session and the next phase may begin.</summary>
    public const string BeginPhase = "due.begin-phase";

    /// <summary>The current phase has reached its planned last session but its tasks are outstanding.</summary>
    public const string PhaseTasksOutstanding = "due.phase-tasks-outstanding";

    /// <summary>Every contracted session is held: complete, extend or begin maintenance.</summary>
    public const string ContractComplete = "due.contract-complete";

    /// <summary>The pre-treatment phase holds its sessions: begin the next phase.</summary>
    public const string PreTreatmentDone = "due.pre-treatment-done";

    /// <summary>An instrument the protocol's measurement schedule asks for at the latest session is not yet recorded (see <see cref="TreatmentCourse.MeasuresDue"/>).</summary>
    public const string Measure = "due.measure";

    /// <summary>Every due code.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [SafetyConcern, RaiseEnding, BeginPhase, PhaseTasksOutstanding, ContractComplete, PreTreatmentDone, Measure];
}
