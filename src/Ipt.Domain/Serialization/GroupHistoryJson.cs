using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Reads and writes a group's history as JSON: <c>{"schemaVersion":1,"events":[{"$type":"group-formed",...},...]}</c>,
/// the same document shape, options and codes as <see cref="CourseHistoryJson"/>. A group history holds only the group's
/// own events (formed, members joined, group sessions); each member's course is stored as its own course history.
/// Reading never throws for bad content: it returns <c>history.json-invalid</c> or <c>history.schema-unsupported</c>.
/// </summary>
/// <example>
/// <code>
/// string groupJson = GroupHistoryJson.Serialize(group.History);
/// string[] memberJson = [.. group.Members.Select(m =&gt; CourseHistoryJson.Serialize(m.Course.History))];
/// // later:
/// TreatmentCourse[] courses = [.. memberJson.Select(j =&gt; CourseHistoryJson.Deserialize(j).Bind(e =&gt; TreatmentCourse.FromHistory(e, protocol)).Value)];
/// Result&lt;GroupCourse&gt; reloaded = GroupHistoryJson.Deserialize(groupJson).Bind(e =&gt; GroupCourse.FromHistory(e, protocol, courses));
/// </code>
/// </example>
public static class GroupHistoryJson
{
    /// <summary>The schema version of group histories this library writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Serialises a group history.</summary>
    /// <param name="history">Group events, oldest first (<see cref="GroupCourse.History"/>).</param>
    /// <returns>Compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Serialize(IReadOnlyList<GroupEvent> history)
    {
        Guard.Against.Null(history);
        return JsonSerializer.Serialize(new GroupHistoryDocument(SchemaVersion, history), IptJsonContext.Default.GroupHistoryDocument);
    }

    /// <summary>Serialises a group history as UTF-8 bytes.</summary>
    /// <param name="history">Group events, oldest first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static byte[] SerializeToUtf8(IReadOnlyList<GroupEvent> history)
    {
        Guard.Against.Null(history);
        return JsonSerializer.SerializeToUtf8Bytes(new GroupHistoryDocument(SchemaVersion, history), IptJsonContext.Default.GroupHistoryDocument);
    }

    private static readonly HistoryDocumentKind Kind = new("group history", SchemaVersion, SchemaVersion);

    private static readonly HistoryDocumentReader.ElementReader<GroupEvent> EventReader = ReadEvent;

    /// <summary>Reads a group history. The events are not yet checked against the group's rules: pass them, with the
    /// member courses, to <see cref="GroupCourse.FromHistory"/>. The document is read by the same path as a course
    /// history (<see cref="CourseHistoryJson"/>): one well-formed JSON value holding exactly <c>schemaVersion</c> and
    /// <c>events</c>, in any order.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<IReadOnlyList<GroupEvent>> Deserialize(string json)
    {
        Guard.Against.Null(json);
        return HistoryDocumentReader.Read(json, Kind, EventReader);
    }

    /// <summary>Reads a group history from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c>.</returns>
    public static Result<IReadOnlyList<GroupEvent>> Deserialize(ReadOnlySpan<byte> utf8Json) => HistoryDocumentReader.Read(utf8Json, Kind, EventReader);

    // One group event through the source-generated context; a refusal of its content is history.json-invalid naming
    // the event's position and the serializer's path inside it (never its content).
    private static Result<GroupEvent> ReadEvent(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, int schemaVersion, StrictEventReader.Scratch scratch)
    {
        Utf8JsonReader start = reader;
        string? path;
        try
        {
            GroupEvent? e = JsonSerializer.Deserialize(ref reader, IptJsonContext.Default.GroupEvent);
            if (e is GroupFormed { Rules: { } rules } && !AreConsistent(rules))
            {
                return Invalid(position, "inconsistent group rules");
            }

            return e is null ? Invalid(position, null) : e;
        }
        catch (JsonException ex)
        {
            path = ex.Path;
        }
        catch (NotSupportedException)
        {
            path = null;
        }

        // Past the event, checking that it is well-formed JSON (a malformed one is the document's error).
        reader = start;
        reader.Skip();
        return Invalid(position, path is null ? null : "at " + path);
    }

    private static DomainError Invalid(int position, string? where) =>
        new(CourseErrors.HistoryJsonInvalid, "The JSON is not a valid group history (event " + position.ToString(CultureInfo.InvariantCulture) + (where is null ? ")." : ", " + where + ")."));

    private static bool AreConsistent(GroupRules rules) =>
        rules.MinimumMembers >= 1 && rules.MaximumMembers >= rules.MinimumMembers && rules.OpenForNewMembersThroughSession >= 0;
}
