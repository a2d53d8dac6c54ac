using System;
using System.Collections.Generic;
using System.Text.Json;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Reads and writes a course history as JSON: <c>{"schemaVersion":1,"events":[{"$type":"course-started",...},...]}</c>.
/// Every event carries its stable <c>$type</c> discriminator, which must be the event's first property.
/// Reading never throws for bad content: it returns <c>history.json-invalid</c> or <c>history.schema-unsupported</c>.
/// </summary>
/// <example>
/// <code>
/// string json = CourseHistoryJson.Serialize(course.History);
/// Result&lt;TreatmentCourse&gt; loaded = CourseHistoryJson.Deserialize(json)
///     .Bind(events =&gt; TreatmentCourse.FromHistory(events, StandardIpt.Definition));
/// </code>
/// </example>
public static class CourseHistoryJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Serialises a history.</summary>
    /// <param name="history">Events, oldest first (e.g. <see cref="TreatmentCourse.History"/>).</param>
    /// <returns>Compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Serialize(IReadOnlyList<CourseEvent> history)
    {
        Guard.Against.Null(history);
        return JsonSerializer.Serialize(new CourseHistoryDocument(SchemaVersion, history), IptJsonContext.Default.CourseHistoryDocument);
    }

    /// <summary>Serialises a history as UTF-8 bytes.</summary>
    /// <param name="history">Events, oldest first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static byte[] SerializeToUtf8(IReadOnlyList<CourseEvent> history)
    {
        Guard.Against.Null(history);
        return JsonSerializer.SerializeToUtf8Bytes(new CourseHistoryDocument(SchemaVersion, history), IptJsonContext.Default.CourseHistoryDocument);
    }

    /// <summary>Reads a history. The events are not yet checked against the protocol: pass them to
    /// <see cref="TreatmentCourse.FromHistory(IEnumerable{CourseEvent}, Protocols.ProtocolDefinition)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<IReadOnlyList<CourseEvent>> Deserialize(string json)
    {
        Guard.Against.Null(json);
        try
        {
            return Check(JsonSerializer.Deserialize(json, IptJsonContext.Default.CourseHistoryDocument));
        }
        catch (JsonException ex)
        {
            return Invalid(ex);
        }
        catch (NotSupportedException ex)
        {
            return Invalid(ex);
        }
        catch (ArgumentException ex)
        {
            // A constructor rejected a missing or null value (e.g. a required note of a focus).
            return Invalid(ex);
        }
    }

    /// <summary>Reads a history from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c>.</returns>
    public static Result<IReadOnlyList<CourseEvent>> Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8Json, IptJsonContext.Default.CourseHistoryDocument));
        }
        catch (JsonException ex)
        {
            return Invalid(ex);
        }
        catch (NotSupportedException ex)
        {
            return Invalid(ex);
        }
        catch (ArgumentException ex)
        {
            // A constructor rejected a missing or null value (e.g. a required note of a focus).
            return Invalid(ex);
        }
    }

    private static Result<IReadOnlyList<CourseEvent>> Check(CourseHistoryDocument? document)
    {
        if (document is null || document.Events is null)
        {
            return new DomainError(CourseErrors.HistoryJsonInvalid, "The JSON holds no course history document.");
        }

        if (document.SchemaVersion != SchemaVersion)
        {
            return new DomainError(CourseErrors.HistorySchemaUnsupported, "Schema version " + document.SchemaVersion + " is not supported; this library reads version " + SchemaVersion + ".");
        }

        return Result.Success(document.Events);
    }

    // Only the location is reported: the exception text of System.Text.Json may quote content.
    private static DomainError Invalid(Exception ex) =>
        new(CourseErrors.HistoryJsonInvalid, "The JSON is not a valid course history" + (ex is JsonException { Path: { } path } ? " (at " + path + ")." : "."));
}
