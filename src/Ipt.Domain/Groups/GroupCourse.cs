using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Groups;

/// <summary>
/// A therapy group on a group-format protocol (WHO Group IPT, MIT-G): the aggregate that links its members' own
/// <see cref="TreatmentCourse"/>s. It admits members within the size bounds and while membership is open, and records
/// each group session with every active member's attendance — on the group and, as a session, on each member's
/// course. A group session is checked for every member before it is applied to any: a rejection changes neither
/// the group nor any member course. Phase moves, tasks, formulation and measures stay on each member's course; the
/// symptom review of each attending member that WHO Group IPT's middle sessions ask for is recorded on the attendance
/// (<see cref="MemberAttendance.SymptomsReviewed"/>) and checked by <see cref="SymptomReviewFindings"/>.
/// </summary>
/// <remarks>Group session 1 begins a member's initial phase when the member is still in the pre-group phase and its
/// guards allow it (the individual pre-group session held and its tasks done); otherwise the session is rejected with
/// <see cref="GroupErrors.MemberWithoutPreGroupSession"/>. Not thread-safe: one writer at a time.</remarks>
/// <example>
/// <code>
/// GroupCourse group = GroupCourse.FormWho(GroupId.New(), formedOn);
/// group.Join(memberCourse, formedOn);                     // each member's own TreatmentCourse on group-ipt-who
/// Result&lt;GroupSessionRecorded&gt; s = group.RecordSession(sessionDate,
///     [.. group.Members.Select(m =&gt; new MemberAttendance(m.Client, Attendance.Attended))]);
/// string json = GroupHistoryJson.Serialize(group.History); // member courses are stored with CourseHistoryJson
/// </code>
/// </example>
public sealed class GroupCourse
{
    private readonly List<GroupEvent> _events = [];
    private readonly List<GroupMember> _members = [];
    private readonly List<GroupSessionRecorded> _sessions = [];
    private DateOnly _lastEventOn;

    private GroupCourse(GroupFormed formed, ProtocolDefinition protocol)
    {
        Id = formed.GroupId;
        Protocol = protocol;
        Rules = formed.Rules;
        FormedOn = formed.OccurredOn;
        _lastEventOn = formed.OccurredOn;
        _events.Add(formed);
    }

    /// <summary>The group's id.</summary>
    public GroupId Id { get; }

    /// <summary>The protocol every member course follows.</summary>
    public ProtocolDefinition Protocol { get; }

    /// <summary>Size and membership rules.</summary>
    public GroupRules Rules { get; }

    /// <summary>Date the group was formed.</summary>
    public DateOnly FormedOn { get; }

    /// <summary>Members, in joining order.</summary>
    public IReadOnlyList<GroupMember> Members => _members.AsReadOnly();

    /// <summary>Group sessions held, oldest first.</summary>
    public IReadOnlyList<GroupSessionRecorded> Sessions => _sessions.AsReadOnly();

    /// <summary>Number of group sessions held.</summary>
    public int SessionsHeld => _sessions.Count;

    /// <summary>Every group event, oldest first; persist these with the member courses' histories.</summary>
    public IReadOnlyList<GroupEvent> History => new ReadOnlyCollection<GroupEvent>(_events);

    /// <summary>Number of events.</summary>
    public int Version => _events.Count;

    /// <summary>Forms a group.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="protocol">A group-format protocol.</param>
    /// <param name="rules">Size and membership rules.</param>
    /// <param name="formedOn">Date.</param>
    /// <returns>The group, or <see cref="GroupErrors.ProtocolNotGroup"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rules' numbers are inconsistent.</exception>
    public static Result<GroupCourse> Form(GroupId id, ProtocolDefinition protocol, GroupRules rules, DateOnly formedOn)
    {
        Guard.Against.Null(protocol);
        Guard.Against.Null(rules);
        rules.Validate();
        if (protocol.Format != TherapyFormat.Group)
        {
            return GroupErrors.NotGroupFormat(protocol.Id);
        }

        return new GroupCourse(new GroupFormed(formedOn, id, protocol.Id, rules), protocol);
    }

