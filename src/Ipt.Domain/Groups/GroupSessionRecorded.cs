using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>A group session was held; each active member's attendance was recorded on their own course.</summary>
/// <param name="OccurredOn">Date.</param>
/// <param name="Number">Group session number, 1-based.</param>
/// <param name="Modality">In person or remote.</param>
/// <param name="Attendance">Each active member's attendance.</param>
public sealed record GroupSessionRecorded(DateOnly OccurredOn, int Number, SessionModality Modality, IReadOnlyList<MemberAttendance> Attendance)
    : GroupEvent(OccurredOn)
{
    /// <inheritdoc />
    public bool Equals(GroupSessionRecorded? other) =>
        other is not null && OccurredOn == other.OccurredOn && Number == other.Number && Modality == other.Modality &&
        Attendance.SequenceEqual(other.Attendance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredOn, Number, Modality, Attendance.Count);
}
