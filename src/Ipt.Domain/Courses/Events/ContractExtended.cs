using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>The contract was extended to a new total, within the protocol's hard cap.</summary>
/// <param name="OccurredOn">Date of the renegotiation.</param>
/// <param name="ContractedSessions">New total of contract sessions.</param>
public sealed record ContractExtended(DateOnly OccurredOn, int ContractedSessions) : CourseEvent(OccurredOn);
