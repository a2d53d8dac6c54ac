using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of conjoint marital IPT; every number is unconfirmed (brief §14.4, C27).</summary>
public sealed record ConjointIptSettings
{
    /// <summary>Protocol id. Default <c>ipt-cm</c>.</summary>
    public string Id { get; init; } = ConjointIpt.Id;

    /// <summary>Planned sessions. Default 16 weekly (Foley et al. 1989, not retrieved: unconfirmed).</summary>
    public int PlannedSessions { get; init; } = 16;

    /// <summary>Sessions in the initial phase. Default 3, as standard IPT (unconfirmed).</summary>
    public int InitialSessions { get; init; } = 3;

    /// <summary>Sessions in the termination phase. Default 3, as standard IPT (unconfirmed).</summary>
    public int TerminationSessions { get; init; } = 3;

    /// <summary>When false (default), every attended session is conjoint and needs the partner; true lets individual sessions in (unconfirmed).</summary>
    public bool AllowIndividualSessions { get; init; }
}
