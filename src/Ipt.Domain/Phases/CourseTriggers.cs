namespace Ipt.Domain.Phases;

/// <summary>Helpers relating triggers and phases.</summary>
public static class CourseTriggers
{
    /// <summary>Number of trigger values; the phase machine's table has one column per trigger.</summary>
    public const int Count = 7;

    /// <summary>The trigger that begins a phase of the given kind.</summary>
    /// <param name="phase">The phase to begin.</param>
    public static CourseTrigger Begin(PhaseKind phase) => (CourseTrigger)(int)phase;

    /// <summary>The phase a "begin" trigger leads to, or null for <see cref="CourseTrigger.Complete"/> and <see cref="CourseTrigger.Discontinue"/>.</summary>
    /// <param name="trigger">A trigger.</param>
    public static PhaseKind? TargetPhase(CourseTrigger trigger) =>
        trigger <= CourseTrigger.BeginMaintenancePhase ? (PhaseKind)(int)trigger : null;
}
