using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Calibration;

/// <summary>
/// A symptom model fitted to a published IPT trial arm, shipped as data: where the numbers come from, what was fitted,
/// the fitted parameters and the fit's residuals. <see cref="Settings"/> reproduce the fitted arm;
/// <see cref="ApplyTo"/> carries the fitted model and dropout chance to other settings.
/// </summary>
/// <param name="Name">Stable name, e.g. <c>ohara-2000</c>.</param>
/// <param name="Source">Citation of the trial and the place in it the numbers come from.</param>
/// <param name="Mapping">How the source's scale and analysis are mapped onto the simulator, in plain words.</param>
/// <param name="Target">The published figures the model was fitted to.</param>
/// <param name="ReportedBaseline">The published baseline mean on the source's scale (set, not fitted).</param>
/// <param name="Settings">The settings of the fitted arm: protocol, outcome criteria, the fitted symptom model and dropout chance.</param>
/// <param name="Residuals">The fit's residuals on its calibration population, as recorded when the preset was fitted.</param>
/// <param name="CalibrationCourses">Courses per evaluation of the fit.</param>
/// <param name="CalibrationSeed">Seed of the calibration population.</param>
/// <param name="Evaluations">Evaluations of the fit.</param>
/// <param name="SearchSeed">Seed of the search.</param>
public sealed record SymptomModelPreset(
    string Name,
    string Source,
    string Mapping,
    CalibrationTarget Target,
    double ReportedBaseline,
    SimulationSettings Settings,
    EquatableArray<CalibrationResidual> Residuals,
    int CalibrationCourses,
    long CalibrationSeed,
    int Evaluations,
    int SearchSeed)
{
    /// <summary>The fitted symptom model.</summary>
    public ExponentialDecaySymptomModel Model => (ExponentialDecaySymptomModel)Settings.SymptomModel;

    /// <summary>The settings the fit starts from: <see cref="Settings"/> with the unfitted starting model and dropout
    /// chance, <see cref="CalibrationCourses"/> courses and <see cref="CalibrationSeed"/>. Running
    /// <see cref="SymptomModelCalibration.Fit"/> on them with <see cref="Target"/>, <see cref="Evaluations"/> and
    /// <see cref="SearchSeed"/> gives the preset again (a test checks it).</summary>
    public SimulationSettings CalibrationStart { get; init; } = Settings;

    /// <summary><paramref name="settings"/> with this preset's fitted symptom model and per-session dropout chance; the
    /// protocol, outcome criteria and everything else stay as given.</summary>
    /// <param name="settings">Settings to change.</param>
    /// <returns>The changed settings.</returns>
    public SimulationSettings ApplyTo(SimulationSettings settings)
    {
        Guard.Against.Null(settings);
        return settings with { SymptomModel = Settings.SymptomModel, DropoutPerSession = Settings.DropoutPerSession };
    }
}
