using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>A member's attendance at one group session, and whether the leader reviewed the member's symptoms there.</summary>
/// <param name="Client">The member.</param>
/// <param name="Attendance">Whether the member came.</param>
public sealed record MemberAttendance(ClientRef Client, Attendance Attendance)
{
    /// <summary>
    /// Whether the leader reviewed this member's symptoms at the session: true reviewed, false not reviewed, null not
    /// recorded (never defaulted). WHO Group IPT reviews every member's symptoms in each middle session [S28]; the
    /// phases that ask for it are protocol data (<c>ProtocolDefinition.MemberSymptomReviewPhases</c>) and
    /// <see cref="GroupCourse.SymptomReviewFindings"/> reports an attending member without one. Only an attending member
    /// can be reviewed (<see cref="GroupErrors.SymptomReviewWithoutAttendance"/>). Stored as the optional
    /// <c>symptomsReviewed</c> field of the attendance entry, omitted when null.
    /// </summary>
    public bool? SymptomsReviewed { get; init; }

    /// <summary>An attending member whose symptoms the leader reviewed.</summary>
    /// <param name="client">The member.</param>
    public static MemberAttendance AttendedAndReviewed(ClientRef client) => new(client, Attendance.Attended) { SymptomsReviewed = true };
}
