using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>An advisory observation about an accepted formulation: not an error, nothing was refused.</summary>
/// <param name="Code">Stable dotted code.</param>
/// <param name="Severity">How much attention it needs.</param>
/// <param name="Message">Plain message without labels or notes.</param>
public sealed record Finding(string Code, FormulationFindingSeverity Severity, string Message);
