using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>
/// The contested values of standard acute IPT, as settings with documented defaults (brief §3, C01, C02, TERM-01).
/// Sources disagree on phase boundaries (initial 1–3 or 1–4; termination the last 1–2 or 3 sessions) and on
/// total length; pick the clinic's own values here.
/// </summary>
public sealed record StandardIptSettings
{
    /// <summary>Protocol id. Default <c>ipt</c>. Give a clinic's own configuration its own id (e.g. <c>ipt-uk</c>), because a
    /// course history names its protocol by id and must be replayed on the same numbers.</summary>
    public string Id { get; init; } = StandardIpt.Id;

    /// <summary>Sessions in the initial phase. Default 3: "sessions 1–3" [S06][S52][S12]; IPT-UK uses 4 [S07] (C02, C20).</summary>
    public int InitialSessions { get; init; } = 3;

    /// <summary>Sessions in the termination phase. Default 3: "last 3 sessions" [S52]; Stuart gives 1–2 [S12] (C02).</summary>
    public int TerminationSessions { get; init; } = 3;

    /// <summary>Planned sessions. Default 16, the top of "12–16 weekly sessions" [S05][S09] (C01).</summary>
    public int PlannedSessions { get; init; } = 16;

    /// <summary>Fewest sessions of a completed course. Default 12, the bottom of "12–16" [S05] (C01).</summary>
    public int MinimumSessions { get; init; } = 12;

    /// <summary>Most sessions of an initial contract. Default 16 [S05].</summary>
    public int MaximumSessions { get; init; } = 16;

    /// <summary>Most sessions after extensions. Default 20: variants run up to 20 (C01: "allow variants up to 20"; [S84][S133]).</summary>
    public int HardCap { get; init; } = 20;

    /// <summary>Sessions that must remain when the ending is raised. Default 3; the Comprehensive Guide says "at least 2–4 sessions before" [S09] (TERM-01, M6).</summary>
    public int TerminationNoticeSessions { get; init; } = 3;

    /// <summary>Formulation rules. Default: the four areas, at most 2 foci (contested), one preferred [S14][S29].</summary>
    public FormulationRules Formulation { get; init; } = FormulationRules.StandardIpt;

    /// <summary>Measurement schedule. Default: PHQ-9 and GAD-7 every 4 sessions (IPT Institute portfolio [S13]);
    /// <see cref="MeasurementSchedule.StandardIptWeeklyPhq9"/> follows "repeat the scale regularly, e.g. weekly" [S06].</summary>
    public MeasurementSchedule Measurement { get; init; } = MeasurementSchedule.IptInstitutePortfolio;

    /// <summary>Whether a course may continue into maintenance after termination (TERM-07 [S34][S31]). Default true.</summary>
    public bool AllowMaintenance { get; init; } = true;
}
