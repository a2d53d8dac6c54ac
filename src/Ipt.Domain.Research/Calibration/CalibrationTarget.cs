using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Calibration;

/// <summary>
/// A target arm summary to fit: rates as fractions, mean change in points of the primary instrument. A measure left
/// null is not fitted and has no residual (a trial may not report it); with no dropout target the settings'
/// <see cref="SimulationSettings.DropoutPerSession"/> is held, not searched. At least one measure must be given.
/// </summary>
/// <param name="Response">Response rate, or null.</param>
/// <param name="Remission">Remission rate, or null.</param>
/// <param name="Dropout">Dropout rate among all courses, or null.</param>
/// <param name="MeanChange">Mean change, endpoint minus baseline (negative = improvement), or null.</param>
public sealed record CalibrationTarget(double? Response, double? Remission, double? Dropout, double? MeanChange)
{
    /// <summary>Which courses <see cref="Response"/>, <see cref="Remission"/> and <see cref="MeanChange"/> describe.
    /// Default <see cref="CalibrationAnalysis.Evaluable"/>; <see cref="Dropout"/> always counts every course.</summary>
    public CalibrationAnalysis Analysis { get; init; } = CalibrationAnalysis.Evaluable;
}
