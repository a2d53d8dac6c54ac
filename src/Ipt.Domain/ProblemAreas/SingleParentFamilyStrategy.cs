using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>IPT-A 1993's single-parent family [S42]. The manual's goals were not retrieved: the goal below is unconfirmed.</summary>
public sealed class SingleParentFamilyStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("single-parent.adapt-to-family-structure", "Adapt to the family's structure and the relationships with each parent", "[S42]", EvidenceStatus.Unconfirmed),
    ];

    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("single-parent.involve-parent", "Involve the parent when the focus concerns them", "[S41][S48]", EvidenceStatus.Weak),
    ];

    private static readonly string[] TechniqueList = ["TECH-CA", "TECH-RP", "TECH-MR"];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.SingleParentFamily;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => TechniqueList;

    /// <inheritdoc />
    public Type FocusType => typeof(SingleParentFamilyFocus);

    /// <inheritdoc />
    public string Sources => "[S42]";

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}
