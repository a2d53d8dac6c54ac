using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Groups;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Docs;

namespace Ipt.Domain.Tests.Serialization;

public class GroupHistoryJsonTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static TreatmentCourse Member(int i)
    {
        TreatmentCourse c = TreatmentCourse.Start(CourseId.From(new Guid(i, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)), ClientRef.From("m-" + i), WhoGroupIpt.Definition, Start);
        Assert.True(c.RecordSession(Start, Attendance.Attended).IsSuccess);
        Assert.True(c.CompleteTask(TherapyTask.BaselineSeverity, Start).IsSuccess);
        Assert.True(c.CompleteInventory(ClinicalSamples.Inventory(), Start).IsSuccess);
        return c;
    }

    private static List<MemberAttendance> Attending(GroupCourse g, params int[] noShows) =>
        [.. g.Members.Select((m, i) => new MemberAttendance(m.Client, noShows.Contains(i) ? Attendance.NoShow : Attendance.Attended))];

    /// <summary>A WHO Group IPT group of six with three group sessions, the second remote with one no-show.</summary>
    private static GroupCourse WhoGroup()
    {
        GroupCourse g = GroupCourse.FormWho(new GroupId(new Guid(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)), Start);
        for (int i = 1; i <= 6; i++)
        {
            Assert.True(g.Join(Member(i), Start).IsSuccess);
        }

        Assert.True(g.RecordSession(Start.AddDays(7), Attending(g)).IsSuccess);
        Assert.True(g.RecordSession(Start.AddDays(14), Attending(g, 2), SessionModality.Remote).IsSuccess);
        Assert.True(g.RecordSession(Start.AddDays(21), Attending(g)).IsSuccess);
        return g;
    }

    /// <summary>A small group for the documentation example: two members, one group session.</summary>
    internal static GroupCourse ExampleGroup()
    {
        GroupCourse g = GroupCourse.Form(new GroupId(new Guid("2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b")), WhoGroupIpt.Definition, new GroupRules(2, 8, 2), Start).Value;
        Assert.True(g.Join(Member(1), Start).IsSuccess);
        Assert.True(g.Join(Member(2), Start).IsSuccess);
        Assert.True(g.RecordSession(Start.AddDays(7), Attending(g, 1)).IsSuccess);
        return g;
    }

    private static Result<GroupCourse> Reload(string groupJson, IEnumerable<string> memberJson) =>
        GroupHistoryJson.Deserialize(groupJson).Bind(events => GroupCourse.FromHistory(
            events,
            WhoGroupIpt.Definition,
            [.. memberJson.Select(j => CourseHistoryJson.Deserialize(j).Bind(e => TreatmentCourse.FromHistory(e, WhoGroupIpt.Definition)).Value)]));

    [Fact]
    public void A_group_and_its_member_courses_round_trip()
    {
        GroupCourse g = WhoGroup();
        string json = GroupHistoryJson.Serialize(g.History);
        GroupCourse back = Reload(json, g.Members.Select(m => CourseHistoryJson.Serialize(m.Course.History))).Value;

        Assert.Equal(g.History, back.History);
        Assert.Equal(g.Id, back.Id);
        Assert.Equal(g.Rules, back.Rules);
        Assert.Equal(g.Members.Select(m => m.Course.ToSnapshot()), back.Members.Select(m => m.Course.ToSnapshot()));
        Assert.Equal(g.AttendanceOf(g.Members[2].Client), back.AttendanceOf(back.Members[2].Client));
        Assert.Equal(json, GroupHistoryJson.Serialize(back.History));
    }

    [Fact]
    public void Utf8_round_trips_like_text()
    {
        GroupCourse g = WhoGroup();
        byte[] utf8 = GroupHistoryJson.SerializeToUtf8(g.History);
        Assert.Equal(GroupHistoryJson.Serialize(g.History), Encoding.UTF8.GetString(utf8));
        Assert.Equal(g.History, GroupHistoryJson.Deserialize(utf8).Value);
    }

    [Fact]
    public void Every_event_carries_its_discriminator_first()
    {
        using JsonDocument doc = JsonDocument.Parse(GroupHistoryJson.Serialize(WhoGroup().History));
        Assert.Equal(GroupHistoryJson.SchemaVersion, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        string[] types = [.. doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.EnumerateObject().First())
            .Select(p => Assert.IsType<string>(p.Name == "$type" ? p.Value.GetString() : null))];
        Assert.Equal(["group-formed", .. Enumerable.Repeat("member-joined", 6), .. Enumerable.Repeat("group-session-recorded", 3)], types);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"events\":[]}", "history.schema-unsupported")]
    [InlineData("{\"schemaVersion\":1}", "history.json-invalid")]
    [InlineData("not json", "history.json-invalid")]
    [InlineData("null", "history.json-invalid")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"group-dissolved\",\"occurredOn\":\"2026-03-02\"}]}", "history.json-invalid")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"group-formed\",\"groupId\":\"not-a-guid\",\"protocolId\":\"group-ipt-who\",\"rules\":{\"minimumMembers\":2,\"maximumMembers\":8,\"openForNewMembersThroughSession\":2},\"occurredOn\":\"2026-03-02\"}]}", "history.json-invalid")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"group-formed\",\"groupId\":\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\",\"protocolId\":\"group-ipt-who\",\"rules\":{\"minimumMembers\":5,\"maximumMembers\":2,\"openForNewMembersThroughSession\":2},\"occurredOn\":\"2026-03-02\"}]}", "history.json-invalid")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"group-session-recorded\",\"number\":1,\"modality\":\"by-pigeon\",\"attendance\":[],\"occurredOn\":\"2026-03-02\"}]}", "history.json-invalid")]
    public void Bad_content_is_a_result_not_an_exception(string json, string code)
    {
        Result<IReadOnlyList<GroupEvent>> r = GroupHistoryJson.Deserialize(json);
        Assert.Equal(code, r.Error?.Code);
        Assert.Equal(code, GroupHistoryJson.Deserialize(Encoding.UTF8.GetBytes(json)).Error?.Code);
    }

    [Fact]
    public void A_history_missing_a_member_course_is_rejected_on_replay()
    {
        GroupCourse g = WhoGroup();
        Result<GroupCourse> r = Reload(GroupHistoryJson.Serialize(g.History), g.Members.Skip(1).Select(m => CourseHistoryJson.Serialize(m.Course.History)));
        Assert.Equal(GroupErrors.HistoryMemberCourseMissing, r.Error?.Code);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => GroupHistoryJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => GroupHistoryJson.SerializeToUtf8(null!));
        Assert.Throws<ArgumentNullException>(() => GroupHistoryJson.Deserialize((string)null!));
    }

    [Fact]
    public void Persistence_doc_group_example_is_current_and_reads_back()
    {
        GroupCourse g = ExampleGroup();
        string json = GroupHistoryJson.Serialize(g.History);
        GroupCourse back = GroupHistoryJson.Deserialize(json)
            .Bind(e => GroupCourse.FromHistory(e, WhoGroupIpt.Definition, g.Members.Select(m => m.Course))).Value;
        Assert.Equal(g.History, back.History);

        using JsonDocument doc = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            doc.WriteTo(writer);
        }

        DocsGeneratedBlocks.AssertCurrent("docs/persistence.md", "group-history-example", "```json\n" + Encoding.UTF8.GetString(buffer.ToArray()) + "\n```");
    }
}
