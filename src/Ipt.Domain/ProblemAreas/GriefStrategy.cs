using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Grief (<c>PA-GRIEF</c>): facilitate mourning and help re-establish interests and relationships [S01].</summary>
public sealed class GriefStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("grief.facilitate-mourning", "Facilitate mourning (catharsis)", "[S01]", EvidenceStatus.Confirmed),
        new("grief.reestablish-interests", "Help re-establish interests and relationships that partly substitute for what was lost", "[S01]", EvidenceStatus.Confirmed),
    ];

    // Enumerated list unconfirmed: common summary of the 1984 manual (brief §6.1).
    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("grief.reconstruct-relationship", "Reconstruct the relationship with the deceased, good and bad aspects", "brief §6.1", EvidenceStatus.Unconfirmed),
        new("grief.review-death", "Review the events around the death", "brief §6.1", EvidenceStatus.Unconfirmed),
        new("grief.explore-feelings", "Explore feelings, including guilt and anger", "brief §6.1", EvidenceStatus.Unconfirmed),
        new("grief.new-involvements", "Consider new involvements", "brief §6.1", EvidenceStatus.Unconfirmed),
    ];

    private static readonly string[] TechniqueList = ["TECH-NDE", "TECH-DE", "TECH-AFF", "TECH-CLAR"];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.Grief;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => TechniqueList;

    /// <inheritdoc />
    public Type FocusType => typeof(GriefFocus);

    /// <inheritdoc />
    public string Sources => "[S01][S05]";

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}
