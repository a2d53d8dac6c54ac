using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Groups;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Groups;

public class GroupCourseTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static DateOnly Week(int n) => Start.AddDays(7 * n);

    private static TreatmentCourse Member(int i, bool preGroup = true)
    {
        TreatmentCourse c = TreatmentCourse.Start(CourseId.From(new Guid(i, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)), ClientRef.From("m-" + i), WhoGroupIpt.Definition, Start);
        if (preGroup)
        {
            Assert.True(c.RecordSession(Start, Attendance.Attended).IsSuccess);
            Assert.True(c.CompleteTask(TherapyTask.BaselineSeverity, Start).IsSuccess);
            Assert.True(c.CompleteInventory(ClinicalSamples.Inventory(), Start).IsSuccess);
        }

        return c;
    }

    private static GroupCourse GroupOf(int members)
    {
        GroupCourse g = GroupCourse.FormWho(new GroupId(new Guid(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)), Start);
        for (int i = 1; i <= members; i++)
        {
            Assert.True(g.Join(Member(i), Start).IsSuccess);
        }

        return g;
    }

    private static List<MemberAttendance> All(GroupCourse g, Attendance a = Attendance.Attended) =>
        [.. g.Members.Where(m => m.Course.Status == CourseStatus.Active).Select(m => new MemberAttendance(m.Client, a))];

    private static void AssertRejectedUnchanged(GroupCourse g, Func<GroupCourse, DomainError?> command, string code)
    {
        int version = g.Version;
        var before = g.Members.Select(m => m.Course.ToSnapshot()).ToList();
        DomainError? error = command(g);
        Assert.Equal(code, error?.Code);
        Assert.Equal(version, g.Version);
        Assert.Equal(before, g.Members.Select(m => m.Course.ToSnapshot()).ToList());
    }

    [Fact]
    public void A_group_session_is_recorded_on_every_members_own_course()
    {
        GroupCourse g = GroupOf(6);
        var attendance = All(g);
        attendance[2] = attendance[2] with { Attendance = Attendance.NoShow };
        GroupSessionRecorded e = g.RecordSession(Week(1), attendance).Value;

        Assert.Equal(1, e.Number);
        Assert.All(g.Members, m => Assert.Equal(PhaseKind.Initial, m.Course.CurrentPhase!.Kind));
        Assert.All(g.Members, m => Assert.Equal(1, m.Course.SessionsHeld));
        Assert.Equal(Attendance.NoShow, g.Members[2].Course.Sessions[^1].Attendance);
        Assert.Equal([Attendance.NoShow], g.AttendanceOf(g.Members[2].Client));
    }

    [Fact]
    public void Member_without_pre_group_session_blocks_group_session_one_and_nothing_changes()
    {
        GroupCourse g = GroupOf(5);
        Assert.True(g.Join(Member(6, preGroup: false), Start).IsSuccess);
        AssertRejectedUnchanged(g, x => x.RecordSession(Week(1), All(x)).Error, GroupErrors.MemberWithoutPreGroupSession);
    }

    [Fact]
    public void Group_size_bounds_are_enforced()
    {
        AssertRejectedUnchanged(GroupOf(5), x => x.RecordSession(Week(1), All(x)).Error, GroupErrors.TooFewMembers);
        GroupCourse full = GroupOf(10);
        AssertRejectedUnchanged(full, x => x.Join(Member(11), Start).Error, GroupErrors.Full);
    }

    [Fact]
    public void Membership_closes_after_the_first_sessions()
    {
        GroupCourse g = GroupOf(6);
        g.RecordSession(Week(1), All(g));
        TreatmentCourse late = Member(7);
        Assert.True(g.Join(late, Week(1)).IsSuccess);
        g.RecordSession(Week(2), All(g));
        Assert.Equal(1, late.SessionsHeld);
        AssertRejectedUnchanged(g, x => x.Join(Member(8), Week(2)).Error, GroupErrors.MembershipClosed);
    }

    [Fact]
    public void Attendance_must_name_each_active_member_once()
    {
        GroupCourse g = GroupOf(6);
        var twice = All(g);
        twice.Add(twice[0]);
        AssertRejectedUnchanged(g, x => x.RecordSession(Week(1), twice).Error, GroupErrors.AttendanceDuplicate);
        AssertRejectedUnchanged(g, x => x.RecordSession(Week(1), All(x).Skip(1).ToList()).Error, GroupErrors.AttendanceMissing);
        var stranger = All(g);
        stranger.Add(new MemberAttendance(ClientRef.From("stranger"), Attendance.Attended));
        AssertRejectedUnchanged(g, x => x.RecordSession(Week(1), stranger).Error, GroupErrors.AttendanceUnknownMember);
    }

    [Fact]
    public void Join_checks_protocol_duplicates_and_course_status()
    {
        GroupCourse g = GroupOf(6);
        TreatmentCourse other = TreatmentCourse.Start(CourseId.New(), ClientRef.From("x"), StandardIpt.Definition, Start);
        AssertRejectedUnchanged(g, x => x.Join(other, Start).Error, GroupErrors.ProtocolMismatch);
        AssertRejectedUnchanged(g, x => x.Join(g.Members[0].Course, Start).Error, GroupErrors.AlreadyMember);
        TreatmentCourse closed = Member(20);
        closed.Discontinue(Start, DiscontinuationReason.Other);
        AssertRejectedUnchanged(g, x => x.Join(closed, Start).Error, GroupErrors.MemberCourseClosed);
        Assert.Equal(GroupErrors.ProtocolNotGroup, GroupCourse.Form(GroupId.New(), StandardIpt.Definition, new GroupRules(6, 10, 2), Start).Error!.Code);
    }

    [Fact]
    public void A_member_course_rejection_is_passed_through_before_any_member_changes()
    {
        GroupCourse g = GroupOf(6);
        g.RecordSession(Week(1), All(g));
        // The last member already recorded an individual session on that date: the group session is refused for all.
        TreatmentCourse last = g.Members[^1].Course;
        Assert.True(last.RecordSession(Week(2), Attendance.Attended).IsSuccess);
        AssertRejectedUnchanged(g, x => x.RecordSession(Week(2), All(x)).Error, CourseErrors.SessionDateNotAfterPrevious);
    }

    [Fact]
    public void Eight_group_sessions_then_no_more_and_members_complete_on_their_own_courses()
    {
        GroupCourse g = GroupOf(6);
        for (int s = 1; s <= 8; s++)
        {
            Assert.True(g.RecordSession(Week(s), All(g)).IsSuccess, "session " + s);
            foreach (GroupMember m in g.Members)
            {
                TreatmentCourse c = m.Course;
                if (s == 1)
                {
                    Assert.True(c.AgreeFormulation(ClinicalSamples.Formulation(c.Protocol), Week(s)).IsSuccess);
                    Assert.True(c.Fire(CourseTrigger.BeginMiddlePhase, Week(s)).IsSuccess);
                }
                else if (s == 7)
                {
                    Assert.True(c.Fire(CourseTrigger.BeginTerminationPhase, Week(s)).IsSuccess);
                }
            }
        }

        AssertRejectedUnchanged(g, x => x.RecordSession(Week(9), All(x)).Error, GroupErrors.AllSessionsHeld);
        foreach (GroupMember m in g.Members)
        {
            foreach (TherapyTask t in WhoGroupIpt.TerminationTasks.ToList())
            {
                Assert.True(m.Course.CompleteTask(t, Week(8)).IsSuccess);
            }

            Assert.True(m.Course.Complete(Week(8)).IsSuccess);
        }

        AssertRejectedUnchanged(g, x => x.RecordSession(Week(9), All(x)).Error, GroupErrors.AllSessionsHeld);
    }

    [Fact]
    public void Discontinued_members_are_left_out_of_the_attendance()
    {
        GroupCourse g = GroupOf(7);
        g.RecordSession(Week(1), All(g));
        g.Members[0].Course.Discontinue(Week(1), DiscontinuationReason.Other);
        var withClosed = g.Members.Select(m => new MemberAttendance(m.Client, Attendance.Attended)).ToList();
        AssertRejectedUnchanged(g, x => x.RecordSession(Week(2), withClosed).Error, GroupErrors.MemberCourseClosed);
        Assert.True(g.RecordSession(Week(2), All(g)).IsSuccess);
    }

    [Fact]
    public void A_group_history_replays_with_member_courses_that_have_since_closed()
    {
        // Member 1 attended session 1 and then left; the group's sessions were recorded while the course was active,
        // so replay against the member's course as stored now (discontinued) must still accept them.
        GroupCourse g = GroupOf(6);
        Assert.True(g.RecordSession(Week(1), All(g)).IsSuccess);
        Assert.True(g.Members[0].Course.Discontinue(Week(1), DiscontinuationReason.Other).IsSuccess);
        Assert.True(g.RecordSession(Week(2), All(g)).IsSuccess);
        var courses = g.Members.Select(m => TreatmentCourse.FromHistory(m.Course.History, m.Course.Protocol).Value).ToList();

        Result<GroupCourse> replayed = GroupCourse.FromHistory(g.History, g.Protocol, courses);

        Assert.True(replayed.IsSuccess, replayed.Error?.ToString());
        Assert.Equal(g.History, replayed.Value.History);
        Assert.Equal(CourseStatus.Discontinued, replayed.Value.Members[0].Course.Status);
    }

    [Fact]
    public void Replay_of_the_group_and_its_member_courses_equals_the_live_group()
    {
        GroupCourse g = GroupOf(6);
        g.RecordSession(Week(1), All(g));
        g.Join(Member(7), Week(1));
        g.RecordSession(Week(2), All(g, Attendance.Cancelled));
        var courses = g.Members.Select(m => TreatmentCourse.FromHistory(m.Course.History, m.Course.Protocol).Value).ToList();
        GroupCourse replayed = GroupCourse.FromHistory(g.History, g.Protocol, courses).Value;
        Assert.Equal(g.History, replayed.History);
        Assert.Equal(g.ToString(), replayed.ToString());
        Assert.Equal(g.Members.Select(m => m.Course.ToSnapshot()), replayed.Members.Select(m => m.Course.ToSnapshot()));

        Assert.Equal(GroupErrors.HistoryMemberCourseMissing, GroupCourse.FromHistory(g.History, g.Protocol, courses.Skip(1)).Error!.Code);
        Assert.Equal(GroupErrors.HistoryInvalid, GroupCourse.FromHistory(g.History.Skip(1), g.Protocol, courses).Error!.Code);
        Assert.Equal(GroupErrors.HistoryInvalid, GroupCourse.FromHistory([], g.Protocol, courses).Error!.Code);
    }

    [Fact]
    public void Mit_g_groups_run_without_a_pre_group_session()
    {
        GroupCourse g = GroupCourse.Form(GroupId.New(), MetacognitiveInterpersonalTherapy.GroupDefinition, new GroupRules(3, 8, 2), Start).Value;
        for (int i = 0; i < 3; i++)
        {
            g.Join(TreatmentCourse.Start(CourseId.New(), ClientRef.From("g-" + i), MetacognitiveInterpersonalTherapy.GroupDefinition, Start), Start);
        }

        Assert.True(g.RecordSession(Week(1), All(g)).IsSuccess);
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupCourse.Form(GroupId.New(), WhoGroupIpt.Definition, new GroupRules(5, 4, 2), Start));
        Assert.True(GroupErrors.AllCodes.Distinct().Count() == GroupErrors.AllCodes.Count);
    }
}
