using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Phases;

/// <summary>How a phase's sessions relate to the treatment contract.</summary>
public enum SessionRangeKind
{
    /// <summary>Sessions numbered within the contract, e.g. sessions 4–13 (<c>counted</c>).</summary>
    Counted = 0,

    /// <summary>Sessions before the contract starts that do not count toward it, e.g. an engagement session (<c>pre-treatment</c>).</summary>
    PreTreatment = 1,

    /// <summary>Sessions after the contract, without an upper bound, e.g. maintenance (<c>open-ended</c>).</summary>
    OpenEnded = 2,
}
