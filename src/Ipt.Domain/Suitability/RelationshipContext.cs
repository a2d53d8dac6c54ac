using System;

namespace Ipt.Domain.Suitability;

/// <summary>Relationship context relevant to the choice of format.</summary>
[Flags]
public enum RelationshipContext
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>Conflict with the partner is central to the episode.</summary>
    CoupleConflictCentral = 1 << 0,

    /// <summary>The partner is willing to attend sessions.</summary>
    PartnerWillingToAttend = 1 << 1,
}
