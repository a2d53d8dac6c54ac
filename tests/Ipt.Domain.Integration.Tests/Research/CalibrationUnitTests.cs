using System;
using System.Linq;
using System.Threading;
using Ipt.Domain.Research.Calibration;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>The calibration's contract on small cohorts: what one evaluation returns, the loss it minimises, the
/// parameter bounds it keeps, and what it refuses.</summary>
public sealed class CalibrationUnitTests
{
    private static readonly SimulationSettings Small = new() { CohortSize = 120, Seed = 5, ReviewFidelity = false };

    [Fact]
    public void One_evaluation_returns_the_starting_model_and_its_summary()
    {
        var target = new CalibrationTarget(0.5, 0.3, 0.2, -8);
        CalibrationResult fit = SymptomModelCalibration.Fit(Small, target, evaluations: 1);
        Assert.Equal(ExponentialDecaySymptomModel.Default, fit.Model);
        Assert.Equal(Small.DropoutPerSession, fit.DropoutPerSession);
        Assert.Equal(1, fit.Evaluations);
        Assert.Equal(fit.InitialLoss, fit.Loss);
        Assert.Equal(CohortRunner.Summarise(Small), fit.Fitted);
        Assert.Equal(fit.Fitted, fit.Analysed);
    }

    [Fact]
    public void The_loss_is_the_sum_of_squared_residuals_with_the_change_in_units_of_five_points()
    {
        var target = new CalibrationTarget(0.5, 0.3, 0.2, -8);
        CalibrationResult fit = SymptomModelCalibration.Fit(Small, target, evaluations: 1);
        ArmSummary s = fit.Fitted;
        Assert.Equal(
            [new CalibrationResidual("response", 0.5, s.Response.Rate), new CalibrationResidual("remission", 0.3, s.Remission!.Rate), new CalibrationResidual("dropout", 0.2, s.Dropout.Rate), new CalibrationResidual("change", -8, s.Change.Mean)],
            fit.Residuals);
        double expected = Math.Pow(s.Response.Rate - 0.5, 2) + Math.Pow(s.Remission.Rate - 0.3, 2) + Math.Pow(s.Dropout.Rate - 0.2, 2) + Math.Pow((s.Change.Mean + 8) / 5, 2);
        Assert.Equal(expected, fit.Loss, 12);
        Assert.Equal(s.Change.Mean + 8, fit.Residuals[3].Residual, 12);
    }

    [Fact]
    public void A_search_never_ends_worse_than_it_started_and_keeps_the_parameters_within_their_bounds()
    {
        // A target no model reaches pushes the parameters to their bounds.
        var target = new CalibrationTarget(1.0, 1.0, 0.0, -40);
        CalibrationResult fit = SymptomModelCalibration.Fit(Small, target, evaluations: 12, searchSeed: 4);
        Assert.Equal(12, fit.Evaluations);
        Assert.True(fit.Loss < fit.InitialLoss, $"loss {fit.Loss} against initial {fit.InitialLoss}");
        Assert.InRange(fit.Model.RateMedian, 0.01, 0.8);
        Assert.InRange(fit.Model.FloorMean, 0, 12);
        Assert.InRange(fit.Model.SlowResponderShare, 0, 0.9);
        Assert.InRange(fit.DropoutPerSession, 0, 0.08);
        Assert.True(fit.DropoutPerSession < Small.DropoutPerSession, "a zero dropout target lowers the dropout chance");
        Assert.Equal(CohortRunner.Summarise(Small with { SymptomModel = fit.Model, DropoutPerSession = fit.DropoutPerSession }), fit.Fitted);
    }

    [Fact]
    public void A_remission_target_on_a_summary_without_remission_counts_as_zero()
    {
        // Criteria without a remission cut-off: no remission estimate, so the residual is against 0.
        var criteria = new Ipt.Domain.Measures.OutcomeCriteria("phq9-response50", "phq-9", 0.5, null, "[S114]");
        SimulationSettings settings = Small with { OutcomeCriteria = [criteria] };
        CalibrationResult fit = SymptomModelCalibration.Fit(settings, new CalibrationTarget(null, 0.4, null, null), evaluations: 1);
        Assert.Null(fit.Fitted.Remission);
        Assert.Equal(new CalibrationResidual("remission", 0.4, 0), Assert.Single(fit.Residuals));
        Assert.Equal(0.16, fit.Loss, 12);
        Assert.Equal(-0.4, fit.Residuals[0].Residual, 12);
    }

