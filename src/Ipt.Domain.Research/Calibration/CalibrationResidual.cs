using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Calibration;

/// <summary>One residual of a fit.</summary>
/// <param name="Measure"><c>response</c>, <c>remission</c>, <c>dropout</c> or <c>change</c>.</param>
/// <param name="Target">Target value.</param>
/// <param name="Fitted">Value of the fitted model.</param>
public sealed record CalibrationResidual(string Measure, double Target, double Fitted)
{
    /// <summary>Fitted minus target.</summary>
    public double Residual => Fitted - Target;
}
