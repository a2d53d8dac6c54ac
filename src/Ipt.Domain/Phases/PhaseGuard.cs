using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>
/// A named condition on a phase transition. The name appears in exported diagrams and in a denial, so a
/// clinician can see which condition was not met.
/// </summary>
public abstract class PhaseGuard
{
    private protected PhaseGuard(string name, string code)
    {
        Name = name;
        Code = code;
    }

    /// <summary>Plain name of the condition, e.g. "initial phase tasks complete".</summary>
    public string Name { get; }

    /// <summary>The error code this guard reports when it is not met (task guards may report a more specific task code).</summary>
    public string Code { get; }

    /// <summary>Null when the condition holds, otherwise the reason it does not.</summary>
    /// <param name="context">Facts about the course.</param>
    public abstract DomainError? Evaluate(in PhaseContext context);

    /// <summary>The guard's name.</summary>
    public override string ToString() => Name;
}

/// <summary>All tasks a phase requires are completed.</summary>
public sealed class RequiredTasksGuard : PhaseGuard
{
    private readonly string _phaseName;

    internal RequiredTasksGuard(PhaseDefinition phase)
        : base(phase.DisplayName.ToLowerInvariant() + " tasks complete", PhaseErrors.TasksIncomplete)
    {
        Required = phase.RequiredTasks;
        _phaseName = phase.DisplayName;
    }

    /// <summary>The tasks required.</summary>
    public TaskSet Required { get; }

    /// <inheritdoc />
    public override DomainError? Evaluate(in PhaseContext context)
    {
        TaskSet missing = Required.Except(context.CompletedTasks);
        if (missing.IsEmpty)
        {
            return null;
        }

        var names = new System.Collections.Generic.List<string>();
        foreach (TherapyTask t in missing.ToList())
        {
            names.Add(TherapyTasks.DisplayName(t));
        }

        return new DomainError(
            PhaseErrors.TaskMissingCode(missing.First()!.Value),
            _phaseName + " tasks not yet completed: " + string.Join(", ", names) + ".");
    }
}

/// <summary>At least one session was attended in the current phase.</summary>
public sealed class SessionHeldGuard : PhaseGuard
{
    private readonly DomainError _error;

    internal SessionHeldGuard(PhaseDefinition phase)
        : base("a session held in the " + phase.DisplayName.ToLowerInvariant(), PhaseErrors.NoSessionInPhase) =>
        _error = new DomainError(Code, "No session has been attended in the " + phase.DisplayName.ToLowerInvariant() + " yet.");

    /// <inheritdoc />
    public override DomainError? Evaluate(in PhaseContext context) => context.SessionsAttendedInPhase > 0 ? null : _error;
}

/// <summary>The protocol's minimum number of contract sessions has been held.</summary>
public sealed class MinimumSessionsGuard : PhaseGuard
{
    internal MinimumSessionsGuard(int minimum)
        : base("at least " + minimum + " sessions held", PhaseErrors.MinimumSessionsNotHeld) => Minimum = minimum;

    /// <summary>The minimum.</summary>
    public int Minimum { get; }

    /// <inheritdoc />
    public override DomainError? Evaluate(in PhaseContext context) =>
        context.SessionsHeld >= Minimum
            ? null
            : new DomainError(Code, "The protocol's minimum of " + Minimum + " sessions has not been reached: " + context.SessionsHeld + " held.");
}
