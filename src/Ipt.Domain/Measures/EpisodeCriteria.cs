using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>
/// The change-point definitions of the Frank et al. 1991 consensus (Frank E, Prien RF, Jarrett RB et al.,
/// "Conceptualization and rationale for consensus definitions of terms in major depressive disorder: remission, recovery,
/// relapse, and recurrence", Arch Gen Psychiatry 48:851–855): each term is a severity threshold AND a duration. Every
/// number is a setting (C24); the presets carry their sources. Not in the domain brief.
/// </summary>
public sealed record EpisodeCriteria
{
    /// <summary>Creates criteria.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="instrumentCode">The instrument the thresholds apply to.</param>
    /// <param name="remissionMaximumTotal">Highest total counted as remitted (inclusive).</param>
    /// <param name="episodeMinimumTotal">Lowest total counted as the full syndrome again (relapse or recurrence).</param>
    /// <param name="sourceTags">Sources of the thresholds.</param>
    /// <exception cref="ArgumentException">An id or code is blank, or the episode threshold is not above the remission threshold.</exception>
    public EpisodeCriteria(string id, string instrumentCode, int remissionMaximumTotal, int episodeMinimumTotal, string sourceTags)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(instrumentCode);
        Guard.Against.Null(sourceTags);
        Guard.Against.Negative(remissionMaximumTotal);
        if (episodeMinimumTotal <= remissionMaximumTotal)
        {
            throw new ArgumentException("The episode threshold must be above the remission threshold.", nameof(episodeMinimumTotal));
        }

        Id = id;
        InstrumentCode = instrumentCode;
        RemissionMaximumTotal = remissionMaximumTotal;
        EpisodeMinimumTotal = episodeMinimumTotal;
        SourceTags = sourceTags;
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>The instrument the thresholds apply to.</summary>
    public string InstrumentCode { get; }

    /// <summary>Highest total counted as remitted (inclusive).</summary>
    public int RemissionMaximumTotal { get; }

    /// <summary>Lowest total counted as the full syndrome (relapse, recurrence).</summary>
    public int EpisodeMinimumTotal { get; }

    /// <summary>Sources of the thresholds.</summary>
    public string SourceTags { get; }

    /// <summary>Fraction of the baseline total lost for a response. Default 0.5 [S31][S114].</summary>
    public double ResponseReduction { get; init; } = 0.5;

    /// <summary>Days the total must stay at or below the remission threshold for a remission. Default 14: "at least 2
    /// weeks" (Frank et al. 1991).</summary>
    public int RemissionMinimumDays { get; init; } = 14;

    /// <summary>Days the total must stay below the episode threshold, after an episode, for a partial remission: "no
    /// longer fully symptomatic … but continues to evidence more than minimal symptoms" (Frank et al. 1991). Default 14,
    /// the remission duration (the consensus gives partial remission no duration of its own: a product reading, set it
    /// to change it).</summary>
    public int PartialRemissionMinimumDays { get; init; } = 14;

    /// <summary>Whether a return of the full syndrome during a partial remission, before recovery, is a relapse. Default
    /// true: Frank et al. 1991 define relapse as the return of the syndrome during a remission, partial or full. False
    /// counts a relapse only after a full remission.</summary>
    public bool RelapseFromPartialRemission { get; init; } = true;

    /// <summary>Days a remission must last, without relapse, to be a recovery. Default 182 (about 6 months, Frank et al.
    /// 1991); later task forces use 4 months (contested: set 120 to follow them).</summary>
    public int RecoveryMinimumDays { get; init; } = 182;

    /// <summary>Days the total must stay at or above the episode threshold for a relapse or recurrence. Default 14: the
    /// 2-week duration of a major depressive episode (Frank et al. 1991; DSM). 0 = a single rating suffices.</summary>
    public int EpisodeMinimumDays { get; init; } = 14;

    /// <summary>HAM-D-17: remission ≤ 7 [S116], full syndrome ≥ 15 (a common trial convention for relapse; product
    /// default, contested).</summary>
    public static EpisodeCriteria HamD17 { get; } = new("hamd17-frank-1991", "ham-d-17", 7, 15, "Frank et al. 1991; [S116]");

    /// <summary>PHQ-9: remission &lt; 5 [S114], full syndrome ≥ 10, the diagnostic cut-off [S104].</summary>
    public static EpisodeCriteria Phq9 { get; } = new("phq9-frank-1991", "phq-9", 4, 10, "Frank et al. 1991; [S104][S114]");
}
