using System;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>
/// Reviewer settings. Defaults are product choices (the brief gives no tolerance for either); each is documented in
/// <c>docs/fidelity.md</c>.
/// </summary>
public sealed record FidelityReviewerSettings
{
    private readonly double _cadenceTolerance = 0.5;
    private readonly int _safetyActionMaxDays;

    /// <summary>The default settings.</summary>
    public static FidelityReviewerSettings Default { get; } = new();

    /// <summary>
    /// How far an interval between attended sessions may differ from the protocol's nominal interval, as a fraction of
    /// it. Default 0.5: a weekly course accepts 3.5–10.5 days (so 4–10); a monthly one 15–45 days.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1].</exception>
    public double CadenceTolerance
    {
        get => _cadenceTolerance;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The cadence tolerance must be between 0 and 1.");
            }

            _cadenceTolerance = value;
        }
    }

    /// <summary>Days after a safety concern within which its first action must be recorded. Default 0 (the same day):
    /// RULE-10 asks for an immediate risk assessment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int SafetyActionMaxDays
    {
        get => _safetyActionMaxDays;
        init
        {
            Guard.Against.LessThan(value, 0);
            _safetyActionMaxDays = value;
        }
    }
}
