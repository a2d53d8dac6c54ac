using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Simulation;

/// <summary>
/// Clinical decisions in a simulated course, taken through the course's own commands. Implementations must be
/// thread-safe (one instance serves every worker) and draw any randomness from the <see cref="SimulationRandom"/> passed in.
/// A command the course rejects is simply not applied; the simulator keeps going and reports the course as it ends up.
/// </summary>
public interface IClinicianPolicy
{
    /// <summary>Called after every recorded session (and after the measures due at it were recorded).</summary>
    /// <param name="course">The course.</param>
    /// <param name="context">The session and what is known so far.</param>
    /// <param name="random">The course's random stream.</param>
    void AfterSession(TreatmentCourse course, in SimulationContext context, ref SimulationRandom random);

    /// <summary>Called when a recorded measure raised a safety concern (RULE-10).</summary>
    /// <param name="course">The course.</param>
    /// <param name="concern">Number of the concern.</param>
    /// <param name="raisedOn">Date of the measure.</param>
    void OnSafetyConcern(TreatmentCourse course, int concern, DateOnly raisedOn);
}
