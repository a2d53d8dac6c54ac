
namespace Ipt.Domain.Simulation;

/// <summary>
/// One simulated client's symptom parameters, drawn once per course by <see cref="ISymptomModel.Begin"/>. The four
/// values are read only by the model that drew them; the default model reads them as named (PHQ-9 points and a rate
/// per attended session). A custom model may give them its own meaning.
/// </summary>
/// <param name="Baseline">Severity before treatment (default model: PHQ-9 points).</param>
/// <param name="Floor">Severity the trajectory approaches (default model: PHQ-9 points).</param>
/// <param name="Rate">Speed of improvement (default model: decay per attended session).</param>
/// <param name="Noise">Measurement noise (default model: standard deviation in PHQ-9 points).</param>
public readonly record struct SymptomState(double Baseline, double Floor, double Rate, double Noise);
