using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Detail of an IPSRT grief-for-the-lost-healthy-self focus [S51] (weak).</summary>
/// <param name="DiagnosedOn">When the illness was diagnosed, if known.</param>
public sealed record LostHealthySelfFocus(DateOnly? DiagnosedOn) : ProblemAreaFocus
{
    /// <inheritdoc />
    [System.Text.Json.Serialization.JsonIgnore]
    public override ProblemArea Area => ProblemArea.GriefForLostHealthySelf;

    /// <summary>What the patient feels was lost with the illness, as private text.</summary>
    public PrivateNote? LostSelfDescription { get; init; }
}
