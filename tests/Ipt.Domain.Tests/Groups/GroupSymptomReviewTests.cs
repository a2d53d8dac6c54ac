using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Groups;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Testing;

namespace Ipt.Domain.Tests.Groups;

/// <summary>WHO Group IPT reviews each member's symptoms in every middle session [S28]: the attendance records the
/// review, a review without attendance is refused, and a missing or unrecorded one is an advisory finding.</summary>
public class GroupSymptomReviewTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static DateOnly Week(int n) => Start.AddDays(7 * n);

    private static TreatmentCourse Member(int i)
    {
        TreatmentCourse c = TreatmentCourse.Start(CourseId.From(new Guid(i, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)), ClientRef.From("r-" + i), WhoGroupIpt.Definition, Start);
        Assert.True(c.RecordSession(Start, Attendance.Attended).IsSuccess);
        Assert.True(c.CompleteTask(TherapyTask.BaselineSeverity, Start).IsSuccess);
        Assert.True(c.CompleteInventory(ClinicalSamples.Inventory(), Start).IsSuccess);
        return c;
    }

    /// <summary>A group of six after group session 1 (the initial phase), every member reviewed or not alike.</summary>
    private static GroupCourse AfterFirstSession()
    {
        GroupCourse g = GroupCourse.FormWho(new GroupId(new Guid(8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8)), Start);
        for (int i = 1; i <= 6; i++)
        {
            Assert.True(g.Join(Member(i), Start).IsSuccess);
        }

        Assert.True(g.RecordSession(Week(1), [.. g.Members.Select(m => new MemberAttendance(m.Client, Attendance.Attended))]).IsSuccess);
        return g;
    }

    [Fact]
    public void Who_group_ipt_asks_for_the_review_in_the_middle_phase_and_no_other_protocol_does()
    {
        Assert.Equal([PhaseKind.Middle], WhoGroupIpt.Definition.MemberSymptomReviewPhases.AsEnumerable());
        Assert.Contains(WhoGroupIpt.Definition.Provenance, v => v.Setting == "member symptom review" && v.Sources.Contains("[S28]", StringComparison.Ordinal));
        Assert.All(BuiltInProtocols.All.Where(p => p.Id != WhoGroupIpt.Id), p => Assert.Empty(p.MemberSymptomReviewPhases));
    }

    [Fact]
    public void A_middle_session_reports_each_attending_member_without_a_review()
    {
        GroupCourse g = AfterFirstSession();
        Assert.Empty(g.SymptomReviewFindings()); // group session 1 is the initial phase: no review asked for

        IReadOnlyList<GroupMember> m = g.Members;
        List<MemberAttendance> attendance =
        [
            MemberAttendance.AttendedAndReviewed(m[0].Client),
            new(m[1].Client, Attendance.Attended) { SymptomsReviewed = false },
            new(m[2].Client, Attendance.Attended),
            new(m[3].Client, Attendance.NoShow),
            new(m[4].Client, Attendance.Cancelled) { SymptomsReviewed = false },
            MemberAttendance.AttendedAndReviewed(m[5].Client),
        ];
        Assert.True(g.RecordSession(Week(2), attendance).IsSuccess);

        IReadOnlyList<GroupSessionFinding> findings = g.SymptomReviewFindings();
        Assert.Equal(
            [(GroupSessionCodes.SymptomReviewMissing, 2, m[1].Client), (GroupSessionCodes.SymptomReviewNotRecorded, 2, m[2].Client)],
            findings.Select(f => (f.Code, f.SessionNumber, f.Client)));
        Assert.All(findings, f => CourseFixture.AssertPlainSentence(f.Message));
        Assert.All(findings, f => Assert.DoesNotContain("r-", f.Message, StringComparison.Ordinal));
        Assert.Contains("middle phase", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_of_a_member_who_did_not_attend_is_refused_and_changes_nothing()
    {
        GroupCourse g = AfterFirstSession();
        int version = g.Version;
        var before = g.Members.Select(x => x.Course.ToSnapshot()).ToList();
        var attendance = g.Members.Select((x, i) => i == 0
            ? new MemberAttendance(x.Client, Attendance.NoShow) { SymptomsReviewed = true }
            : MemberAttendance.AttendedAndReviewed(x.Client)).ToList();

        DomainError error = g.RecordSession(Week(2), attendance).Error!;
        Assert.Equal(GroupErrors.SymptomReviewWithoutAttendance, error.Code);
        CourseFixture.AssertPlainSentence(error.Message);
        Assert.Equal(version, g.Version);
        Assert.Equal(before, g.Members.Select(x => x.Course.ToSnapshot()).ToList());
    }

    [Fact]
    public void The_review_round_trips_through_the_group_history_json_and_is_omitted_when_not_recorded()
    {
        GroupCourse g = AfterFirstSession();
        var attendance = g.Members.Select((x, i) => i switch
        {
            0 => MemberAttendance.AttendedAndReviewed(x.Client),
            1 => new MemberAttendance(x.Client, Attendance.Attended) { SymptomsReviewed = false },
            _ => new MemberAttendance(x.Client, Attendance.Attended),
        }).ToList();
        Assert.True(g.RecordSession(Week(2), attendance).IsSuccess);

        string json = GroupHistoryJson.Serialize(g.History);
        Assert.Contains("\"symptomsReviewed\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"symptomsReviewed\":false", json, StringComparison.Ordinal);
        Assert.Equal(2, json.Split("symptomsReviewed").Length - 1); // null is not written, never defaulted

        IReadOnlyList<GroupEvent> read = GroupHistoryJson.Deserialize(json).Value;
        Assert.Equal(g.History, read);
        var courses = g.Members.Select(x => TreatmentCourse.FromHistory(x.Course.History, x.Course.Protocol).Value).ToList();
        GroupCourse replayed = GroupCourse.FromHistory(read, g.Protocol, courses).Value;
        Assert.Equal(g.SymptomReviewFindings(), replayed.SymptomReviewFindings());
        Assert.Null(((GroupSessionRecorded)read[^1]).Attendance[2].SymptomsReviewed);
    }

    [Fact]
    public void A_stored_review_without_attendance_does_not_replay()
    {
        GroupCourse g = AfterFirstSession();
        var courses = g.Members.Select(x => TreatmentCourse.FromHistory(x.Course.History, x.Course.Protocol).Value).ToList();
        var first = (GroupSessionRecorded)g.History[^1];
        var broken = first with
        {
            Attendance = [.. first.Attendance.Select((a, i) => i == 0 ? a with { Attendance = Attendance.NoShow, SymptomsReviewed = true } : a)],
        };
        List<GroupEvent> history = [.. g.History.Take(g.History.Count - 1), broken];
        Assert.Equal(GroupErrors.SymptomReviewWithoutAttendance, GroupCourse.FromHistory(history, g.Protocol, courses).Error!.Code);
    }

    private static readonly Gen<(Attendance, bool?)> Entry =
        Gen.Elements(
            (Attendance.Attended, (bool?)true), (Attendance.Attended, (bool?)false), (Attendance.Attended, (bool?)null),
            (Attendance.NoShow, (bool?)null), (Attendance.NoShow, (bool?)false), (Attendance.Cancelled, (bool?)null));

    [IptProperty(40)]
    public Property Every_attending_member_without_a_review_in_a_middle_session_is_reported_once()
    {
        return Prop.ForAll(Entry.ArrayOf(6).ToArbitrary(), entries =>
        {
            GroupCourse g = AfterFirstSession();
            var attendance = g.Members.Select((x, i) => new MemberAttendance(x.Client, entries[i].Item1) { SymptomsReviewed = entries[i].Item2 }).ToList();
            bool recorded = g.RecordSession(Week(2), attendance).IsSuccess;
            var expected = attendance.Where(a => a.Attendance == Attendance.Attended && a.SymptomsReviewed != true)
                .Select(a => (a.SymptomsReviewed is null ? GroupSessionCodes.SymptomReviewNotRecorded : GroupSessionCodes.SymptomReviewMissing, 2, a.Client));
            return (recorded && expected.SequenceEqual(g.SymptomReviewFindings().Select(f => (f.Code, f.SessionNumber, f.Client)))).ToProperty();
        });
    }
}
