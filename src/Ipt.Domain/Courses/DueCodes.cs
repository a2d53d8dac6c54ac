using System.Collections.Generic;

namespace Ipt.Domain.Courses;

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
