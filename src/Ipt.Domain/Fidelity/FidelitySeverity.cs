using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>How serious a finding is. Stored code in brackets.</summary>
public enum FidelitySeverity
{
    /// <summary>Worth knowing; not a deviation (<c>info</c>).</summary>
    Info = 0,

    /// <summary>A deviation in the process: measures, cadence, timing (<c>warning</c>).</summary>
    Warning = 1,

    /// <summary>A breach of a protocol gate or a safety rule (<c>error</c>).</summary>
    Error = 2,
}
