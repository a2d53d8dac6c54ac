using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Serialization;

public class CourseHistoryJsonTests
{
    [Fact]
    public void Each_event_carries_its_discriminator_first_and_enums_as_kebab_codes()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        c.RecordSession(CourseFixture.Start, Attendance.NoShow, SessionModality.Remote, participants: SessionParticipants.ParentOrCaregiver);
        string json = CourseHistoryJson.Serialize(c.History);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetProperty("schemaVersion").GetInt32());
        JsonElement session = doc.RootElement.GetProperty("events")[1];
        using var props = session.EnumerateObject();
        props.MoveNext();
        Assert.Equal("$type", props.Current.Name);
        Assert.Equal("session-recorded", props.Current.Value.GetString());
        Assert.Equal("no-show", session.GetProperty("attendance").GetString());
        Assert.Equal("remote", session.GetProperty("modality").GetString());
        Assert.Equal("parent-or-caregiver", session.GetProperty("participants").GetString());
        Assert.Equal("2026-01-05", session.GetProperty("occurredOn").GetString());
        Assert.False(session.TryGetProperty("note", out _));
    }

    [Fact]
    public void A_completed_course_round_trips_exactly()
    {
        TreatmentCourse c = CourseFixture.ReadyToComplete();
        c.Discontinue(CourseFixture.Week(16), DiscontinuationReason.ClientChoice, PrivateNote.From("text \"quoted\" ✓"));
        string json = CourseHistoryJson.Serialize(c.History);
        IReadOnlyList<CourseEvent> back = CourseHistoryJson.Deserialize(json).Value;
        Assert.Equal(json, CourseHistoryJson.Serialize(back));
        Assert.Equal(json, CourseHistoryJson.Serialize(CourseHistoryJson.Deserialize(CourseHistoryJson.SerializeToUtf8(c.History)).Value));
        Assert.Equal(c.ToSnapshot(), TreatmentCourse.FromHistory(back, c.Protocol).Value.ToSnapshot());
        Assert.Equal("partner", back.OfType<Ipt.Domain.Courses.Events.InventoryCompleted>().Single().Inventory.People[0].Label.Text);
        Assert.Equal(c.Formulation!.ToString(), back.OfType<Ipt.Domain.Courses.Events.FormulationAgreed>().Single().Formulation.ToString());
    }

    [Fact]
    public void A_null_or_missing_value_in_any_event_is_an_error_not_an_exception()
    {
        // Regression: a constructor that rejects a null value (ArgumentException) used to escape Deserialize.
        TreatmentCourse c = CourseFixture.ReadyToComplete();
        c.Discontinue(CourseFixture.Week(16), DiscontinuationReason.ClientChoice, PrivateNote.From("note"));
        JsonNode original = JsonNode.Parse(CourseHistoryJson.Serialize(c.History))!;
        int variants = 0, rejected = 0;
        foreach ((JsonObject owner, string name) in Properties(original["events"]!))
        {
            foreach (bool remove in new[] { false, true })
            {
                JsonNode? saved = owner[name]?.DeepClone();
                if (remove) { owner.Remove(name); } else { owner[name] = null; }
                Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(original.ToJsonString());
                variants++;
                if (read.IsFailure)
                {
                    rejected++;
                    Assert.Equal(CourseErrors.HistoryEventInvalid, read.Error!.Code);
                    Assert.NotNull(read.Error.Event);
                    Assert.EndsWith(name, read.Error.Event!.Field, StringComparison.Ordinal);
                }
                else
                {
                    // Only an optional value may be absent, and then the events mean exactly what the edited text says.
                    JsonNode edited = JsonNode.Parse(original.ToJsonString())!;
                    Assert.True(JsonNode.DeepEquals(WithoutNulls(edited), JsonNode.Parse(CourseHistoryJson.Serialize(read.Value))), name);
                }

                if (remove) { owner.Remove(name); }
                owner[name] = saved;
            }
        }

        Assert.True(variants > 100, variants.ToString());
        Assert.True(rejected > 0);
    }

    internal static JsonNode WithoutNulls(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (KeyValuePair<string, JsonNode?> p in obj.ToList())
                {
                    WithoutNulls(p.Value!);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    if (item is not null)
                    {
                        WithoutNulls(item);
                    }
                }

                break;
        }

        return node;
    }

    private static IEnumerable<(JsonObject Owner, string Name)> Properties(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (string name in obj.Select(p => p.Key).ToList())
            {
                if (name != "$type")
                {
                    yield return (obj, name);
                }

                if (obj[name] is JsonNode child)
                {
                    foreach ((JsonObject Owner, string Name) inner in Properties(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array.ToList())
            {
                if (item is not null)
                {
                    foreach ((JsonObject Owner, string Name) inner in Properties(item))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"schemaVersion\":1}")]
    [InlineData("{\"events\":[]}")]
    [InlineData("{\"schemaVersion\":1,\"events\":[],\"extra\":1}")]
    [InlineData("{\"schemaVersion\":1,\"events\":[]} []")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Invalid_json_is_an_error_not_an_exception(string json)
    {
        Result<IReadOnlyList<CourseEvent>> r = CourseHistoryJson.Deserialize(json);
        Assert.Equal(CourseErrors.HistoryJsonInvalid, r.Error!.Code);
        Assert.Equal(CourseErrors.HistoryJsonInvalid, CourseHistoryJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(json)).Error!.Code);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"unknown-event\",\"occurredOn\":\"2026-01-05\"}]}")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"session-recorded\",\"occurredOn\":\"2026-01-05\",\"number\":1,\"attendance\":\"sometimes\"}]}")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"course-started\",\"occurredOn\":\"2026-01-05\",\"courseId\":\"x\",\"client\":\"c\",\"protocolId\":\"ipt\",\"contractedSessions\":16}]}")]
    [InlineData("{\"schemaVersion\":1,\"events\":[{\"$type\":\"course-started\",\"occurredOn\":\"2026-01-05\",\"courseId\":\"6f1c2a9e-0b7d-4c59-9a53-2e8d1f4b7c10\",\"client\":\"John Smith\",\"protocolId\":\"ipt\",\"contractedSessions\":16}]}")]
    [InlineData("{\"schemaVersion\":1,\"events\":[7]}")]
    public void A_bad_event_is_event_invalid_naming_event_1(string json)
    {
        Result<IReadOnlyList<CourseEvent>> r = CourseHistoryJson.Deserialize(json);
        Assert.Equal(CourseErrors.HistoryEventInvalid, r.Error!.Code);
        Assert.Equal(1, r.Error.Event!.Position);
        Assert.StartsWith("Event 1", r.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("John", r.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sometimes", r.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_schema_version_is_rejected()
    {
        Assert.Equal(CourseErrors.HistorySchemaUnsupported, CourseHistoryJson.Deserialize("{\"schemaVersion\":3,\"events\":[]}").Error!.Code);
        Assert.Equal(CourseErrors.HistorySchemaUnsupported, CourseHistoryJson.Deserialize("{\"schemaVersion\":0,\"events\":[]}").Error!.Code);
    }

    [Fact]
    public void A_json_error_never_quotes_the_content()
    {
        string json = "{\"schemaVersion\":1,\"events\":[{\"$type\":\"session-recorded\",\"occurredOn\":\"2026-01-05\",\"number\":1,\"attendance\":\"attended\",\"modality\":\"in-person\",\"participants\":\"client-only\",\"note\":42,\"x\":\"SECRET-TEXT\"}]}";
        DomainError e = CourseHistoryJson.Deserialize(json).Error!;
        Assert.DoesNotContain("SECRET", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("42", e.Message, StringComparison.Ordinal);
    }
}
