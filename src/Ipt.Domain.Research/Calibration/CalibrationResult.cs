using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Calibration;

/// <summary>The result of a fit.</summary>
/// <param name="Model">The fitted symptom model.</param>
/// <param name="DropoutPerSession">The fitted per-session dropout chance.</param>
/// <param name="Fitted">Summary of the fitted settings on the calibration population (every course).</param>
/// <param name="Analysed">Summary the response, remission and change targets were compared with: <paramref name="Fitted"/>
/// itself, or its completed courses under <see cref="CalibrationAnalysis.Completers"/>.</param>
/// <param name="Residuals">Residuals per measure.</param>
/// <param name="Loss">Weighted squared error of the fit (rates in fractions; change divided by 5 points).</param>
/// <param name="InitialLoss">Loss of the starting settings.</param>
/// <param name="Evaluations">Simulations run.</param>
public sealed record CalibrationResult(ExponentialDecaySymptomModel Model, double DropoutPerSession, ArmSummary Fitted, ArmSummary Analysed, EquatableArray<CalibrationResidual> Residuals, double Loss, double InitialLoss, int Evaluations);
