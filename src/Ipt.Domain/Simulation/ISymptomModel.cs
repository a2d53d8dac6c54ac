
namespace Ipt.Domain.Simulation;

/// <summary>
/// Symptom trajectories for the simulator. Implementations must be thread-safe and pure: every random number comes from
/// the <see cref="SimulationRandom"/> passed in (the course's own stream), so the same seed gives the same cohort.
/// </summary>
public interface ISymptomModel
{
    /// <summary>Draws one client's parameters at the start of a course.</summary>
    /// <param name="random">The course's random stream.</param>
    SymptomState Begin(ref SimulationRandom random);

    /// <summary>
    /// Depression severity at a measurement point, as a fraction of the PHQ-9 range (PHQ-9 total / 27, in [0, 1]).
    /// The simulator turns it into the total of each scheduled instrument (fraction × the instrument's maximum, rounded).
    /// </summary>
    /// <param name="state">The client's parameters.</param>
    /// <param name="attendedSessions">Sessions the client attended so far, this one included (1 at the first session).</param>
    /// <param name="random">The course's random stream.</param>
    double Severity(in SymptomState state, int attendedSessions, ref SimulationRandom random);

    /// <summary>Whether the self-harm item (PHQ-9 item 9, EPDS item 10) is answered above zero at this measurement.</summary>
    /// <param name="state">The client's parameters.</param>
    /// <param name="severity">The severity <see cref="Severity"/> just returned.</param>
    /// <param name="random">The course's random stream.</param>
    bool SelfHarmItemPositive(in SymptomState state, double severity, ref SimulationRandom random);
}
