using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// A scored SRM-5 week. <see cref="Score"/> = hits over qualifying activities ÷ number of qualifying activities, 0–7
/// (higher = more regular) [S57][S58]. When no activity qualifies the score is undefined: <see cref="Score"/> is null
/// and <see cref="NoScoreReasonCode"/> is <see cref="MeasureErrors.SrmNoQualifyingActivityCode"/>.
/// </summary>
public sealed class SocialRhythmScore
{
    internal SocialRhythmScore(
        double? score, string? noScoreReasonCode, int qualifyingActivityCount, int qualifyingHits, int activityLevelIndex,
        ImmutableArray<SrmActivityResult> activities, SrmScoringOptions options)
    {
        Score = score;
        NoScoreReasonCode = noScoreReasonCode;
        QualifyingActivityCount = qualifyingActivityCount;
        QualifyingHits = qualifyingHits;
        ActivityLevelIndex = activityLevelIndex;
        Activities = activities;
        Options = options;
    }

    /// <summary>Instrument code, <c>srm-5</c>.</summary>
    public static string InstrumentCode => SocialRhythmMetric.Code;

    /// <summary>The SRM score, 0–7; null when no activity qualified.</summary>
    public double? Score { get; }

    /// <summary>Why <see cref="Score"/> is null (<c>srm.no-qualifying-activity</c>); null when there is a score.</summary>
    public string? NoScoreReasonCode { get; }

    /// <summary>Number of qualifying activities (0–5).</summary>
    public int QualifyingActivityCount { get; }

    /// <summary>Sum of the hits of the qualifying activities.</summary>
    public int QualifyingHits { get; }

    /// <summary>
    /// Activity level index (ALIR): the number of activities performed on at least 3 days of the week (0–5).
    /// <b>Unconfirmed</b> companion index.
    /// </summary>
    public int ActivityLevelIndex { get; }

    /// <summary>Per-activity detail, in <see cref="SrmActivity"/> order.</summary>
    public ImmutableArray<SrmActivityResult> Activities { get; }

    /// <summary>The settings used.</summary>
    public SrmScoringOptions Options { get; }
}
