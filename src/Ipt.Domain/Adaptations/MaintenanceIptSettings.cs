using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of Maintenance IPT, with documented defaults (brief §9, §11.2).</summary>
public sealed record MaintenanceIptSettings
{
    /// <summary>Protocol id. Default <c>ipt-m</c>.</summary>
    public string Id { get; init; } = MaintenanceIpt.Id;

    /// <summary>Cadence. Default monthly [S31][S32]; the 2007 trial also used weekly and twice-monthly with equal effect [S32].</summary>
    public Cadence Cadence { get; init; } = Cadence.Monthly;

    /// <summary>Sessions of a standard contract. Default 24: two years monthly, the 2007 trial [S32].</summary>
    public int PlannedSessions { get; init; } = 24;

    /// <summary>Fewest sessions of a completed contract. Default 1: the contract is open-ended and the clinic's (product decision).</summary>
    public int MinimumSessions { get; init; } = 1;

    /// <summary>Most sessions of an initial contract. Default 36: three years monthly, Pittsburgh [S31].</summary>
    public int MaximumSessions { get; init; } = 36;

    /// <summary>Most sessions after extensions. Default 120, ten years monthly: open-ended in practice (product decision).</summary>
    public int HardCap { get; init; } = 120;

    /// <summary>Days an interval may differ from the cadence before <see cref="CadenceReview"/> lists it. Default 7 (product decision).</summary>
    public int CadenceToleranceDays { get; init; } = 7;

    /// <summary>Measurement schedule. Default <see cref="MeasurementSchedule.IptInstitutePortfolio"/> (brief silent for IPT-M).</summary>
    public MeasurementSchedule Measurement { get; init; } = MeasurementSchedule.IptInstitutePortfolio;
}
