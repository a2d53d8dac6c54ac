using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Primitives;

/// <summary>Identifies one treatment course. Wraps a <see cref="Guid"/>.</summary>
/// <param name="Value">The underlying identifier; never <see cref="Guid.Empty"/>.</param>
public readonly record struct CourseId(Guid Value)
{
    /// <summary>A new random identifier.</summary>
    public static CourseId New() => new(Guid.NewGuid());

    /// <summary>Wraps an existing identifier (for example one read from storage).</summary>
    /// <param name="value">A non-empty identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    public static CourseId From(Guid value)
    {
        Guard.Against.Default(value, nameof(value), "A course id cannot be the empty GUID.");

        return new CourseId(value);
    }

    /// <summary>The identifier in the "D" format.</summary>
    public override string ToString() => Value.ToString("D");
}
