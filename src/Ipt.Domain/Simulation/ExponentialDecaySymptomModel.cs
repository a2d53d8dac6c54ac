using System;

namespace Ipt.Domain.Simulation;

/// <summary>
/// The default symptom model: PHQ-9 severity decays exponentially with attended sessions from a baseline toward a
/// floor, <c>floor + (baseline − floor) · exp(−rate · attended) + noise</c>, with per-client baseline, floor and rate.
/// A share of clients are slow responders whose rate is scaled down. The parameters are illustrative, chosen to give
/// plausible IPT-like response and remission rates; they are not fitted to trial data.
/// </summary>
public sealed record ExponentialDecaySymptomModel : ISymptomModel
{
    /// <summary>The model with its default parameters.</summary>
    public static ExponentialDecaySymptomModel Default { get; } = new();

    /// <summary>Mean baseline PHQ-9 total. Default 17 (moderately severe, band 15–19 [S103]).</summary>
    public double BaselineMean { get; init; } = 17;

    /// <summary>Standard deviation of the baseline. Default 4.</summary>
    public double BaselineSd { get; init; } = 4;

    /// <summary>Lowest baseline drawn. Default 10, the PHQ-9 cut-off for major depression [S104].</summary>
    public double BaselineMinimum { get; init; } = 10;

    /// <summary>Mean floor the trajectory approaches, in PHQ-9 points. Default 3.</summary>
    public double FloorMean { get; init; } = 3;

    /// <summary>Standard deviation of the floor. Default 2 (drawn values below 0 are set to 0).</summary>
    public double FloorSd { get; init; } = 2;

    /// <summary>Median decay rate per attended session. Default 0.2 (half-way to the floor after about 3.5 sessions).</summary>
    public double RateMedian { get; init; } = 0.2;

    /// <summary>Spread of the rate: standard deviation of its natural logarithm. Default 0.5.</summary>
    public double RateLogSd { get; init; } = 0.5;

    /// <summary>Share of slow responders. Default 0.3.</summary>
    public double SlowResponderShare { get; init; } = 0.3;

    /// <summary>Factor applied to a slow responder's rate. Default 0.15.</summary>
    public double SlowResponderRateFactor { get; init; } = 0.15;

    /// <summary>Standard deviation of the noise at each measurement, in PHQ-9 points. Default 1.5.</summary>
    public double NoiseSd { get; init; } = 1.5;

    /// <summary>Chance that the self-harm item is positive at the highest severity; it scales with severity. Default 0.15.</summary>
    public double SelfHarmAtMaximum { get; init; } = 0.15;

    /// <inheritdoc />
    public SymptomState Begin(ref SimulationRandom random)
    {
        double baseline = Math.Clamp(BaselineMean + (BaselineSd * random.NextGaussian()), BaselineMinimum, 27);
        double floor = Math.Clamp(FloorMean + (FloorSd * random.NextGaussian()), 0, baseline);
        double rate = RateMedian * Math.Exp(RateLogSd * random.NextGaussian());
        if (random.Chance(SlowResponderShare))
        {
            rate *= SlowResponderRateFactor;
        }

        return new SymptomState(baseline, floor, rate, NoiseSd);
    }

    /// <inheritdoc />
    public double Severity(in SymptomState state, int attendedSessions, ref SimulationRandom random)
    {
        // The first measurement point is the baseline: no treatment effect before the first session's work.
        int treated = Math.Max(0, attendedSessions - 1);
        double points = state.Floor + ((state.Baseline - state.Floor) * Math.Exp(-state.Rate * treated)) + (state.Noise * random.NextGaussian());
        return Math.Clamp(points, 0, 27) / 27.0;
    }

    /// <inheritdoc />
    public bool SelfHarmItemPositive(in SymptomState state, double severity, ref SimulationRandom random) =>
        random.Chance(SelfHarmAtMaximum * severity);
}
