using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// IPSRT's grief for the lost healthy self [S51] (weak). Goals modelled on the grief area; the IPSRT wording
/// was not retrieved (unconfirmed).
/// </summary>
public sealed class GriefForLostHealthySelfStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("lost-healthy-self.mourn", "Mourn the healthy self lost to the illness", "[S51]", EvidenceStatus.Unconfirmed),
        new("lost-healthy-self.accept-illness", "Accept the illness and build a life that includes managing it", "[S51]", EvidenceStatus.Unconfirmed),
    ];

    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("lost-healthy-self.review-losses", "Review what the illness has taken away and the feelings about it", "[S51]", EvidenceStatus.Unconfirmed),
    ];

    private static readonly string[] TechniqueList = ["TECH-NDE", "TECH-AFF", "TECH-PSY"];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.GriefForLostHealthySelf;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => TechniqueList;

    /// <inheritdoc />
    public Type FocusType => typeof(LostHealthySelfFocus);

    /// <inheritdoc />
    public string Sources => "[S51][S57]";

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}
