using Ipt.Domain.Primitives;
using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>One severity band of a total score: an inclusive range with a stable code and a clinician-facing label.</summary>
public sealed record SeverityBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="lower">Lowest total in the band (inclusive).</param>
    /// <param name="upper">Highest total in the band (inclusive).</param>
    /// <param name="code">Stable lower-case code, e.g. <c>moderate</c>.</param>
    /// <param name="label">Label as clinicians write it, e.g. <c>Moderate depression</c>.</param>
    /// <exception cref="ArgumentException">The code or label is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or reversed.</exception>
    public SeverityBand(int lower, int upper, string code, string label)
    {
        Guard.Against.LessThan(lower, 0);
        Guard.Against.LessThan(upper, lower);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(label);
        Lower = lower;
        Upper = upper;
        Code = code;
        Label = label;
    }

    /// <summary>Lowest total in the band (inclusive).</summary>
    public int Lower { get; }

    /// <summary>Highest total in the band (inclusive).</summary>
    public int Upper { get; }

    /// <summary>Stable lower-case code.</summary>
    public string Code { get; }

    /// <summary>Clinician-facing label.</summary>
    public string Label { get; }

    /// <summary>True when <paramref name="total"/> lies in the band.</summary>
    /// <param name="total">A total score.</param>
    public bool Contains(int total) => total >= Lower && total <= Upper;
}
