using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>How much support a relationship gives (inventory: sources of support [S05]).</summary>
public enum SupportLevel
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>No support.</summary>
    None = 1,

    /// <summary>Little support.</summary>
    Low = 2,

    /// <summary>Some support.</summary>
    Moderate = 3,

    /// <summary>Much support; a confiding relationship.</summary>
    High = 4,
}
