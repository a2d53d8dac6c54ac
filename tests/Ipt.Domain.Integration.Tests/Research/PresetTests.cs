using System;
using System.Globalization;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Measures;
using Ipt.Domain.Research.Calibration;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

public sealed class PresetTests
{
    private static string Code(CalibrationResult fit) =>
        string.Create(CultureInfo.InvariantCulture, $"RateMedian = {fit.Model.RateMedian:R}, FloorMean = {fit.Model.FloorMean:R}, SlowResponderShare = {fit.Model.SlowResponderShare:R}; DropoutPerSession = {fit.DropoutPerSession:R}; residuals ")
        + string.Join("; ", fit.Residuals.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Measure} {r.Target:R} {r.Fitted:R}")))
        + string.Create(CultureInfo.InvariantCulture, $"; loss {fit.Loss:R} start {fit.InitialLoss:R}");

    [Fact]
    public void The_OHara_2000_preset_is_the_fit_it_records()
    {
        SymptomModelPreset preset = SymptomModelPresets.OHara2000;
        CalibrationResult fit = SymptomModelCalibration.Fit(preset.CalibrationStart, preset.Target, preset.Evaluations, preset.SearchSeed);
        string actual = Code(fit);
        Assert.True(Math.Abs(fit.Model.RateMedian - preset.Model.RateMedian) < 1e-9, actual);
        Assert.True(Math.Abs(fit.Model.FloorMean - preset.Model.FloorMean) < 1e-9, actual);
        Assert.True(Math.Abs(fit.Model.SlowResponderShare - preset.Model.SlowResponderShare) < 1e-9, actual);
        Assert.True(Math.Abs(fit.DropoutPerSession - preset.Settings.DropoutPerSession) < 1e-9, actual);
        Assert.Equal(preset.Residuals.Select(r => r.Measure), fit.Residuals.Select(r => r.Measure));
        foreach ((CalibrationResidual recorded, CalibrationResidual again) in preset.Residuals.Zip(fit.Residuals))
        {
            Assert.Equal(recorded.Target, again.Target, 12);
            Assert.True(Math.Abs(recorded.Fitted - again.Fitted) < 1e-9, actual);
        }

        // The fitted arm is the preset's settings: the same summary.
        Assert.Equal(fit.Fitted, CohortRunner.Summarise(preset.Settings with { CohortSize = preset.CalibrationCourses, Seed = preset.CalibrationSeed }));
    }

    [Fact]
    public void The_OHara_2000_preset_comes_close_to_the_published_arm_on_a_fresh_population()
    {
        SymptomModelPreset preset = SymptomModelPresets.OHara2000;
        Assert.Equal("ham-d-17", preset.Settings.OutcomeCriteria[0].InstrumentCode);
        Assert.Equal(6, preset.Settings.OutcomeCriteria[0].RemissionMaximumTotal);
        Assert.Equal(12, preset.Settings.Protocol.Sessions.Planned);
        Assert.Equal(19.4 * 27 / 52, preset.Model.BaselineMean, 9);

        // Another seed than the calibration's: the fit is not an artefact of one population.
        (ArmSummary all, ArmSummary completers) = PresetCheck.Run(preset, 10_000, 77);
        Assert.Equal("ham-d-17", completers.Instrument);
        Assert.InRange(completers.Baseline.Mean, preset.ReportedBaseline - 1, preset.ReportedBaseline + 1);
        Assert.InRange(completers.Remission!.Rate, preset.Target.Remission!.Value - 0.05, preset.Target.Remission!.Value + 0.05);
        Assert.InRange(completers.Change.Mean, preset.Target.MeanChange!.Value - 1, preset.Target.MeanChange!.Value + 1);
        Assert.InRange(all.Dropout.Rate, preset.Target.Dropout!.Value - 0.03, preset.Target.Dropout!.Value + 0.03);
    }

    [Fact]
    public void Applying_a_preset_changes_the_symptom_model_and_dropout_chance_only()
    {
        SymptomModelPreset preset = SymptomModelPresets.OHara2000;
        var settings = new SimulationSettings { CohortSize = 10, Seed = 3, Protocol = BriefIpt.Definition };
        SimulationSettings applied = preset.ApplyTo(settings);
        Assert.Same(preset.Settings.SymptomModel, applied.SymptomModel);
        Assert.Equal(preset.Settings.DropoutPerSession, applied.DropoutPerSession);
        Assert.Equal(settings, applied with { SymptomModel = settings.SymptomModel, DropoutPerSession = settings.DropoutPerSession });
        Assert.True(SymptomModelPresets.TryGet("OHARA-2000", out SymptomModelPreset? found));
        Assert.Same(preset, found);
        Assert.False(SymptomModelPresets.TryGet("elkin-1989", out _));
    }

    [Fact]
    public void A_target_without_a_dropout_holds_the_dropout_chance_and_reports_only_the_measures_given()
    {
        var settings = new SimulationSettings { CohortSize = 400, Seed = 5, ReviewFidelity = false, DropoutPerSession = 0.02 };
        CalibrationResult fit = SymptomModelCalibration.Fit(settings, new CalibrationTarget(null, 0.3, null, -8), evaluations: 8, searchSeed: 2);
        Assert.Equal(0.02, fit.DropoutPerSession);
        Assert.Equal(["remission", "change"], fit.Residuals.Select(r => r.Measure));
        Assert.Throws<ArgumentException>(() => SymptomModelCalibration.Fit(settings, new CalibrationTarget(null, null, null, null), 2));
    }

    [Fact]
    public void The_completer_analysis_compares_the_targets_with_completed_courses_only()
    {
        var settings = new SimulationSettings { CohortSize = 600, Seed = 9, ReviewFidelity = false, DropoutPerSession = 0.04 };
        CalibrationResult fit = SymptomModelCalibration.Fit(settings, new CalibrationTarget(null, null, 0.3, -9) { Analysis = CalibrationAnalysis.Completers }, evaluations: 1);
        Assert.Equal(fit.Fitted.Completion.Count, fit.Analysed.Courses);
        Assert.Equal(fit.Analysed.Completion.Count, fit.Analysed.Courses);
        Assert.Equal(fit.Analysed.Change.Mean, fit.Residuals.Single(r => r.Measure == "change").Fitted);
        Assert.Equal(fit.Fitted.Dropout.Rate, fit.Residuals.Single(r => r.Measure == "dropout").Fitted);
    }
}

/// <summary>Runs a preset's arm on another population: a fit of one evaluation is the settings' own summary.</summary>
internal static class PresetCheck
{
    public static (ArmSummary All, ArmSummary Completers) Run(SymptomModelPreset preset, int courses, long seed)
    {
        CalibrationResult r = SymptomModelCalibration.Fit(preset.Settings with { CohortSize = courses, Seed = seed }, preset.Target, evaluations: 1);
        return (r.Fitted, r.Analysed);
    }
}