    /// <summary>Forms a WHO Group IPT group with its settings' size and membership rules.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="formedOn">Date.</param>
    /// <param name="settings">Settings; the defaults when null.</param>
    /// <exception cref="ArgumentException">The settings do not build a protocol.</exception>
    public static GroupCourse FormWho(GroupId id, DateOnly formedOn, WhoGroupIptSettings? settings = null)
    {
        WhoGroupIptSettings s = settings ?? WhoGroupIpt.DefaultSettings;
        Result<ProtocolDefinition> protocol = settings is null ? WhoGroupIpt.Definition : WhoGroupIpt.Create(s);
        if (protocol.IsFailure)
        {
            throw new ArgumentException("The settings do not build a protocol: " + protocol.Error!.Code, nameof(settings));
        }

        return Form(id, protocol.Value, new GroupRules(s.MinimumMembers, s.MaximumMembers, s.OpenForNewMembersThroughSession), formedOn).Value;
    }

    /// <summary>Rebuilds a group from its history and its members' courses (rebuilt first with <see cref="TreatmentCourse.FromHistory"/>).</summary>
    /// <param name="history">Group events, oldest first.</param>
    /// <param name="protocol">The group's protocol.</param>
    /// <param name="memberCourses">Every member's course.</param>
    /// <returns>The group, or the first group rule the history breaks.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<GroupCourse> FromHistory(IEnumerable<GroupEvent> history, ProtocolDefinition protocol, IEnumerable<TreatmentCourse> memberCourses)
    {
        Guard.Against.Null(history);
        Guard.Against.Null(protocol);
        Guard.Against.Null(memberCourses);
        var courses = new Dictionary<CourseId, TreatmentCourse>();
        foreach (TreatmentCourse c in memberCourses)
        {
            courses[c.Id] = c;
        }

        GroupCourse? group = null;
        foreach (GroupEvent? e in history)
        {
            switch (e)
            {
                case GroupFormed f when group is null:
                    if (!string.Equals(f.ProtocolId, protocol.Id, StringComparison.Ordinal) || f.Rules is null || protocol.Format != TherapyFormat.Group)
                    {
                        return GroupErrors.HistoryOnAnotherProtocol();
                    }

                    group = new GroupCourse(f, protocol);
                    break;
                case MemberJoined j when group is not null:
                    if (!courses.TryGetValue(j.CourseId, out TreatmentCourse? course) || course.Client != j.Client)
                    {
                        return GroupErrors.HistoryMemberCourseNotSupplied();
                    }

                    DomainError? joinError = group.CheckJoinMembership(j.Client, j.CourseId, j.OccurredOn);
                    if (joinError is not null)
                    {
                        return joinError;
                    }

                    group.ApplyJoin(j, course);
                    break;
                case GroupSessionRecorded s when group is not null:
                    if (s.Attendance is null || s.Number != group.SessionsHeld + 1)
                    {
                        return GroupErrors.HistorySessionInvalid();
                    }

                    DomainError? sessionError = group.CheckSessionShape(s.OccurredOn, s.Attendance, replay: true);
                    if (sessionError is not null)
                    {
                        return sessionError;
                    }

                    group._sessions.Add(s);
                    group._events.Add(s);
                    group._lastEventOn = s.OccurredOn;
                    break;
                default:
                    return GroupErrors.HistoryNotGroupEvents();
            }
        }

        return group is null ? GroupErrors.HistoryEmpty() : group;
    }

    /// <summary>Adds a member with their own course on the group's protocol.</summary>
    /// <param name="course">The member's course, active, on the group's protocol.</param>
    /// <param name="on">Date.</param>
    /// <returns>The event, or why not (<see cref="GroupErrors.Full"/>, <see cref="GroupErrors.MembershipClosed"/>, ...).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is null.</exception>
    public Result<MemberJoined> Join(TreatmentCourse course, DateOnly on)
    {
        Guard.Against.Null(course);
        if (!string.Equals(course.Protocol.Id, Protocol.Id, StringComparison.Ordinal))
        {
            return GroupErrors.CourseOnAnotherProtocol(course.Protocol.Id, Protocol.Id);
        }

        if (course.Status != CourseStatus.Active)
        {
            return GroupErrors.ClosedCourseCannotJoin();
        }

        DomainError? error = CheckJoinMembership(course.Client, course.Id, on);
        if (error is not null)
        {
            return error;
        }

        var e = new MemberJoined(on, course.Client, course.Id);
        ApplyJoin(e, course);
        return e;
    }

