using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Formulation;

/// <summary>
/// A person's place in the closeness circle: 1 is the innermost ring around the patient (brief §4.3 [S45]).
/// The number of rings is a setting (<see cref="InventoryRules.RingCount"/>).
/// </summary>
/// <param name="Value">Ring number, 1 = closest.</param>
public readonly record struct ClosenessRing(int Value)
{
    /// <summary>The innermost ring.</summary>
    public static ClosenessRing Innermost => new(1);

    /// <summary>Creates a ring number.</summary>
    /// <param name="value">1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static ClosenessRing From(int value)
    {
        Guard.Against.LessThanOrEqual(value, 0);
        return new ClosenessRing(value);
    }

    /// <summary>For example <c>ring 2</c>.</summary>
    public override string ToString() => "ring " + Value.ToString(CultureInfo.InvariantCulture);
}
