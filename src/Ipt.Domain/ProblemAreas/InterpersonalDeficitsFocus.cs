using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Detail of an interpersonal-deficits focus (<c>PA-DEFICITS</c>) [S02].</summary>
/// <param name="Pattern">The pattern of isolation; at least one flag.</param>
/// <param name="PriorFunctioning">Level of prior functioning.</param>
public sealed record InterpersonalDeficitsFocus(IsolationPattern Pattern, PriorFunctioning PriorFunctioning) : ProblemAreaFocus
{
    /// <summary>RULE-08 [S02]: the prognosis note every deficits focus carries.</summary>
    public const string PrognosisNote =
        "Interpersonal deficits have poorer outcomes than the other problem areas; if there is no improvement, consider another psychotherapy or IPT plus medication (RULE-08).";

    private const IsolationPattern AllPatterns = IsolationPattern.FewAttachments | IsolationPattern.ImpairedSocialSkills |
        IsolationPattern.SocialDiscomfort | IsolationPattern.ChronicIsolation | IsolationPattern.UnsatisfyingRelationships;

    /// <summary>The pattern of isolation.</summary>
    public IsolationPattern Pattern { get; init; } = Pattern is IsolationPattern.None || (Pattern & ~AllPatterns) != 0
        ? throw new ArgumentOutOfRangeException(nameof(Pattern), Pattern, "Record at least one defined isolation pattern.")
        : Pattern;

    /// <summary>Level of prior functioning.</summary>
    public PriorFunctioning PriorFunctioning { get; init; } = Guard.Against.UndefinedEnum(PriorFunctioning);

    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.InterpersonalDeficits;

    /// <summary>Optional private description of prior functioning.</summary>
    public PrivateNote? PriorFunctioningNote { get; init; }
}
