using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Serialization;

public class CourseEventJsonTests
{
    [Fact]
    public void Every_event_of_a_rich_course_round_trips_one_by_one_as_inside_its_history()
    {
        TreatmentCourse c = CourseFixture.ReadyToComplete();
        c.Discontinue(CourseFixture.Week(16), DiscontinuationReason.ClientChoice, PrivateNote.From("note"));
        string history = CourseHistoryJson.Serialize(c.History);
        for (int i = 0; i < c.History.Count; i++)
        {
            string one = CourseEventJson.Serialize(c.History[i]);
            Assert.Contains(one, history, StringComparison.Ordinal);
            Result<CourseEvent> back = CourseEventJson.Deserialize(one, i + 1);
            Assert.True(back.IsSuccess, back.ToString());
            Assert.Equal(one, CourseEventJson.Serialize(back.Value));
            Assert.Equal(one, CourseEventJson.Serialize(CourseEventJson.Deserialize(CourseEventJson.SerializeToUtf8(c.History[i]), i + 1).Value));
        }
    }

    [Fact]
    public void A_bad_event_is_history_event_invalid_naming_its_position()
    {
        Result<CourseEvent> r = CourseEventJson.Deserialize("{\"$type\":\"no-such-event\"}", 7);
        Assert.Equal(CourseErrors.HistoryEventInvalid, r.Error!.Code);
        Assert.Contains("Event 7", r.Error!.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CourseEventJson.Deserialize("{}", 0));
    }

    [Fact]
    public void The_type_table_names_every_event_type_once_and_matches_the_written_discriminator()
    {
        Type[] eventTypes = typeof(CourseEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CourseEvent)) && !t.IsAbstract).OrderBy(t => t.Name).ToArray();
        Assert.Equal(eventTypes, CourseEventTypes.All.Select(t => t.ClrType).OrderBy(t => t.Name).ToArray());
        Assert.Equal(CourseEventTypes.All.Count, CourseEventTypes.All.Select(t => t.Name).Distinct().Count());
        TreatmentCourse c = CourseFixture.ReadyToComplete();
        foreach (CourseEvent e in c.History)
        {
            Assert.StartsWith("{\"$type\":\"" + CourseEventTypes.NameOf(e) + "\"", CourseEventJson.Serialize(e), StringComparison.Ordinal);
            Assert.True(CourseEventTypes.TryFind(CourseEventTypes.NameOf(e), out CourseEventType? found));
            Assert.Equal(e.GetType(), found!.ClrType);
        }

        Assert.False(CourseEventTypes.TryFind("Session-Recorded", out _));
        Assert.Throws<ArgumentException>(() => CourseEventTypes.NameOf(typeof(string)));
    }
}

public class StrictReadingPrivacyTests
{
    [Fact]
    public void An_unknown_key_is_named_only_when_it_is_a_schema_field_name()
    {
        string start = "{\"$type\":\"course-completed\",\"occurredOn\":\"2026-01-05\"";
        DomainError known = CourseEventJson.Deserialize(start + ",\"task\":\"x\"}", 3).Error!;
        Assert.Equal(new EventLocation(3, "course-completed", "task"), known.Event);
        DomainError secret = CourseEventJson.Deserialize(start + ",\"JaneDoe\":1}", 3).Error!;
        Assert.Equal(CourseErrors.HistoryEventInvalid, secret.Code);
        Assert.DoesNotContain("Jane", secret.Message, StringComparison.Ordinal);
        Assert.Null(secret.Event!.Field);
        DomainError repeated = CourseEventJson.Deserialize(start + ",\"occurredOn\":\"2026-01-06\"}", 3).Error!;
        Assert.Equal("occurredOn", repeated.Event!.Field);
    }
}
