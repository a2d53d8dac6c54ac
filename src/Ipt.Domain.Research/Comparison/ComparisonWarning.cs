using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Research.Comparison;

/// <summary>A reason to doubt that two arms are comparable.</summary>
/// <param name="Code">Stable code (<see cref="ComparisonWarnings"/>).</param>
/// <param name="Message">Plain message naming arms and numbers only.</param>
public sealed record ComparisonWarning(string Code, string Message);
