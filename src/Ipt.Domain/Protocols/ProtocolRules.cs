using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>A session a course is about to record, as seen by a protocol's rules.</summary>
/// <param name="Date">Date of the session.</param>
/// <param name="Phase">Phase the course is in.</param>
/// <param name="Attendance">Whether the client came.</param>
/// <param name="Modality">How the session was delivered.</param>
/// <param name="Participants">Who else took part.</param>
/// <param name="ContractSession">The contract session it will count as, or null when it does not count.</param>
public readonly record struct SessionProposal(
    DateOnly Date,
    PhaseKind Phase,
    Attendance Attendance,
    SessionModality Modality,
    SessionParticipants Participants,
    int? ContractSession);

/// <summary>
/// Rules that only some protocols have (a conjoint session needs the partner present; a group member needs a
/// pre-group session). An adaptation derives from this class and overrides what truly differs; the course asks
/// its protocol's rules at the matching points, so no code outside an adaptation's file branches on the variant.
/// Implementations must be stateless and thread-safe.
/// </summary>
public class ProtocolRules
{
    /// <summary>Rules that add nothing to the protocol's data.</summary>
    public static ProtocolRules None { get; } = new();

    /// <summary>Checks a session before it is recorded.</summary>
    /// <param name="proposal">The session.</param>
    /// <returns>Null when the session may be recorded, otherwise the rule it breaks.</returns>
    public virtual DomainError? CheckSession(in SessionProposal proposal) => null;
}
