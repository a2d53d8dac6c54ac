using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>The history document's envelope (<c>schemaVersion</c>, <c>events</c>): which refusal a malformed envelope
/// gets, that the keys may come in either order, and the group history's own checks.</summary>
public class HistoryDocumentTests
{
    private const string Course = "course history";

    private static DomainError ErrorOf(string json) => CourseHistoryJson.Deserialize(json).Error!;

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"notes\":[]}")]
    [InlineData("{\"schemaVersion\":2,\"events\":[],\"notes\":1}")]
    [InlineData("{\"notes\":[],\"schemaVersion\":2,\"events\":[]}")]
    [InlineData("{\"schemaVersion\":2,\"events\":[],\"events\":[]}")]
    public void A_key_besides_the_version_and_the_events_is_refused_even_when_it_holds_an_array(string json) =>
        Assert.Equal(CourseErrors.DocumentPropertyUnknown(Course), ErrorOf(json));

    [Theory]
    [InlineData("{\"schemaVersion\":2}")]
    [InlineData("{\"schemaVersion\":2,\"events\":{}}")]
    [InlineData("{\"schemaVersion\":2,\"events\":\"[]\"}")]
    [InlineData("{\"events\":{},\"schemaVersion\":2}")]
    public void Events_that_are_not_an_array_are_no_events(string json) =>
        Assert.Equal(CourseErrors.DocumentNoEvents(Course), ErrorOf(json));

    [Theory]
    [InlineData("{\"events\":[]}")]
    [InlineData("{\"schemaVersion\":\"2\",\"events\":[]}")]
    public void A_version_that_is_not_a_number_is_no_version(string json) =>
        Assert.Equal(CourseErrors.DocumentNoSchemaVersion(Course), ErrorOf(json));

    [Fact]
    public void A_document_that_is_not_an_object_is_no_document_and_two_values_are_refused_as_such()
    {
        Assert.Equal(CourseErrors.JsonHoldsNoDocument(Course), ErrorOf("[1]"));
        Assert.Equal(CourseErrors.JsonHoldsNoDocument(Course), ErrorOf("3"));
        Assert.Equal("The JSON is not a valid course history (line 1, byte 0).", ErrorOf("").Message);
        DomainError two = ErrorOf("[1] [2]");
        Assert.Equal(CourseErrors.HistoryJsonInvalid, two.Code);
        Assert.NotEqual(CourseErrors.JsonHoldsNoDocument(Course), two);
    }

    [Fact]
    public void A_malformed_document_is_located_by_line_and_byte()
    {
        DomainError error = ErrorOf("{\n\"schemaVersion\":2,\n\"events\":[}");
        Assert.Equal(CourseErrors.HistoryJsonInvalid, error.Code);
        Assert.Matches(@"^The JSON is not a valid course history \(line 3, byte \d+\)\.$", error.Message);
    }

    [Fact]
    public void An_unsupported_version_names_the_versions_this_library_reads()
    {
        DomainError course = ErrorOf("{\"schemaVersion\":9,\"events\":[]}");
        Assert.Equal(CourseErrors.HistorySchemaUnsupported, course.Code);
        Assert.EndsWith("this library reads versions " + CourseHistoryJson.OldestReadableSchemaVersion + " to " + CourseHistoryJson.SchemaVersion + ".", course.Message, StringComparison.Ordinal);

        DomainError group = GroupHistoryJson.Deserialize("{\"schemaVersion\":9,\"events\":[]}").Error!;
        Assert.EndsWith("this library reads version " + GroupHistoryJson.SchemaVersion + ".", group.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_before_the_version_read_as_in_the_writer_s_order()
    {
        TreatmentCourse course = RichHistory.Completed();
        string usual = CourseHistoryJson.Serialize(course.History);
        JsonObject written = JsonNode.Parse(usual)!.AsObject();
        var reordered = new JsonObject { ["events"] = written["events"]!.DeepClone(), ["schemaVersion"] = written["schemaVersion"]!.DeepClone() };

        Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(reordered.ToJsonString());

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(usual, CourseHistoryJson.Serialize(read.Value));
        Assert.Contains(read.Value, e => e.CommandId is null);
        Assert.Equal(course.History.Count, read.Value.Count);
    }

    [Fact]
    public void A_history_with_notes_at_their_longest_in_characters_that_are_escaped_round_trips()
    {
        TreatmentCourse course = CourseFixture.NewCourse();
        string longest = string.Concat(Enumerable.Repeat("é\"<", PrivateNote.MaxLength / 3)) + new string('é', PrivateNote.MaxLength % 3);
        Assert.Equal(PrivateNote.MaxLength, longest.Length);
        Assert.True(course.RecordSession(CourseFixture.Start, Attendance.Attended, note: PrivateNote.From(longest)).IsSuccess);
        Assert.True(course.Discontinue(CourseFixture.Week(1), DiscontinuationReason.ClientChoice, PrivateNote.From(longest)).IsSuccess);

        string json = CourseHistoryJson.Serialize(course.History);
        byte[] utf8 = CourseHistoryJson.SerializeToUtf8(course.History);
        Result<IReadOnlyList<CourseEvent>> back = CourseHistoryJson.Deserialize(json);

        Assert.Equal(json, Encoding.UTF8.GetString(utf8));
        Assert.Equal(longest, ((SessionRecorded)back.Value[1]).Note!.Text);
        Assert.Equal(longest, ((CourseDiscontinued)back.Value[2]).Note!.Text);
        Assert.Equal(json, CourseHistoryJson.Serialize(back.Value));
    }

    private const string Rules = "\"rules\":{\"minimumMembers\":MIN,\"maximumMembers\":MAX,\"openForNewMembersThroughSession\":OPEN}";

    private static Result<IReadOnlyList<GroupEvent>> Formed(int min, int max, int open) =>
        GroupHistoryJson.Deserialize("{\"schemaVersion\":1,\"events\":[{\"$type\":\"group-formed\",\"groupId\":\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\",\"protocolId\":\"group-ipt-who\","
            + Rules.Replace("MIN", min.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("MAX", max.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("OPEN", open.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            + ",\"occurredOn\":\"2026-03-02\"}]}");

    [Theory]
    [InlineData(1, 1, 0, true)]
    [InlineData(2, 8, 2, true)]
    [InlineData(0, 8, 2, false)]
    [InlineData(3, 2, 2, false)]
    [InlineData(2, 8, -1, false)]
    public void Stored_group_rules_are_read_only_when_they_are_consistent(int min, int max, int open, bool consistent)
    {
        Result<IReadOnlyList<GroupEvent>> read = Formed(min, max, open);
        Assert.Equal(consistent, read.IsSuccess);
        if (consistent)
        {
            Assert.Equal(new GroupRules(min, max, open), ((GroupFormed)read.Value[0]).Rules);
        }
        else
        {
            Assert.StartsWith("The JSON is not a valid group history (event 1, ", read.Error!.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_group_event_that_cannot_be_read_is_named_by_its_position_and_the_path_inside_it()
    {
        const string Formed = "{\"$type\":\"group-formed\",\"groupId\":\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\",\"protocolId\":\"group-ipt-who\",\"rules\":{\"minimumMembers\":2,\"maximumMembers\":8,\"openForNewMembersThroughSession\":2},\"occurredOn\":\"2026-03-02\"}";
        const string BadId = "{\"$type\":\"group-formed\",\"groupId\":\"not-a-guid\",\"protocolId\":\"group-ipt-who\",\"rules\":{\"minimumMembers\":2,\"maximumMembers\":8,\"openForNewMembersThroughSession\":2},\"occurredOn\":\"2026-03-02\"}";

        DomainError second = GroupHistoryJson.Deserialize("{\"schemaVersion\":1,\"events\":[" + Formed + "," + BadId + "," + Formed + "]}").Error!;
        Assert.Equal(CourseErrors.HistoryJsonInvalid, second.Code);
        Assert.Equal("The JSON is not a valid group history (event 2, at $.groupId).", second.Message);

        DomainError none = GroupHistoryJson.Deserialize("{\"schemaVersion\":1,\"events\":[null]}").Error!;
        Assert.Equal("The JSON is not a valid group history (event 1).", none.Message);
    }

    [Fact]
    public void Null_arguments_are_misuse_named_by_parameter()
    {
        Assert.Equal("courseEvent", Assert.Throws<ArgumentNullException>(() => CourseEventJson.Serialize(null!)).ParamName);
        Assert.Equal("courseEvent", Assert.Throws<ArgumentNullException>(() => CourseEventJson.SerializeToUtf8(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CourseEventJson.Deserialize((string)null!, 1)).ParamName);
        Assert.Equal("position", Assert.Throws<ArgumentOutOfRangeException>(() => CourseEventJson.Deserialize("{}"u8, 0)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => CourseHistoryJson.Serialize(null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => CourseHistoryJson.SerializeToUtf8(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => CourseHistoryJson.Deserialize((string)null!)).ParamName);
        Assert.Equal("courseEvent", Assert.Throws<ArgumentNullException>(() => CourseEventTypes.NameOf((CourseEvent)null!)).ParamName);
        Assert.Equal("eventType", Assert.Throws<ArgumentNullException>(() => CourseEventTypes.NameOf((Type)null!)).ParamName);
        ArgumentException notAnEvent = Assert.Throws<ArgumentException>(() => CourseEventTypes.NameOf(typeof(string)));
        Assert.Equal("eventType", notAnEvent.ParamName);
        Assert.StartsWith("Not a course event type", notAnEvent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_event_is_one_json_value_and_keeps_its_command_id()
    {
        TreatmentCourse course = CourseFixture.NewCourse();
        Assert.True(course.ExecuteOnce("appt-1", c => c.RecordSession(CourseFixture.Start, Attendance.Attended)).IsSuccess);
        string json = CourseEventJson.Serialize(course.History[1]);

        Assert.Equal("appt-1", CourseEventJson.Deserialize(json, 2).Value.CommandId);
        DomainError twoValues = CourseEventJson.Deserialize(json + " " + json, 2).Error!;
        Assert.Equal(new EventLocation(2, null, null), twoValues.Event);
        Assert.Equal("Event 2 is not valid JSON.", twoValues.Message);
        Assert.Equal("Event 2 is not valid JSON.", CourseEventJson.Deserialize(json + " 1", 2).Error!.Message);
        Assert.Equal("Event 2 is not valid JSON.", CourseEventJson.Deserialize(" ", 2).Error!.Message);
        Assert.Equal("Event 2 is not valid JSON.", CourseEventJson.Deserialize(json[..^1], 2).Error!.Message);
    }
}
