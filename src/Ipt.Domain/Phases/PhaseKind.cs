namespace Ipt.Domain.Phases;

/// <summary>
/// Stable identity of a treatment phase. A protocol gives each phase it uses a display name of its own
/// (brief C03: "formulation" / "graduation" / "ending" are display names for the same phases), so code,
/// storage and diagrams agree while clinicians see their own words.
/// </summary>
public enum PhaseKind
{
    /// <summary>A pre-treatment engagement or pre-group session that does not count toward the contract (<c>engagement</c>).</summary>
    Engagement = 0,

    /// <summary>Initial phase: diagnosis, sick role, interpersonal inventory, formulation, contract (<c>initial</c>).</summary>
    Initial = 1,

    /// <summary>Middle phase: work on the agreed problem area (<c>middle</c>).</summary>
    Middle = 2,

    /// <summary>Termination (ending, conclusion, graduation): review, relapse planning, farewell (<c>termination</c>).</summary>
    Termination = 3,

    /// <summary>Continuation or maintenance treatment at lower frequency (<c>maintenance</c>).</summary>
    Maintenance = 4,
}
