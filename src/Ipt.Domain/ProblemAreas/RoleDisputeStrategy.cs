using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

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
