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
        ArgumentException model = Assert.Throws<ArgumentException>(() => SymptomModelCalibration.Fit(Small with { SymptomModel = new OtherModel() }, target));
        Assert.Equal("settings", model.ParamName);
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SymptomModelCalibration.Fit(Small, new CalibrationTarget(0.5, null, null, null), evaluations: 3, cancellationToken: cts.Token));
    }

    private sealed class OtherModel : ISymptomModel
    {
        public SymptomState Begin(ref SimulationRandom random) => new(20, 5, 0.1, 0);

        public double Severity(in SymptomState state, int attendedSessions, ref SimulationRandom random) => state.Baseline;

        public bool SelfHarmItemPositive(in SymptomState state, double severity, ref SimulationRandom random) => false;
    }
}
