using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Reads and writes a course history as JSON: <c>{"schemaVersion":2,"events":[{"$type":"course-started",...},...]}</c>.
/// Every event carries its stable <c>$type</c> discriminator (written first; read wherever it stands). Reading is
/// strict: a missing, null, mistyped, unknown or repeated field is <c>history.event-invalid</c> naming the event, never
/// a default. Reading never throws for bad content.
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
    /// <summary>The schema version this library writes: 2. Version 2 adds the optional <c>commandId</c> of every event
    /// (see <see cref="TreatmentCourse.ExecuteOnce{T}(string, Func{TreatmentCourse, Result{T}})"/>).</summary>
    public const int SchemaVersion = 2;

    /// <summary>The oldest schema version this library reads: 1 (events without command ids). A version-1 document is
    /// migrated on read — its events are the same events, without command ids — and never rewritten unless the caller
    /// serialises them again (then as version 2).</summary>
    public const int OldestReadableSchemaVersion = 1;

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
    /// <see cref="TreatmentCourse.FromHistory(IEnumerable{CourseEvent}, Protocols.ProtocolDefinition)"/>.
    /// Reading is strict and ignores key order: see <c>docs/persistence.md</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c> /
    /// <c>history.event-invalid</c> (naming the event in <see cref="DomainError.Event"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<IReadOnlyList<CourseEvent>> Deserialize(string json)
    {
        Guard.Against.Null(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return Invalid(ex);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Reads a history from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c> / <c>history.event-invalid</c>.</returns>
    public static Result<IReadOnlyList<CourseEvent>> Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        Result<JsonDocument> parsed = Parse(utf8Json);
        if (parsed.IsFailure)
        {
            return parsed.Error!;
        }

        using JsonDocument document = parsed.Value;
        return Read(document.RootElement);
    }

    internal static Result<JsonDocument> Parse(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            JsonDocument document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                return new DomainError(CourseErrors.HistoryJsonInvalid, "The JSON holds more than one value.");
            }

            return document;
        }
        catch (JsonException ex)
        {
            return Invalid(ex);
        }
    }

    private static Result<IReadOnlyList<CourseEvent>> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return NoDocument();
        }

        JsonElement? version = null;
        JsonElement? events = null;
        foreach (JsonProperty p in root.EnumerateObject())
        {
            if (p.NameEquals("schemaVersion") && version is null)
            {
                version = p.Value;
            }
            else if (p.NameEquals("events") && events is null)
            {
                events = p.Value;
            }
            else
            {
                return new DomainError(CourseErrors.HistoryJsonInvalid, "The course history document has an unknown or repeated property; it holds only schemaVersion and events.");
            }
        }

        if (version is not { ValueKind: JsonValueKind.Number } v || !v.TryGetInt32(out int schemaVersion))
        {
            return new DomainError(CourseErrors.HistoryJsonInvalid, "The course history document has no schemaVersion number.");
        }

        if (schemaVersion is < OldestReadableSchemaVersion or > SchemaVersion)
        {
            return new DomainError(CourseErrors.HistorySchemaUnsupported, "Schema version " + schemaVersion.ToString(CultureInfo.InvariantCulture) + " is not supported; this library reads versions " + OldestReadableSchemaVersion + " to " + SchemaVersion + ".");
        }

        // Version 1 knew no command ids: a commandId in a version-1 event is an unknown field.
        bool commandIds = schemaVersion >= 2;

        if (events is not { ValueKind: JsonValueKind.Array } list)
        {
            return new DomainError(CourseErrors.HistoryJsonInvalid, "The course history document has no events array.");
        }

        var result = new CourseEvent[list.GetArrayLength()];
        int i = 0;
        foreach (JsonElement element in list.EnumerateArray())
        {
            Result<CourseEvent> e = StrictEventReader.Read(element, i + 1, commandIds);
            if (e.IsFailure)
            {
                return e.Error!;
            }

            result[i++] = e.Value;
        }

        return Result.Success<IReadOnlyList<CourseEvent>>(result);
    }

    private static DomainError NoDocument() => new(CourseErrors.HistoryJsonInvalid, "The JSON holds no course history document.");

    // Only the location is reported: the exception text of System.Text.Json may quote content.
    private static DomainError Invalid(JsonException ex) =>
        new(CourseErrors.HistoryJsonInvalid, "The JSON is not a valid course history" +
            (ex.LineNumber is { } line ? " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + (ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture) + ")." : "."));
}
