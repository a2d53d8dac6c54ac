using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Reads and writes ONE course event as JSON, with the same contract as an element of a history's <c>events</c>
/// array (see <see cref="CourseHistoryJson"/>). For event stores that keep one row or document per event.
/// Reading never throws for bad content: it returns <c>history.event-invalid</c> naming the event's position.
/// </summary>
/// <example>
/// <code>
/// string row = CourseEventJson.Serialize(course.History[0]);
/// Result&lt;CourseEvent&gt; back = CourseEventJson.Deserialize(row, position: 1);
/// </code>
/// </example>
public static class CourseEventJson
{
    /// <summary>Serialises one event as a JSON object with its <c>$type</c>.</summary>
    /// <param name="courseEvent">The event.</param>
    /// <returns>Compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="courseEvent"/> is null.</exception>
    public static string Serialize(CourseEvent courseEvent)
    {
        Guard.Against.Null(courseEvent);
        return Encoding.UTF8.GetString(SerializeToUtf8(courseEvent));
    }

    /// <summary>Serialises one event as UTF-8 JSON bytes.</summary>
    /// <param name="courseEvent">The event.</param>
    /// <returns>Compact UTF-8 JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="courseEvent"/> is null.</exception>
    public static byte[] SerializeToUtf8(CourseEvent courseEvent)
    {
        Guard.Against.Null(courseEvent);
        return HistoryJsonWriter.EventToUtf8(courseEvent);
    }

    /// <summary>Reads one event.</summary>
    /// <param name="json">The event's JSON object.</param>
    /// <param name="position">The event's 1-based position in its history, named in errors.</param>
    /// <returns>The event, or <c>history.event-invalid</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    public static Result<CourseEvent> Deserialize(string json, int position)
    {
        Guard.Against.Null(json);
        return Deserialize(Encoding.UTF8.GetBytes(json), position);
    }

    /// <summary>Reads one event from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The event's JSON object.</param>
    /// <param name="position">The event's 1-based position in its history, named in errors.</param>
    /// <returns>The event, or <c>history.event-invalid</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    public static Result<CourseEvent> Deserialize(ReadOnlySpan<byte> utf8Json, int position)
    {
        Guard.Against.LessThan(position, 1);
        using var scratch = new StrictEventReader.Scratch();
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read())
            {
                return Invalid(position);
            }

            Result<CourseEvent> read = StrictEventReader.Read(ref reader, utf8Json, position, commandIds: true, scratch);
            return reader.Read() ? Invalid(position) : read;
        }
        catch (JsonException)
        {
            return Invalid(position);
        }
    }

    private static DomainError Invalid(int position) =>
        new(CourseErrors.HistoryEventInvalid, "Event " + position.ToString(CultureInfo.InvariantCulture) + " is not valid JSON.")
        {
            Event = new EventLocation(position, null, null),
        };
}
