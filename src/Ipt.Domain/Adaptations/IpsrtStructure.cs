using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>How IPSRT's course is divided (brief §15.1, C22). Stored code in brackets.</summary>
public enum IpsrtStructure
{
    /// <summary>Four stages: initial, intermediate, preventive, final (the superset; ipsrt.org [S56], [S96]) (<c>four-stages</c>).</summary>
    FourStages = 0,

    /// <summary>Three phases: initial, intermediate, maintenance (textbook [S59]) (<c>three-phases</c>).</summary>
    ThreePhases = 1,
}
