using System.Linq;
using Ipt.Domain.Research.Calibration;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

public sealed class CalibrationTests
{
    [Fact]
    public void A_seeded_fit_moves_toward_a_known_target_reports_residuals_and_is_reproducible()
    {
        var settings = new SimulationSettings { CohortSize = 1_000, Seed = 21, ReviewFidelity = false };
        // The target is what a known, different model gives: the fit must move the defaults toward it.
        ArmSummary truth = CohortRunner.Summarise(settings with { SymptomModel = ExponentialDecaySymptomModel.Default with { RateMedian = 0.08, SlowResponderShare = 0.5 }, DropoutPerSession = 0.03 });
        var target = new CalibrationTarget(truth.Response.Rate, truth.Remission!.Rate, truth.Dropout.Rate, truth.Change.Mean);

        CalibrationResult fit = SymptomModelCalibration.Fit(settings, target, evaluations: 30, searchSeed: 3);
        Assert.Equal(30, fit.Evaluations);
        Assert.True(fit.Loss < 0.25 * fit.InitialLoss, $"loss {fit.Loss} against initial {fit.InitialLoss}");
        Assert.Equal(["response", "remission", "dropout", "change"], fit.Residuals.Select(r => r.Measure));
        Assert.Equal(fit.Fitted.Response.Rate - target.Response!.Value, fit.Residuals[0].Residual, 12);
        Assert.Equal(fit, SymptomModelCalibration.Fit(settings, target, evaluations: 30, searchSeed: 3));
    }
}
