using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// A follow-up score compared with baseline under named <see cref="OutcomeCriteria"/> (M8: the criteria id travels with
/// the result).
/// </summary>
/// <param name="InstrumentCode">The instrument both scores come from.</param>
/// <param name="CriteriaId">Id of the criteria applied.</param>
/// <param name="BaselineTotal">Baseline total.</param>
/// <param name="CurrentTotal">Follow-up total.</param>
/// <param name="Change">Current minus baseline (negative = improvement on these instruments).</param>
/// <param name="PercentChange">Change as a percentage of baseline; null when the baseline total is 0.</param>
/// <param name="IsResponse">True when the total fell by at least the criteria's fraction of baseline; false when the baseline is 0.</param>
/// <param name="IsRemission">True when the current total is at or below the remission threshold; null when the criteria define none.</param>
public sealed record MeasureOutcome(
    string InstrumentCode,
    string CriteriaId,
    int BaselineTotal,
    int CurrentTotal,
    int Change,
    double? PercentChange,
    bool IsResponse,
    bool? IsRemission)
{
    /// <summary>Compares a follow-up score with a baseline score.</summary>
    /// <param name="baseline">The baseline score.</param>
    /// <param name="current">The follow-up score, same instrument.</param>
    /// <param name="criteria">Criteria written for that instrument.</param>
    /// <returns>
    /// The outcome, or <see cref="MeasureErrors.InstrumentMismatchCode"/> /
    /// <see cref="MeasureErrors.CriteriaInstrumentMismatchCode"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<MeasureOutcome> Compare(InstrumentScore baseline, InstrumentScore current, OutcomeCriteria criteria)
    {
        Guard.Against.Null(baseline);
        Guard.Against.Null(current);
        Guard.Against.Null(criteria);
        if (!string.Equals(baseline.InstrumentCode, current.InstrumentCode, StringComparison.Ordinal))
        {
            return MeasureErrors.InstrumentMismatch(baseline.Instrument.DisplayName, current.Instrument.DisplayName);
        }

        if (!string.Equals(criteria.InstrumentCode, current.InstrumentCode, StringComparison.Ordinal))
        {
            return MeasureErrors.CriteriaInstrumentMismatch(criteria.InstrumentCode, current.Instrument.DisplayName);
        }

        return Evaluate(current.InstrumentCode, baseline.Total, current.Total, criteria);
    }

    /// <summary>Compares two totals under criteria (for totals stored without their items).</summary>
    /// <param name="instrumentCode">Instrument code; must match the criteria.</param>
    /// <param name="baselineTotal">Baseline total, not negative.</param>
    /// <param name="currentTotal">Follow-up total, not negative.</param>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The outcome, or <see cref="MeasureErrors.CriteriaInstrumentMismatchCode"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A total is negative.</exception>
    public static Result<MeasureOutcome> Compare(string instrumentCode, int baselineTotal, int currentTotal, OutcomeCriteria criteria)
    {
        Guard.Against.Null(instrumentCode);
        Guard.Against.Null(criteria);
        Guard.Against.LessThan(baselineTotal, 0);
        Guard.Against.LessThan(currentTotal, 0);
        if (!string.Equals(criteria.InstrumentCode, instrumentCode, StringComparison.Ordinal))
        {
            return MeasureErrors.CriteriaInstrumentMismatch(criteria.InstrumentCode, instrumentCode);
        }

        return Evaluate(instrumentCode, baselineTotal, currentTotal, criteria);
    }

    private static MeasureOutcome Evaluate(string instrumentCode, int baselineTotal, int currentTotal, OutcomeCriteria criteria)
    {
        int change = currentTotal - baselineTotal;
        double? percent = baselineTotal == 0 ? null : 100.0 * change / baselineTotal;
        bool response = baselineTotal > 0 && (baselineTotal - currentTotal) >= criteria.MinimumResponseReduction * baselineTotal;
        bool? remission = criteria.RemissionMaximumTotal is int max ? currentTotal <= max : null;
        return new MeasureOutcome(instrumentCode, criteria.Id, baselineTotal, currentTotal, change, percent, response, remission);
    }
}
