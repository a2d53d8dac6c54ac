using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>Error codes returned by <see cref="GroupCourse"/>. Codes are public API (<c>docs/errors.md</c>); a member
/// course's own rejection (e.g. <c>session.date-not-after-previous</c>) is passed through unchanged.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class GroupErrors
{
    /// <summary>The protocol is not delivered in group format.</summary>
    public const string ProtocolNotGroup = "group.protocol-not-group";

    /// <summary>A member's course follows another protocol than the group.</summary>
    public const string ProtocolMismatch = "group.protocol-mismatch";

    /// <summary>The client or course is already a member.</summary>
    public const string AlreadyMember = "group.already-member";

    /// <summary>The group holds its maximum number of members.</summary>
    public const string Full = "group.full";

    /// <summary>New members may no longer join (closed membership after the first sessions).</summary>
    public const string MembershipClosed = "group.membership-closed";

    /// <summary>A member's course is completed or discontinued.</summary>
    public const string MemberCourseClosed = "group.member-course-closed";

    /// <summary>Group session 1 needs at least the minimum number of members.</summary>
    public const string TooFewMembers = "group.too-few-members";

    /// <summary>Every group session of the protocol has been held.</summary>
    public const string AllSessionsHeld = "group.all-sessions-held";

    /// <summary>A member is listed twice in one group session's attendance.</summary>
    public const string AttendanceDuplicate = "group.attendance-duplicate";

    /// <summary>The attendance names a client who is not a member.</summary>
    public const string AttendanceUnknownMember = "group.attendance-unknown-member";

    /// <summary>The attendance leaves out an active member.</summary>
    public const string AttendanceMissing = "group.attendance-missing";

    /// <summary>A member has not had the individual pre-group session (or its tasks) the protocol requires before group session 1.</summary>
    public const string MemberWithoutPreGroupSession = "group.member-without-pre-group-session";

    /// <summary>A command is dated before the last thing recorded on the group.</summary>
    public const string DateOutOfOrder = "group.date-out-of-order";

    /// <summary>A member who did not attend a group session is recorded as having had the symptom review there.</summary>
    public const string SymptomReviewWithoutAttendance = "group.symptom-review-without-attendance";

    /// <summary>A group history is empty, does not begin with <c>group-formed</c>, or holds an invalid event.</summary>
    public const string HistoryInvalid = "group.history-invalid";

    /// <summary>A group history names a member course that was not supplied for replay.</summary>
    public const string HistoryMemberCourseMissing = "group.history-member-course-missing";

    /// <summary>Every code a group command or replay can return (besides the member courses' own codes).</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        ProtocolNotGroup, ProtocolMismatch, AlreadyMember, Full, MembershipClosed, MemberCourseClosed, TooFewMembers,
        AllSessionsHeld, AttendanceDuplicate, AttendanceUnknownMember, AttendanceMissing, MemberWithoutPreGroupSession,
        DateOutOfOrder, HistoryInvalid, HistoryMemberCourseMissing, SymptomReviewWithoutAttendance,
    ];

    // The messages, beside their codes: plain text built from counts and protocol ids only, never from a note.

    internal static DomainError NotGroupFormat(string protocolId) =>
        new(ProtocolNotGroup, "The protocol '" + protocolId + "' is not delivered in group format.");

    internal static DomainError HistoryOnAnotherProtocol() =>
        new(HistoryInvalid, "The group history was written on another protocol.");

    internal static DomainError HistoryMemberCourseNotSupplied() =>
        new(HistoryMemberCourseMissing, "A member course named by the group history was not supplied.");

    internal static DomainError HistorySessionInvalid() =>
        new(HistoryInvalid, "A group session is missing its attendance or is out of sequence.");

    internal static DomainError HistoryNotGroupEvents() =>
        new(HistoryInvalid, "The group history must begin with group-formed and hold only group events.");

    internal static DomainError HistoryEmpty() =>
        new(HistoryInvalid, "The group history holds no event.");

    internal static DomainError CourseOnAnotherProtocol(string courseProtocolId, string groupProtocolId) =>
        new(ProtocolMismatch, "The course follows '" + courseProtocolId + "', not the group's '" + groupProtocolId + "'.");

    internal static DomainError ClosedCourseCannotJoin() =>
        new(MemberCourseClosed, "Only an active course can join a group.");

    internal static DomainError PreGroupSessionMissing() =>
        new(MemberWithoutPreGroupSession, "A member has not completed the individual pre-group session before group session 1.");

    internal static DomainError ClientAlreadyMember() =>
        new(AlreadyMember, "The client is already a member of the group.");

    internal static DomainError GroupFull(int maximumMembers) =>
        new(Full, "The group already has its maximum of " + maximumMembers + " members.");

    internal static DomainError JoiningClosed(int openThroughSession) =>
        new(MembershipClosed, "New members can join only until " + openThroughSession + " group sessions are held.");

    internal static DomainError BeforeLastActivity() =>
        new(DateOutOfOrder, "The date is before the last activity of the group.");

    internal static DomainError NoSessionLeft(int plannedSessions) =>
        new(AllSessionsHeld, "All " + plannedSessions + " group sessions have been held.");

    internal static DomainError NotEnoughMembers(int minimumMembers, int members) =>
        new(TooFewMembers, "Group session 1 needs at least " + minimumMembers + " members; the group has " + members + ".");

    internal static DomainError MemberListedTwice() =>
        new(AttendanceDuplicate, "A member is listed twice for one group session.");

    internal static DomainError AttendeeNotMember() =>
        new(AttendanceUnknownMember, "The attendance names a client who is not a member.");

    internal static DomainError ReviewedWithoutAttending() =>
        new(SymptomReviewWithoutAttendance, "A member who did not attend the group session cannot have had the symptom review there.");

    internal static DomainError AttendeeCourseClosed() =>
        new(MemberCourseClosed, "A member's course is closed; leave the member out of the attendance.");

    internal static DomainError ActiveMemberLeftOut() =>
        new(AttendanceMissing, "The attendance leaves out an active member.");
}
