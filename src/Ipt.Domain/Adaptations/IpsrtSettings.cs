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

    /// <summary>
    /// Cadence of the preventive stage (four stages). Default <see cref="Cadence.Fortnightly"/>: the sources put the
    /// preventive work after the weekly initial and intermediate sessions (Frank, Swartz &amp; Boland 2007) and the
    /// Pittsburgh maintenance protocol began with three months of twice-monthly sessions (Frank 2005); weekly by the
    /// acute-course reading of ipsrt.org [S56] ("acute phase about 20 weeks"). Contested: decision 0033.
    /// <see cref="Cadence.Weekly"/> gives the layout before this setting existed (20 sessions over 20 weeks).
    /// </summary>
    public Cadence PreventiveCadence { get; init; } = Cadence.Fortnightly;

    /// <summary>
    /// Cadence of the open-ended last phase: the final stage (four stages) or the maintenance phase (three phases).
    /// Default <see cref="Cadence.Monthly"/>: the Pittsburgh maintenance protocol's 21 monthly sessions after the
    /// twice-monthly ones (Frank 2005); the final stage "gradually reduces session frequency" [S96] (weak). Decision 0033.
    /// </summary>
    public Cadence MaintenanceCadence { get; init; } = Cadence.Monthly;
}
