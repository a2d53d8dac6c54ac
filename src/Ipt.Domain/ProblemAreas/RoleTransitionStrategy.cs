using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Role transition (<c>PA-TRANSITION</c>): accept the new role, restore self-esteem through mastery [S16] (weak).
/// The goals rest on one clinic page [S16]; no manual text confirming them (or the "mourn the old role" strategy) was
/// found in the sources searched, so they stay <see cref="EvidenceStatus.Weak"/> / <see cref="EvidenceStatus.Unconfirmed"/>.</summary>
public sealed class RoleTransitionStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("transition.accept-new-role", "Accept the new role", "[S16]", EvidenceStatus.Weak),
        new("transition.mastery", "Restore self-esteem through a sense of mastery of the new role's demands", "[S16]", EvidenceStatus.Weak),
        new("transition.hope-and-coping", "Build hope and coping", "[S16]", EvidenceStatus.Weak),
    ];

    // Stated as a list in the manuals: unconfirmed (consistent with clinic summaries and a training transcript).
    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("transition.mourn-old-role", "Mourn the old role: acknowledge what is lost", "[S16][S53]", EvidenceStatus.Unconfirmed),
        new("transition.weigh-roles", "Weigh good and bad aspects of the old and new roles", "[S16][S53]", EvidenceStatus.Unconfirmed),
        new("transition.develop-skills", "Develop skills for the new role", "[S16][S53]", EvidenceStatus.Unconfirmed),
        new("transition.build-support", "Build or re-establish social support", "[S16][S53]", EvidenceStatus.Unconfirmed),
    ];

    private static readonly string[] TechniqueList = ["TECH-DA", "TECH-RP", "TECH-CLAR", "TECH-NDE"];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.RoleTransition;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => TechniqueList;

    /// <inheritdoc />
    public Type FocusType => typeof(RoleTransitionFocus);

    /// <inheritdoc />
    public string Sources => "[S05][S16][S53]";

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}
