using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

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
