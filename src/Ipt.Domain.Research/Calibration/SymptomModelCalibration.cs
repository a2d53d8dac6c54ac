using System;
using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Calibration;

/// <summary>
/// Fits <see cref="ExponentialDecaySymptomModel.RateMedian"/>, <see cref="ExponentialDecaySymptomModel.FloorMean"/>,
/// <see cref="ExponentialDecaySymptomModel.SlowResponderShare"/> and <see cref="SimulationSettings.DropoutPerSession"/>
/// to a target arm summary by a seeded (1+1) evolution strategy: every candidate runs on the same seeded population
/// (common random numbers, so the loss surface is smooth in the parameters); a better candidate replaces the current
/// one and widens the step, a worse one narrows it. Same settings and search seed → same result.
/// </summary>
public static class SymptomModelCalibration
{
    private static readonly (double Min, double Max)[] Bounds = [(0.01, 0.8), (0, 12), (0, 0.9), (0, 0.08)];

    /// <summary>Fits the model.</summary>
    /// <param name="settings">Protocol, cohort size (per evaluation) and seed; the symptom model must be an <see cref="ExponentialDecaySymptomModel"/>.</param>
    /// <param name="target">What to fit.</param>
    /// <param name="evaluations">Simulations to run, at least 1.</param>
    /// <param name="searchSeed">Seed of the search.</param>
    /// <param name="cancellationToken">Stops between evaluations.</param>
    /// <returns>The fit with its residuals.</returns>
    public static CalibrationResult Fit(SimulationSettings settings, CalibrationTarget target, int evaluations = 60, int searchSeed = 1, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(settings);
        Guard.Against.Null(target);
        Guard.Against.OutOfRange(evaluations, nameof(evaluations), 1, 100_000);
        if (target is { Response: null, Remission: null, Dropout: null, MeanChange: null })
        {
            throw new ArgumentException("A calibration target needs at least one measure.", nameof(target));
        }

        if (settings.SymptomModel is not ExponentialDecaySymptomModel start)
        {
            throw new ArgumentException("Calibration fits the ExponentialDecaySymptomModel.", nameof(settings));
        }

#pragma warning disable CA5394 // A seeded search, not security.
        var random = new Random(searchSeed);
#pragma warning restore CA5394
        double[] current = [start.RateMedian, start.FloorMean, start.SlowResponderShare, settings.DropoutPerSession];
        int searched = target.Dropout is null ? 3 : 4; // without a dropout target the dropout chance is held
        (double loss, ArmSummary summary, ArmSummary analysed) = Evaluate(settings, start, current, target);
        double initial = loss;
        double step = 0.15;
        int runs = 1;
        while (runs < evaluations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double[] candidate = [.. current];
            for (int i = 0; i < searched; i++)
            {
                (double min, double max) = Bounds[i];
                candidate[i] = Move(current[i], NextGaussian(random), step, min, max);
            }

            (double l, ArmSummary s, ArmSummary a) = Evaluate(settings, start, candidate, target);
            runs++;
            bool better = Improves(l, loss);
            if (better)
            {
                (loss, summary, analysed, current) = (l, s, a, candidate);
            }

            step = NextStep(step, better);
        }

        return new CalibrationResult(Model(start, current), current[3], summary, analysed, Residuals(summary, analysed, target), loss, initial, runs);
    }

    /// <summary>A standard normal deviate by the Box–Muller transform.</summary>
    internal static double NextGaussian(Random random)
    {
#pragma warning disable CA5394 // A seeded search, not security.
        double u1 = 1 - random.NextDouble(); // in (0, 1]: the logarithm stays finite
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * random.NextDouble());
#pragma warning restore CA5394
    }

    /// <summary>A candidate value: the current one moved by <paramref name="gaussian"/> steps of
    /// <paramref name="step"/> times the parameter's range, kept within the range.</summary>
    internal static double Move(double current, double gaussian, double step, double min, double max) =>
        Math.Clamp(current + (gaussian * step * (max - min)), min, max);

    /// <summary>True when a candidate is kept: only when it lowers the loss (a tie keeps the current parameters).</summary>
    internal static bool Improves(double candidateLoss, double loss) => candidateLoss < loss;

    /// <summary>The step after a move: <see cref="Grow"/> when it was kept, <see cref="Shrink"/> when not.</summary>
    internal static double NextStep(double step, bool improved) => improved ? Grow(step) : Shrink(step);

    /// <summary>The step after a move that lowered the loss: half as large again, at most 0.4 of the range.</summary>
    internal static double Grow(double step) => Math.Min(0.4, step * 1.5);

    /// <summary>The step after a move that did not: 15 % smaller, at least 0.005 of the range.</summary>
    internal static double Shrink(double step) => Math.Max(0.005, step * 0.85);

    private static ExponentialDecaySymptomModel Model(ExponentialDecaySymptomModel start, double[] p) =>
        start with { RateMedian = p[0], FloorMean = p[1], SlowResponderShare = p[2] };

    private static (double Loss, ArmSummary Summary, ArmSummary Analysed) Evaluate(SimulationSettings settings, ExponentialDecaySymptomModel start, double[] p, CalibrationTarget target)
    {
        SimulationSettings candidate = settings with { SymptomModel = Model(start, p), DropoutPerSession = p[3], ReviewFidelity = false };
        ArmSummary s, a;
        if (target.Analysis == CalibrationAnalysis.Completers)
        {
            var completers = new ArmTotals();
            s = CohortRunner.Run(candidate, null, null, null, null, completers, CancellationToken.None).ToSummary();
            a = completers.ToSummary();
        }
        else
        {
            s = a = CohortRunner.Summarise(candidate);
        }

        double loss = 0;
        foreach (CalibrationResidual r in Residuals(s, a, target))
        {
            double scaled = r.Measure == "change" ? r.Residual / 5 : r.Residual;
            loss += scaled * scaled;
        }

        return (loss, s, a);
    }

    private static EquatableArray<CalibrationResidual> Residuals(ArmSummary all, ArmSummary analysed, CalibrationTarget t)
    {
        var list = new List<CalibrationResidual>(4);
        if (t.Response is double response)
        {
            list.Add(new("response", response, analysed.Response.Rate));
        }

        if (t.Remission is double remission)
        {
            list.Add(new("remission", remission, analysed.Remission?.Rate ?? 0));
        }

        if (t.Dropout is double dropout)
        {
            list.Add(new("dropout", dropout, all.Dropout.Rate));
        }

        if (t.MeanChange is double change)
        {
            list.Add(new("change", change, analysed.Change.Mean));
        }

        return new(list);
    }
}
