namespace Ipt.Domain.Primitives;

/// <summary>How firmly a clinical value, rule or text is supported by the sources (the domain brief's conventions,
/// §0). Carried by protocol provenance, goals and strategies, screening rules and techniques. Stored code in brackets.</summary>
public enum EvidenceStatus
{
    /// <summary>Confirmed in a retrieved manual or primary source (<c>confirmed</c>).</summary>
    Confirmed = 0,

    /// <summary>Confirmed only by a low-authority page (<c>weak</c>).</summary>
    Weak = 1,

    /// <summary>Not verified in any retrieved text; an assumption to keep configurable (<c>unconfirmed</c>).</summary>
    Unconfirmed = 2,

    /// <summary>Sources disagree; the value is one documented choice (<c>contested</c>).</summary>
    Contested = 3,

    /// <summary>A choice of this library where the sources are silent (<c>product-decision</c>).</summary>
    ProductDecision = 4,
}
