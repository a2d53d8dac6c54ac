using Ipt.Domain.Primitives;
using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// Identifies one person within an interpersonal inventory. Chosen by the caller (1, 2, 3 …); it is a
/// reference, not a name, so it may be printed.
/// </summary>
/// <param name="Value">A positive number, unique within one inventory.</param>
public readonly record struct PersonId(int Value)
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">A positive number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static PersonId From(int value)
    {
        Guard.Against.LessThanOrEqual(value, 0);
        return new PersonId(value);
    }

    /// <summary>The number, prefixed with <c>#</c>.</summary>
    public override string ToString() => "#" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
