using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Whether an interval between sessions was shorter or longer than the cadence allows.</summary>
public enum CadenceDeviationKind
{
    /// <summary>The session came earlier than the cadence minus the tolerance (<c>too-soon</c>).</summary>
    TooSoon = 0,

    /// <summary>The session came later than the cadence plus the tolerance (<c>too-late</c>).</summary>
    TooLate = 1,
}
