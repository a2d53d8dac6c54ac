using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// Interpersonal deficits (<c>PA-DEFICITS</c>): chosen only when no other area fits and there is no acute life
/// event; poorer prognosis (RULE-08) [S02]; goals: two from a clinic page [S22] (weak) and reducing the isolation
/// that defines the area [S02].
/// </summary>
public sealed class InterpersonalDeficitsStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("deficits.improve-current-relationships", "Improve current relationships", "[S22]", EvidenceStatus.Weak),
        new("deficits.form-new-relationships", "Help form new supportive relationships", "[S22]", EvidenceStatus.Weak),
        new("deficits.reduce-isolation", "Reduce social isolation and loneliness", "[S02]", EvidenceStatus.Confirmed),
    ];

    // Earlier releases also listed "resolve acute stressors" [S22] (weak). Removed: deficits is the area for a patient
    // with NO acute life event ("none of the above", Guide ch. 8 [S02]); an acute stressor points to another area.

    // Unconfirmed in manual text; role play for making friends confirmed for adolescents [S48].
    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("deficits.review-past-relationships", "Review past relationships for repeating patterns", "[S48]", EvidenceStatus.Unconfirmed),
        new("deficits.therapeutic-relationship-model", "Use the therapeutic relationship as a model", "[S48]", EvidenceStatus.Unconfirmed),
        new("deficits.role-play-social-situations", "Role play social situations", "[S48]", EvidenceStatus.Unconfirmed),
        new("deficits.check-for-hidden-grief", "Assess carefully for hidden grief or another area before settling on deficits", "[S02]", EvidenceStatus.Confirmed),
    ];

    private static readonly string[] TechniqueList = ["TECH-CA", "TECH-RP", "TECH-REL", "TECH-CLAR"];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.InterpersonalDeficits;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => TechniqueList;

    /// <inheritdoc />
    public Type FocusType => typeof(InterpersonalDeficitsFocus);

    /// <inheritdoc />
    public string Sources => "[S02][S22][S23]";

    /// <summary>RULE-08 [S02]: the poorer-prognosis note.</summary>
    public static string PrognosisNote => InterpersonalDeficitsFocus.PrognosisNote;

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}
