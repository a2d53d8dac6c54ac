using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of DIT, with documented defaults (brief §16.1, C12).</summary>
public sealed record DynamicInterpersonalTherapySettings
{
    /// <summary>Protocol id. Default <c>dit</c>.</summary>
    public string Id { get; init; } = DynamicInterpersonalTherapy.Id;

    /// <summary>Calendar span in weeks. Default 22: "16 sessions over about 5 months" [S63] (C12).</summary>
    public int CalendarSpanWeeks { get; init; } = 22;

    /// <summary>Measurement schedule. Default PHQ-9 and GAD-7 every session, as in the pilot [S64].</summary>
    public MeasurementSchedule Measurement { get; init; } = MeasurementSchedule.DitEverySession;
}
