using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// DIT's interpersonal-affective focus [S60][S62] — a related therapy, not IPT (C09, M10): it recommends no
/// IPT techniques.
/// </summary>
public sealed class InterpersonalAffectiveFocusStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("ipaf.think-about-pattern", "Stimulate the capacity to think about the feelings and thoughts underlying the identified pattern", "[S60]", EvidenceStatus.Confirmed),
        new("ipaf.track-in-relationships", "Track the pattern in current relationships, including with the therapist", "[S60]", EvidenceStatus.Confirmed),
    ];

    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("ipaf.agree-focus", "Agree the IPAF built from recurring self-other representations", "[S60]", EvidenceStatus.Confirmed),
    ];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.InterpersonalAffectiveFocus;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => [];

    /// <inheritdoc />
    public Type FocusType => typeof(InterpersonalAffectiveFocusDetail);

    /// <inheritdoc />
    public string Sources => "[S60][S62]";

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}
