using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of IPT for PTSD, with documented defaults (brief §14.5).</summary>
public sealed record IptForPtsdSettings
{
    /// <summary>Protocol id. Default <c>ipt-ptsd</c>.</summary>
    public string Id { get; init; } = IptForPtsd.Id;

    /// <summary>Sessions in the initial phase. Default 3, as standard IPT (unconfirmed for IPT-PTSD).</summary>
    public int InitialSessions { get; init; } = 3;

    /// <summary>Sessions in the termination phase. Default 3, as standard IPT (unconfirmed for IPT-PTSD).</summary>
    public int TerminationSessions { get; init; } = 3;
}
