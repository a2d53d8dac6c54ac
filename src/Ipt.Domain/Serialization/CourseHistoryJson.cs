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

    private static readonly HistoryDocumentKind Kind = new("course history", OldestReadableSchemaVersion, SchemaVersion);

    private static readonly HistoryDocumentReader.ElementReader<CourseEvent> EventReader = ReadEvent;

    /// <summary>Serialises a history.</summary>
    /// <param name="history">Events, oldest first (e.g. <see cref="TreatmentCourse.History"/>).</param>
    /// <returns>Compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Serialize(IReadOnlyList<CourseEvent> history)
    {
        Guard.Against.Null(history);
        return HistoryJsonWriter.DocumentToString(SchemaVersion, history);
    }

    /// <summary>Serialises a history as UTF-8 bytes.</summary>
    /// <param name="history">Events, oldest first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static byte[] SerializeToUtf8(IReadOnlyList<CourseEvent> history)
    {
        Guard.Against.Null(history);
        return HistoryJsonWriter.DocumentToUtf8(SchemaVersion, history);
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
        return HistoryDocumentReader.Read(json, Kind, EventReader);
    }

    /// <summary>Reads a history from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c> / <c>history.event-invalid</c>.</returns>
    public static Result<IReadOnlyList<CourseEvent>> Deserialize(ReadOnlySpan<byte> utf8Json) => HistoryDocumentReader.Read(utf8Json, Kind, EventReader);

    // Version 1 knew no command ids: a commandId in a version-1 event is an unknown field.
    private static Result<CourseEvent> ReadEvent(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, int schemaVersion, StrictEventReader.Scratch scratch) =>
        StrictEventReader.Read(ref reader, json, position, commandIds: schemaVersion >= 2, scratch);
}
