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
