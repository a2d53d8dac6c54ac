using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Research.Protocols;

/// <summary>One difference between two protocol definitions.</summary>
/// <param name="Path">What differs, e.g. <c>sessions.planned</c>, <c>phases[middle].range</c>, <c>schedules[ipt-weekly-phq9]</c>.</param>
/// <param name="Left">The value in the first protocol, or null when it has none.</param>
/// <param name="Right">The value in the second, or null when it has none.</param>
public sealed record ProtocolDifference(string Path, string? Left, string? Right);
