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

/// <summary>The group's boundaries: argument misuse, dates on the last activity's day, a client joining twice with
/// another course, settings that shape the WHO group, the stored history's checks and the group's own text.</summary>
public class GroupCourseRuleTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static DateOnly Week(int n) => Start.AddDays(7 * n);

    private static TreatmentCourse Member(int i, string? client = null)
    {
        TreatmentCourse c = TreatmentCourse.Start(CourseId.New(), ClientRef.From(client ?? "m-" + i), WhoGroupIpt.Definition, Start);
        Assert.True(c.RecordSession(Start, Attendance.Attended).IsSuccess);
        Assert.True(c.CompleteTask(TherapyTask.BaselineSeverity, Start).IsSuccess);
        Assert.True(c.CompleteInventory(ClinicalSamples.Inventory(), Start).IsSuccess);
        return c;
    }

    private static GroupCourse GroupOf(int members, WhoGroupIptSettings? settings = null)
    {
        GroupCourse g = GroupCourse.FormWho(GroupId.New(), Start, settings);
        for (int i = 1; i <= members; i++)
        {
            Assert.True(g.Join(Member(i), Start).IsSuccess);
        }

        return g;
    }

    private static List<MemberAttendance> All(GroupCourse g) =>
        [.. g.Members.Select(m => new MemberAttendance(m.Client, Attendance.Attended))];

    [Fact]
    public void Misused_arguments_throw_naming_the_parameter()
    {
        var rules = new GroupRules(6, 10, 2);
        Assert.Equal("protocol", Assert.Throws<ArgumentNullException>(() => GroupCourse.Form(GroupId.New(), null!, rules, Start)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => GroupCourse.Form(GroupId.New(), WhoGroupIpt.Definition, null!, Start)).ParamName);
        Assert.Equal("MinimumMembers", Assert.Throws<ArgumentOutOfRangeException>(() => GroupCourse.Form(GroupId.New(), WhoGroupIpt.Definition, new GroupRules(0, 10, 2), Start)).ParamName);
        Assert.Equal("OpenForNewMembersThroughSession", Assert.Throws<ArgumentOutOfRangeException>(() => GroupCourse.Form(GroupId.New(), WhoGroupIpt.Definition, new GroupRules(6, 10, -1), Start)).ParamName);

        GroupCourse g = GroupOf(6);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => GroupCourse.FromHistory(null!, g.Protocol, [])).ParamName);
        Assert.Equal("protocol", Assert.Throws<ArgumentNullException>(() => GroupCourse.FromHistory(g.History, null!, [])).ParamName);
        Assert.Equal("memberCourses", Assert.Throws<ArgumentNullException>(() => GroupCourse.FromHistory(g.History, g.Protocol, null!)).ParamName);
        Assert.Equal("course", Assert.Throws<ArgumentNullException>(() => g.Join(null!, Start)).ParamName);
        Assert.Equal("attendance", Assert.Throws<ArgumentNullException>(() => g.RecordSession(Week(1), null!)).ParamName);
        Assert.Equal("attendance", Assert.Throws<ArgumentNullException>(() => g.RecordSession(Week(1), [.. All(g), null!])).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => g.AttendanceOf(null!)).ParamName);
        Assert.Equal(0, g.SessionsHeld);
    }

    [Fact]
    public void A_client_already_in_the_group_cannot_join_again_with_another_course()
    {
        GroupCourse g = GroupOf(6);
        int version = g.Version;

        Result<MemberJoined> again = g.Join(Member(1, client: "m-1"), Start);

        Assert.Equal(GroupErrors.AlreadyMember, again.Error!.Code);
        Assert.Equal(version, g.Version);
        Assert.Equal(6, g.Members.Count);
    }

    [Fact]
    public void Joins_and_sessions_may_fall_on_the_last_activitys_day_but_not_before_it()
    {
        GroupCourse g = GroupOf(6);
        Assert.True(g.RecordSession(Week(1), All(g)).IsSuccess);

        Assert.Equal(GroupErrors.DateOutOfOrder, g.Join(Member(7), Week(1).AddDays(-1)).Error!.Code);
        Assert.True(g.Join(Member(7), Week(1)).IsSuccess);
        Assert.Equal(GroupErrors.DateOutOfOrder, g.RecordSession(Week(1).AddDays(-1), All(g)).Error!.Code);
        Assert.Equal(1, g.SessionsHeld);
        Assert.Equal(7, g.Members.Count);

        // An MIT-G group needs no pre-group session: its first group session may be held on the day the members joined.
        GroupCourse mitG = GroupCourse.Form(GroupId.New(), MetacognitiveInterpersonalTherapy.GroupDefinition, new GroupRules(3, 8, 2), Start).Value;
        for (int i = 0; i < 3; i++)
        {
            Assert.True(mitG.Join(TreatmentCourse.Start(CourseId.New(), ClientRef.From("g-" + i), MetacognitiveInterpersonalTherapy.GroupDefinition, Start), Start).IsSuccess);
        }

        Assert.True(mitG.RecordSession(Start, All(mitG)).IsSuccess);
    }

    [Fact]
    public void The_who_groups_settings_give_its_protocol_and_its_size_rules()
    {
        var settings = new WhoGroupIptSettings { GroupSessions = 10, MinimumMembers = 4, MaximumMembers = 8, OpenForNewMembersThroughSession = 3 };
        GroupCourse g = GroupCourse.FormWho(GroupId.New(), Start, settings);

        Assert.Equal(new GroupRules(4, 8, 3), g.Rules);
        Assert.Equal(10, g.Protocol.Sessions.Planned);
        Assert.Equal(WhoGroupIpt.Definition.Sessions.Planned, GroupCourse.FormWho(GroupId.New(), Start).Protocol.Sessions.Planned);
        Assert.Same(WhoGroupIpt.Definition, GroupCourse.FormWho(GroupId.New(), Start).Protocol);
        Assert.Equal(
            "settings",
            Assert.Throws<ArgumentException>(() => GroupCourse.FormWho(GroupId.New(), Start, settings with { GroupSessions = 0 })).ParamName);
    }

    [Fact]
    public void A_stored_history_on_another_protocol_or_with_a_session_out_of_sequence_does_not_replay()
    {
        GroupCourse g = GroupOf(6);
        Assert.True(g.RecordSession(Week(1), All(g)).IsSuccess);
        var courses = g.Members.Select(m => m.Course).ToList();
        var formed = (GroupFormed)g.History[0];
        GroupSessionRecorded session = g.History.OfType<GroupSessionRecorded>().Single();
        var history = g.History.ToList();

        Assert.True(GroupCourse.FromHistory(history, g.Protocol, courses).IsSuccess);
        Assert.Equal(GroupErrors.HistoryInvalid, GroupCourse.FromHistory([formed with { ProtocolId = "group-other" }, .. history.Skip(1)], g.Protocol, courses).Error!.Code);
        Assert.Equal(GroupErrors.HistoryInvalid, GroupCourse.FromHistory([formed with { Rules = null! }, .. history.Skip(1)], g.Protocol, courses).Error!.Code);
        Assert.Equal(GroupErrors.HistoryInvalid, GroupCourse.FromHistory([.. history.SkipLast(1), session with { Number = 2 }], g.Protocol, courses).Error!.Code);
        Assert.Equal(GroupErrors.HistoryInvalid, GroupCourse.FromHistory([.. history.SkipLast(1), session with { Attendance = null! }], g.Protocol, courses).Error!.Code);
        Assert.Equal(GroupErrors.DateOutOfOrder, GroupCourse.FromHistory([.. history.SkipLast(1), session with { OccurredOn = Start.AddDays(-1) }], g.Protocol, courses).Error!.Code);
    }

    [Fact]
    public void A_group_session_differs_when_any_one_member_differs()
    {
        GroupCourse g = GroupOf(6);
        GroupSessionRecorded s = g.RecordSession(Week(1), All(g)).Value;
        Assert.Equal(s, s with { Attendance = [.. s.Attendance] });

        GroupSessionRecorded[] changed =
        [
            s with { OccurredOn = s.OccurredOn.AddDays(1) },
            s with { Number = 2 },
            s with { Modality = SessionModality.Remote },
            s with { Attendance = [.. s.Attendance.Skip(1)] },
            s with { Attendance = [s.Attendance[0] with { Attendance = Attendance.NoShow }, .. s.Attendance.Skip(1)] },
        ];
        Assert.All(changed, other => Assert.NotEqual(s, other));
        Assert.False(s.Equals(null));
    }

    [Fact]
    public void The_group_prints_the_documented_shape_and_its_id_as_a_guid()
    {
        var id = new GroupId(new Guid(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9));
        GroupCourse g = GroupCourse.FormWho(id, Start);
        for (int i = 1; i <= 6; i++)
        {
            Assert.True(g.Join(Member(i), Start).IsSuccess);
        }

        Assert.True(g.RecordSession(Week(1), All(g)).IsSuccess);

        Assert.Equal("00000009-0009-0009-0909-090909090909", id.ToString());
        Assert.Equal("Group 00000009-0009-0009-0909-090909090909 on " + WhoGroupIpt.Id + ": 6 members, 1 sessions held", g.ToString());
    }

    [Fact]
    public void A_member_exactly_the_age_gap_from_another_is_not_isolated()
    {
        static GroupMemberProfile M(string id, int age) => new(ClientRef.From(id), age, null);
        int gap = GroupCompositionRules.Default.AgeGapYears;

        Assert.Empty(GroupComposition.Check([M("a", 30), M("b", 30 + gap)]));
        Assert.Equal(2, GroupComposition.Check([M("a", 30), M("b", 31 + gap)]).Count);
        Assert.Equal("members", Assert.Throws<ArgumentNullException>(() => GroupComposition.Check([M("a", 30), null!])).ParamName);
    }
}
