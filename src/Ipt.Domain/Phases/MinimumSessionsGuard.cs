using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

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
