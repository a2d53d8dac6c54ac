using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>Settings of the composition check. Both rules are product defaults: the brief gives no source for them (the
/// WHO manual's same-gender rule is unconfirmed, §14.1), so they are advisories a facilitator weighs.</summary>
public sealed record GroupCompositionRules
{
    /// <summary>The default rules.</summary>
    public static GroupCompositionRules Default { get; } = new();

    /// <summary>A member is isolated by age when every other member's age differs from theirs by more than this many
    /// years. Default 15 (product default, unsourced).</summary>
    public int AgeGapYears { get; init; } = 15;

    /// <summary>Whether to flag a member who is the only one of their gender in a mixed group. Default true (the same-gender
    /// rule attributed to the WHO manual is unconfirmed, §14.1; a lone member of a gender is the weaker, advisory form).</summary>
    public bool FlagLoneGender { get; init; } = true;
}
