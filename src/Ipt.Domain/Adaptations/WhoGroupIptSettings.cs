using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of WHO Group IPT, with documented defaults (brief §14.1, §14.2, C25, C26).</summary>
public sealed record WhoGroupIptSettings
{
    /// <summary>Protocol id. Default <c>group-ipt-who</c>.</summary>
    public string Id { get; init; } = WhoGroupIpt.Id;

    /// <summary>Group sessions. Default 8, the WHO manual [S26]; "typically 8–16" in a summary [S25] (C26).</summary>
    public int GroupSessions { get; init; } = 8;

    /// <summary>Fewest group sessions a member must have had for a completed course. Default 6, so that a member who
    /// joins by group session 3 can complete (product decision following [S83]).</summary>
    public int MinimumSessions { get; init; } = 6;

    /// <summary>Group session length in minutes. Default 90 (unconfirmed for the WHO manual, §14.1; IPT-AST groups are 90 [S43]).</summary>
    public int SessionMinutes { get; init; } = 90;

    /// <summary>Fewest members for group session 1. Default 6: "below 6 interaction suffers" [S83] (WHO size unconfirmed).</summary>
    public int MinimumMembers { get; init; } = 6;

    /// <summary>Most members. Default 10: groups of 8–10 [S92]; start with 7–9 [S83] (WHO size unconfirmed).</summary>
    public int MaximumMembers { get; init; } = 10;

    /// <summary>New members may join until this many group sessions are held. Default 2: closed membership, new members
    /// only in the first 2–3 sessions [S83] (IPT-G, not confirmed for the WHO manual).</summary>
    public int OpenForNewMembersThroughSession { get; init; } = 2;
}
