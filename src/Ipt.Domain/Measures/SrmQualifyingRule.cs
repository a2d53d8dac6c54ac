using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>Which activities count in the SRM score (the divisor of hits ÷ activities).</summary>
public enum SrmQualifyingRule
{
    /// <summary>Default. An activity counts when it OCCURS (is performed) on at least the minimum number of days of the week
    /// (3); the score is the hits of those activities ÷ their number, so an activity done irregularly lowers the score.
    /// Monk, Frank et al.'s description of the SRM [S54][S55] as read by the clinical review; the brief's retrieved text did
    /// not include the scoring section, so this is the better-sourced but not verbatim-confirmed reading.</summary>
    PerformedOnMinimumDays = 0,

    /// <summary>An activity counts only when it scores at least the minimum number of HITS (3) — the aggregator's
    /// description [S57] (<b>weak</b>), the default of earlier releases. Irregular activities then drop out of the
    /// divisor, which raises the score.</summary>
    MinimumHits = 1,
}
