using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of IPSRT, with documented defaults (brief §15.1, C01, C20, C22).</summary>
public sealed record IpsrtSettings
{
    /// <summary>Protocol id. Default <c>ipsrt</c>.</summary>
    public string Id { get; init; } = Ipsrt.Id;

    /// <summary>Stage structure. Default the four-stage superset (C22).</summary>
    public IpsrtStructure Structure { get; init; } = IpsrtStructure.FourStages;

    /// <summary>Weekly sessions of the acute course. Default 20: "acute phase about 20 weeks" [S56] (C01).</summary>
    public int AcuteSessions { get; init; } = 20;

    /// <summary>Fewest acute sessions of a completed course. Default 18 ("about 20", product default).</summary>
    public int MinimumSessions { get; init; } = 18;

    /// <summary>Most sessions after extensions. Default 30: IPSRT has no 16-session cap (product default).</summary>
    public int HardCap { get; init; } = 30;

    /// <summary>Sessions of the initial stage. Default 4: "from 2 weeks to 2 months" [S59] (C20).</summary>
    public int InitialSessions { get; init; } = 4;

    /// <summary>Sessions of the preventive stage in the four-stage structure. Default 4 (unconfirmed).</summary>
    public int PreventiveSessions { get; init; } = 4;
}
