using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of perinatal IPT, with documented defaults (brief §14.3).</summary>
public sealed record PerinatalIptSettings
{
    /// <summary>Protocol id. Default <c>ipt-perinatal</c>.</summary>
    public string Id { get; init; } = PerinatalIpt.Id;

    /// <summary>Planned weekly sessions. Default 12 (IPT for postpartum depression [S86][S87]); partner-assisted IPT uses 8 [S85].</summary>
    public int PlannedSessions { get; init; } = 12;

    /// <summary>Sessions in the initial phase. Default 3 (unconfirmed for perinatal IPT).</summary>
    public int InitialSessions { get; init; } = 3;

    /// <summary>Sessions in the termination phase. Default 3 (unconfirmed for perinatal IPT).</summary>
    public int TerminationSessions { get; init; } = 3;

    /// <summary>When true, the partner attends every session (partner-assisted IPT, PA-IPT [S85]). Default false.</summary>
    public bool PartnerAssisted { get; init; }

    /// <summary>Measurement schedule. Default EPDS every 4 sessions and at the end: assessments every 4 weeks [S86], EPDS [S107].</summary>
    public MeasurementSchedule Measurement { get; init; } = PerinatalIpt.EpdsEveryFourSessions;
}
