using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>How much attention a finding needs.</summary>
public enum FormulationFindingSeverity
{
    /// <summary>For information.</summary>
    Info = 0,

    /// <summary>A choice worth reconsidering.</summary>
    Advisory = 1,

    /// <summary>A choice that contradicts recorded information.</summary>
    Warning = 2,
}
