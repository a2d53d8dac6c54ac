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