    /// <summary>Records a group session: every active member's attendance, on the group and on each member's course.</summary>
    /// <param name="on">Date of the session.</param>
    /// <param name="attendance">One entry for each active member (completed or discontinued members are left out).</param>
    /// <param name="modality">In person or remote.</param>
    /// <returns>The event; or a group rule it breaks; or the first member course's rejection. Nothing changes on rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attendance"/> or an entry is null.</exception>
    public Result<GroupSessionRecorded> RecordSession(DateOnly on, IReadOnlyList<MemberAttendance> attendance, SessionModality modality = SessionModality.InPerson)
    {
        Guard.Against.Null(attendance);
        foreach (MemberAttendance? a in attendance)
        {
            Guard.Against.Null(a, nameof(attendance));
        }

        DomainError? error = CheckSessionShape(on, attendance, replay: false);
        if (error is not null)
        {
            return error;
        }

        var plan = new (TreatmentCourse Course, Attendance Attendance, CourseTrigger? Begin)[attendance.Count];
        for (int i = 0; i < attendance.Count; i++)
        {
            TreatmentCourse course = MemberOf(attendance[i].Client)!.Course;
            CourseTrigger? begin = null;
            if (course.CurrentPhase is { } phase && !phase.Sessions.IsCounted && phase.Sessions.Kind == SessionRangeKind.PreTreatment)
            {
                int index = Protocol.IndexOf(phase.Kind);
                begin = CourseTriggers.Begin(Protocol.Phases[index + 1].Kind);
                if (!course.Can(begin.Value).IsAllowed)
                {
                    return GroupErrors.PreGroupSessionMissing();
                }
            }

            // Dry run on a copy rebuilt from the member's history, so that no member is changed unless all accept.
            TreatmentCourse copy = TreatmentCourse.FromHistory(course.History, course.Protocol).Value;
            DomainError? memberError = Run(copy, on, attendance[i].Attendance, modality, begin);
            if (memberError is not null)
            {
                return memberError;
            }

            plan[i] = (course, attendance[i].Attendance, begin);
        }

        foreach ((TreatmentCourse course, Attendance a, CourseTrigger? begin) in plan)
        {
            if (Run(course, on, a, modality, begin) is not null)
            {
                throw new UnreachableException("A member course rejected a session its copy accepted.");
            }
        }

        var e = new GroupSessionRecorded(on, _sessions.Count + 1, modality, [.. attendance]);
        _sessions.Add(e);
        _events.Add(e);
        _lastEventOn = on;
        return e;
    }

    /// <summary>A member's attendance at each group session held (null where the member had not yet joined or had left).</summary>
    /// <param name="client">The member.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    public IReadOnlyList<Attendance?> AttendanceOf(ClientRef client)
    {
        Guard.Against.Null(client);
        var list = new List<Attendance?>(_sessions.Count);
        foreach (GroupSessionRecorded s in _sessions)
        {
            Attendance? found = null;
            foreach (MemberAttendance a in s.Attendance)
            {
                if (a.Client == client)
                {
                    found = a.Attendance;
                }
            }

            list.Add(found);
        }

        return list;
    }

    /// <summary>
    /// The symptom reviews the protocol asks for and the record does not show: for every group session held in a phase
    /// of <see cref="ProtocolDefinition.MemberSymptomReviewPhases"/> (WHO Group IPT: the middle phase, group sessions
    /// 2–7, where each member's symptoms are reviewed [S28]), each attending member whose review is recorded as not done
    /// (<see cref="GroupSessionCodes.SymptomReviewMissing"/>) or not recorded at all
    /// (<see cref="GroupSessionCodes.SymptomReviewNotRecorded"/>). Advisory: a session without the review is still a
    /// session. Group session <em>n</em> is in the phase whose planned sessions contain <em>n</em>.
    /// </summary>
    /// <returns>Findings by session, then in attendance order; empty when the protocol asks for no review.</returns>
    public IReadOnlyList<GroupSessionFinding> SymptomReviewFindings()
    {
        var findings = new List<GroupSessionFinding>();
        if (Protocol.MemberSymptomReviewPhases.IsEmpty)
        {
            return findings;
        }

        foreach (GroupSessionRecorded s in _sessions)
        {
            PhaseDefinition? phase = null;
            foreach (PhaseDefinition p in Protocol.Phases)
            {
                if (p.Sessions.Contains(s.Number))
                {
                    phase = p;
                    break;
                }
            }

            if (phase is null || !Protocol.MemberSymptomReviewPhases.Contains(phase.Kind))
            {
                continue;
            }

            string at = "Group session " + s.Number + " (" + phase.DisplayName.ToLowerInvariant() + ") reviews each attending member's symptoms; ";
            foreach (MemberAttendance a in s.Attendance)
            {
                if (a.Attendance != Attendance.Attended || a.SymptomsReviewed == true)
                {
                    continue;
                }

                findings.Add(a.SymptomsReviewed is null
                    ? new GroupSessionFinding(GroupSessionCodes.SymptomReviewNotRecorded, s.Number, a.Client, at + "whether this member's review was held is not recorded.")
                    : new GroupSessionFinding(GroupSessionCodes.SymptomReviewMissing, s.Number, a.Client, at + "this member's review was not held."));
            }
        }

        return findings;
    }

