using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>The outcome of an accepted <see cref="InterpersonalFormulation.Check"/>.</summary>
/// <param name="Formulation">The formulation checked.</param>
/// <param name="Findings">Advisory findings, possibly empty.</param>
public sealed record FormulationCheck(InterpersonalFormulation Formulation, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when a finding with <paramref name="code"/> was raised.</summary>
    /// <param name="code">A finding code.</param>
    public bool Has(string code)
    {
        foreach (Finding finding in Findings)
        {
            if (string.Equals(finding.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
