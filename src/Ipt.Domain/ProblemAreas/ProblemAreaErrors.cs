using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// Stable error codes of the problem-area rules. Codes are public API; messages never repeat caller text.
/// </summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class ProblemAreaErrors
{
    /// <summary>A name did not resolve to any problem area, code or documented alias.</summary>
    public const string UnknownAreaCode = "problem-area.unknown";

    /// <summary>A goal rating named a goal code that the area does not have.</summary>
    public const string UnknownGoalCode = "problem-area.goal-unknown";

    /// <summary>A grief-type term did not resolve to a grief type.</summary>
    public const string UnknownGriefTypeCode = "grief.type-unknown";

    /// <summary>A requested dispute-stage move is not an edge of the dispute-stage table.</summary>
    public const string StageTransitionNotAllowedCode = "dispute.stage-transition-not-allowed";

    /// <summary>A requested dispute-stage move names the stage the dispute is already in.</summary>
    public const string StageUnchangedCode = "dispute.stage-unchanged";

    internal static DomainError UnknownArea() =>
        new(UnknownAreaCode, "The name does not match any problem area, code or documented alias.");

    internal static DomainError UnknownGoal(ProblemArea area) =>
        new(UnknownGoalCode, "A goal rating names a goal that the " + ProblemAreaCatalog.Code(area) + " area does not have.");

    internal static DomainError UnknownGriefType() =>
        new(UnknownGriefTypeCode, "The term does not match any grief type or documented older grief label.");

    internal static DomainError StageTransitionNotAllowed(DisputeStage from, DisputeStage to) =>
        new(StageTransitionNotAllowedCode,
            "A role dispute cannot move from " + from + " to " + to + "; " +
            (from == DisputeStage.Dissolution
                ? "dissolution is final (the work turns to mourning the relationship and the transition out of it)."
                : "that move is not in the dispute-stage table."));

    internal static DomainError StageUnchanged(DisputeStage stage) =>
        new(StageUnchangedCode, "The role dispute is already at the " + stage + " stage.");
}