    [Fact]
    public void Misuse_is_refused()
    {
        var target = new CalibrationTarget(0.5, null, null, null);
        Assert.Throws<ArgumentNullException>(() => SymptomModelCalibration.Fit(null!, target));
        Assert.Throws<ArgumentNullException>(() => SymptomModelCalibration.Fit(Small, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => SymptomModelCalibration.Fit(Small, target, evaluations: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SymptomModelCalibration.Fit(Small, target, evaluations: 100_001));
        ArgumentException empty = Assert.Throws<ArgumentException>(() => SymptomModelCalibration.Fit(Small, new CalibrationTarget(null, null, null, null)));
        Assert.Equal("target", empty.ParamName);
        Assert.StartsWith("A calibration target needs at least one measure.", empty.Message, StringComparison.Ordinal);
        ArgumentException model = Assert.Throws<ArgumentException>(() => SymptomModelCalibration.Fit(Small with { SymptomModel = new OtherModel() }, target));
        Assert.Equal("settings", model.ParamName);
        Assert.Contains(nameof(ExponentialDecaySymptomModel), model.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SymptomModelCalibration.Fit(Small, new CalibrationTarget(0.5, null, null, null), evaluations: 3, cancellationToken: cts.Token));
    }

    [Fact]
    public void A_move_is_a_normal_deviate_in_steps_of_the_parameters_range_kept_within_it()
    {
        Assert.Equal(0.7, SymptomModelCalibration.Move(0.5, 1, 0.1, 0, 2), 12);
        Assert.Equal(0.44, SymptomModelCalibration.Move(0.5, -0.5, 0.2, 0.2, 0.8), 12);
        Assert.Equal(2, SymptomModelCalibration.Move(1.9, 3, 0.1, 0, 2));
        Assert.Equal(0, SymptomModelCalibration.Move(0.1, -3, 0.1, 0, 2));
    }

    [Fact]
    public void The_step_grows_by_half_after_a_better_move_and_shrinks_by_15_percent_after_a_worse_one_within_its_limits()
    {
        Assert.Equal(0.15, SymptomModelCalibration.Grow(0.1), 12);
        Assert.Equal(0.4, SymptomModelCalibration.Grow(0.3));
        Assert.Equal(0.085, SymptomModelCalibration.Shrink(0.1), 12);
        Assert.Equal(0.005, SymptomModelCalibration.Shrink(0.005));
        Assert.Equal(0.15, SymptomModelCalibration.NextStep(0.1, improved: true), 12);
        Assert.Equal(0.085, SymptomModelCalibration.NextStep(0.1, improved: false), 12);
    }

    [Fact]
    public void A_candidate_is_kept_only_when_it_lowers_the_loss()
    {
        Assert.True(SymptomModelCalibration.Improves(0.1, 0.2));
        Assert.False(SymptomModelCalibration.Improves(0.2, 0.2));
        Assert.False(SymptomModelCalibration.Improves(0.3, 0.2));
    }

    [Fact]
    public void The_search_draws_standard_normal_deviates()
    {
        var random = new Random(42);
        double[] draws = [.. Enumerable.Range(0, 20_000).Select(_ => SymptomModelCalibration.NextGaussian(random))];
        double mean = draws.Average();
        double sd = Math.Sqrt(draws.Sum(x => (x - mean) * (x - mean)) / (draws.Length - 1));
        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(sd, 0.97, 1.03);
        Assert.InRange(draws.Count(x => Math.Abs(x) > 1.96) / (double)draws.Length, 0.04, 0.06);
        Assert.All(draws, x => Assert.True(double.IsFinite(x)));
    }

    [Fact]
    public void The_OHara_2000_preset_records_the_published_arm_its_source_and_a_close_fit()
    {
        SymptomModelPreset p = SymptomModelPresets.OHara2000;
        Assert.Equal("ohara-2000", p.Name);
        Assert.Contains("O'Hara MW", p.Source, StringComparison.Ordinal);
        Assert.Contains("Arch Gen Psychiatry 2000;57:1039-1045", p.Source, StringComparison.Ordinal);
        Assert.Contains("52/27", p.Mapping, StringComparison.Ordinal);

        // The abstract's completers: recovery (HRSD <= 6) in 37.5 %, HRSD 19.4 -> 8.3; attrition 21 of 120.
        Assert.Equal(new CalibrationTarget(null, 0.375, 0.175, 8.3 - 19.4) { Analysis = CalibrationAnalysis.Completers }, p.Target);
        Assert.Equal(["remission", "dropout", "change"], p.Residuals.Select(r => r.Measure));
        Assert.Equal([0.375, 0.175, 8.3 - 19.4], p.Residuals.Select(r => r.Target));
        Assert.All(p.Residuals, r => Assert.True(Math.Abs(r.Residual) < (r.Measure == "change" ? 0.1 : 0.005), r.Measure));

        Assert.Equal(["ohara-2000-hrsd-every-4"], p.Settings.Protocol.MeasurementSchedules.Select(s => s.Id));
        Assert.False(p.Settings.ReviewFidelity);
        Assert.Equal(19.4 * 27 / 52, ((ExponentialDecaySymptomModel)p.CalibrationStart.SymptomModel).BaselineMean, 9);
        Assert.Throws<ArgumentNullException>(() => p.ApplyTo(null!));
    }

    private sealed class OtherModel : ISymptomModel
    {
        public SymptomState Begin(ref SimulationRandom random) => new(20, 5, 0.1, 0);

        public double Severity(in SymptomState state, int attendedSessions, ref SimulationRandom random) => state.Baseline;

        public bool SelfHarmItemPositive(in SymptomState state, double severity, ref SimulationRandom random) => false;
    }
}
