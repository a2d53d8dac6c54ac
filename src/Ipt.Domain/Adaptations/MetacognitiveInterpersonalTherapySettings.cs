using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of individual MIT, with documented defaults (brief §16.2, C11).</summary>
public sealed record MetacognitiveInterpersonalTherapySettings
{
    /// <summary>Protocol id. Default <c>mit</c>.</summary>
    public string Id { get; init; } = MetacognitiveInterpersonalTherapy.Id;

    /// <summary>Weekly sessions of a standard course. Default 52: twelve months of weekly MIT [S71] (C11: use 12 months).</summary>
    public int PlannedSessions { get; init; } = 52;

    /// <summary>Most sessions. Default 104: two years of weekly MIT [S102].</summary>
    public int HardCap { get; init; } = 104;

    /// <summary>Sessions of the shared-formulation phase. Default 12 (unconfirmed; the sources give no range).</summary>
    public int SharedFormulationSessions { get; init; } = 12;
}
