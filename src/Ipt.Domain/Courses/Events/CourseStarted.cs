using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>A course was started on a protocol, with a contract of a number of sessions.</summary>
/// <param name="OccurredOn">Start date.</param>
/// <param name="CourseId">The course.</param>
/// <param name="Client">Opaque reference to the client.</param>
/// <param name="ProtocolId">Id of the protocol.</param>
/// <param name="ContractedSessions">Sessions agreed in the contract.</param>
public sealed record CourseStarted(DateOnly OccurredOn, CourseId CourseId, ClientRef Client, string ProtocolId, int ContractedSessions)
    : CourseEvent(OccurredOn)
{
    /// <summary>The client's age in whole years on the start date, or null when not recorded. Recorded where the
    /// protocol's population is bounded by age (<see cref="Ipt.Domain.Protocols.ProtocolRules.AgesAtStart"/>, e.g. IPT-A
    /// 12–18); stored as the optional field <c>ageAtStart</c>, never filled in when absent.</summary>
    public int? AgeAtStart { get; init; }
}
