using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>The phase machine's answer to "may this trigger fire now?": allowed with its target, or denied with
/// the guard that failed and its error. A struct: asking allocates nothing when the answer is yes.</summary>
public readonly struct TransitionDecision
{
    private TransitionDecision(CourseTrigger trigger, CourseState from, CourseState to, PhaseGuard? failedGuard, DomainError? error)
    {
        Trigger = trigger;
        From = from;
        To = to;
        FailedGuard = failedGuard;
        Error = error;
    }

    /// <summary>The trigger asked about.</summary>
    public CourseTrigger Trigger { get; }

    /// <summary>The state the course is in.</summary>
    public CourseState From { get; }

    /// <summary>The state the trigger leads to; equal to <see cref="From"/> when the trigger has no edge here.</summary>
    public CourseState To { get; }

    /// <summary>True when the trigger may fire.</summary>
    public bool IsAllowed => Error is null;

    /// <summary>The guard that was not met, or null (allowed, or no edge at all).</summary>
    public PhaseGuard? FailedGuard { get; }

    /// <summary>Why the trigger may not fire, or null when it may.</summary>
    public DomainError? Error { get; }

    internal static TransitionDecision Allowed(CourseTrigger trigger, CourseState from, CourseState to) => new(trigger, from, to, null, null);

    internal static TransitionDecision Denied(CourseTrigger trigger, CourseState from, CourseState to, PhaseGuard? guard, DomainError error) =>
        new(trigger, from, to, guard, error);

    /// <summary>E.g. <c>Initial -begin-middle-phase-> Middle: allowed</c> or the denial code.</summary>
    public override string ToString() =>
        From + " -" + Trigger + "-> " + To + ": " + (Error is null ? "allowed" : "denied (" + Error.Code + ")");
}