    /// <summary>E.g. <c>Group 3f2a… on group-ipt-who: 7 members, 3 sessions held</c>. No client data.</summary>
    public override string ToString() => "Group " + Id + " on " + Protocol.Id + ": " + _members.Count + " members, " + _sessions.Count + " sessions held";

    private static DomainError? Run(TreatmentCourse course, DateOnly on, Attendance attendance, SessionModality modality, CourseTrigger? begin)
    {
        if (begin is { } trigger)
        {
            Result<Courses.Events.CourseEvent> fired = course.Fire(trigger, on);
            if (fired.IsFailure)
            {
                return fired.Error;
            }
        }

        return course.RecordSession(on, attendance, modality).Error;
    }

    private GroupMember? MemberOf(ClientRef client)
    {
        foreach (GroupMember m in _members)
        {
            if (m.Client == client)
            {
                return m;
            }
        }

        return null;
    }

    private DomainError? CheckJoinMembership(ClientRef client, CourseId courseId, DateOnly on)
    {
        foreach (GroupMember m in _members)
        {
            if (m.Client == client || m.Course.Id == courseId)
            {
                return GroupErrors.ClientAlreadyMember();
            }
        }

        if (_members.Count >= Rules.MaximumMembers)
        {
            return GroupErrors.GroupFull(Rules.MaximumMembers);
        }

        if (_sessions.Count >= Rules.OpenForNewMembersThroughSession)
        {
            return GroupErrors.JoiningClosed(Rules.OpenForNewMembersThroughSession);
        }

        return on < _lastEventOn
            ? GroupErrors.BeforeLastActivity()
            : null;
    }

    private void ApplyJoin(MemberJoined e, TreatmentCourse course)
    {
        _members.Add(new GroupMember(e.Client, course, e.OccurredOn, _sessions.Count));
        _events.Add(e);
        _lastEventOn = e.OccurredOn;
    }

    private DomainError? CheckSessionShape(DateOnly on, IReadOnlyList<MemberAttendance> attendance, bool replay)
    {
        if (_sessions.Count >= Protocol.Sessions.Planned)
        {
            return GroupErrors.NoSessionLeft(Protocol.Sessions.Planned);
        }

        if (_sessions.Count == 0 && _members.Count < Rules.MinimumMembers)
        {
            return GroupErrors.NotEnoughMembers(Rules.MinimumMembers, _members.Count);
        }

        if (on < _lastEventOn)
        {
            return GroupErrors.BeforeLastActivity();
        }

        var seen = new HashSet<ClientRef>();
        foreach (MemberAttendance a in attendance)
        {
            if (!seen.Add(a.Client))
            {
                return GroupErrors.MemberListedTwice();
            }

            GroupMember? m = MemberOf(a.Client);
            if (m is null)
            {
                return GroupErrors.AttendeeNotMember();
            }

            if (a.SymptomsReviewed == true && a.Attendance != Attendance.Attended)
            {
                return GroupErrors.ReviewedWithoutAttending();
            }

            if (!replay && m.Course.Status != CourseStatus.Active)
            {
                return GroupErrors.AttendeeCourseClosed();
            }
        }

        if (!replay)
        {
            foreach (GroupMember m in _members)
            {
                if (m.Course.Status == CourseStatus.Active && !seen.Contains(m.Client))
                {
                    return GroupErrors.ActiveMemberLeftOut();
                }
            }
        }

        return null;
    }
}
