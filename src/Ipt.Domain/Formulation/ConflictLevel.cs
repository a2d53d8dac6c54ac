using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>How much conflict there is in a relationship.</summary>
public enum ConflictLevel
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>No conflict.</summary>
    None = 1,

    /// <summary>Occasional conflict.</summary>
    Low = 2,

    /// <summary>Frequent conflict.</summary>
    Moderate = 3,

    /// <summary>Severe or constant conflict.</summary>
    High = 4,
}
