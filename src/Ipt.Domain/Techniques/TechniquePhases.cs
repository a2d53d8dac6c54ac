using System;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Techniques;

/// <summary>
/// The treatment phases a technique serves. Local to the catalogue: <see cref="Initial"/>, <see cref="Middle"/>
/// and <see cref="Termination"/> correspond to the phase kinds of the same names in the course model.
/// </summary>
[Flags]
public enum TechniquePhases
{
    /// <summary>No phase.</summary>
    None = 0,

    /// <summary>Initial phase.</summary>
    Initial = 1,

    /// <summary>Middle phase.</summary>
    Middle = 2,

    /// <summary>Termination phase.</summary>
    Termination = 4,

    /// <summary>All three phases.</summary>
    All = Initial | Middle | Termination,
}
