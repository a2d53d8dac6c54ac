using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>Progress of a simulation, reported once per finished chunk of courses.</summary>
/// <param name="CoursesSimulated">Courses finished so far.</param>
/// <param name="CohortSize">Courses in the cohort.</param>
/// <param name="ChunksCompleted">Chunks finished so far.</param>
/// <param name="ChunkCount">Chunks in the cohort.</param>
public readonly record struct SimulationProgress(int CoursesSimulated, int CohortSize, int ChunksCompleted, int ChunkCount)
{
    /// <summary>Fraction done, in [0, 1].</summary>
    public double Fraction => CohortSize == 0 ? 1 : (double)CoursesSimulated / CohortSize;
}
