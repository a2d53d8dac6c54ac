using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>When a schedule asks for its instruments.</summary>
public enum MeasurementCadence
{
    /// <summary>At every session.</summary>
    EverySession = 0,

    /// <summary>At the first session and every N-th session after it (1, 1 + N, 1 + 2N, …), plus the final session when asked.</summary>
    EveryNthSession = 1,

    /// <summary>At the first (baseline or pre-group) session and at the final session.</summary>
    BaselineAndTermination = 2,
}
