using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>The codes of <see cref="GroupComposition.Check"/>. Codes are public API (<c>docs/errors.md</c>).</summary>
public static class GroupCompositionCodes
{
    /// <summary>Advisory: a member's age is far from every other member's.</summary>
    public const string IsolatedByAge = "group.composition.isolated-by-age";

    /// <summary>Advisory: a member is the only one of their gender in a mixed group.</summary>
    public const string IsolatedByGender = "group.composition.isolated-by-gender";
}
