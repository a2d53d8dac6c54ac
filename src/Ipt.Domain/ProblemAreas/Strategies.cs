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

/// <summary>Role dispute (<c>PA-DISPUTE</c>): identify the dispute, choose a plan, modify communication or expectations [S14][S19].</summary>
public sealed class RoleDisputeStrategy : IProblemAreaStrategy
{
    private static readonly ProblemAreaGoal[] GoalList =
    [
        new("dispute.identify", "Identify the dispute", "[S14][S19]", EvidenceStatus.Confirmed),
        new("dispute.plan-of-action", "Choose a plan of action", "[S14][S19]", EvidenceStatus.Confirmed),
        new("dispute.modify-communication-or-expectations", "Modify communication, expectations, or both, to resolve the dispute", "[S14][S19]", EvidenceStatus.Confirmed),
    ];

    private static readonly ProblemAreaStrategyStep[] StrategyList =
    [
        new("dispute.determine-stage", "Determine the stage of the dispute: renegotiation, impasse or dissolution", "[S19][S21]", EvidenceStatus.Weak),
        new("dispute.find-non-reciprocal-expectations", "Find the non-reciprocal expectations behind the struggle", "[S14][S19]", EvidenceStatus.Confirmed),
        new("dispute.look-for-covert-disputes", "Look for hidden conflict and for omissions in the inventory when no precipitant is visible", "[S19]", EvidenceStatus.Weak),
        new("dispute.neutral-stance", "Take no position on the outcome (stay, change or leave)", "[S19]", EvidenceStatus.Weak),
    ];

    private static readonly string[] TechniqueList = ["TECH-CA", "TECH-DA", "TECH-RP", "TECH-AFF", "TECH-CLAR", "TECH-REL"];

    /// <inheritdoc />
    public ProblemArea Area => ProblemArea.RoleDispute;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaGoal> Goals => GoalList;

    /// <inheritdoc />
    public IReadOnlyList<ProblemAreaStrategyStep> Strategies => StrategyList;

    /// <inheritdoc />
    public IReadOnlyList<string> RecommendedTechniques => TechniqueList;

    /// <inheritdoc />
    public Type FocusType => typeof(RoleDisputeFocus);

    /// <inheritdoc />
    public string Sources => "[S14][S19][S21]";

    /// <summary>What the work becomes once the dispute reaches dissolution (<see cref="DisputeStages.DissolutionRefocus"/>).</summary>
    public static DissolutionRefocus DissolutionRefocus => DisputeStages.DissolutionRefocus;

    /// <inheritdoc />
    public Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings) => GoalAssessor.Assess(Area, GoalList, ratings);
}

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
