using System;
using System.Collections.Generic;
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

    /// <summary>Reads a group history. The events are not yet checked against the group's rules: pass them, with the
    /// member courses, to <see cref="GroupCourse.FromHistory"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<IReadOnlyList<GroupEvent>> Deserialize(string json)
    {
        Guard.Against.Null(json);
        try
        {
            return Check(JsonSerializer.Deserialize(json, IptJsonContext.Default.GroupHistoryDocument));
        }
        catch (JsonException ex)
        {
            return Invalid(ex);
        }
        catch (NotSupportedException ex)
        {
            return Invalid(ex);
        }
    }

    /// <summary>Reads a group history from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The events, or <c>history.json-invalid</c> / <c>history.schema-unsupported</c>.</returns>
    public static Result<IReadOnlyList<GroupEvent>> Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8Json, IptJsonContext.Default.GroupHistoryDocument));
        }
        catch (JsonException ex)
        {
            return Invalid(ex);
        }
        catch (NotSupportedException ex)
        {
            return Invalid(ex);
        }
    }

    private static Result<IReadOnlyList<GroupEvent>> Check(GroupHistoryDocument? document)
    {
        if (document is null || document.Events is null)
        {
            return new DomainError(CourseErrors.HistoryJsonInvalid, "The JSON holds no group history document.");
        }

        if (document.SchemaVersion != SchemaVersion)
        {
            return new DomainError(CourseErrors.HistorySchemaUnsupported, "Schema version " + document.SchemaVersion + " is not supported; this library reads version " + SchemaVersion + ".");
        }

        foreach (GroupEvent? e in document.Events)
        {
            if (e is GroupFormed { Rules: { } rules } && !AreConsistent(rules))
            {
                return new DomainError(CourseErrors.HistoryJsonInvalid, "The JSON is not a valid group history (inconsistent group rules).");
            }
        }

        return Result.Success(document.Events);
    }

    private static bool AreConsistent(GroupRules rules) =>
        rules.MinimumMembers >= 1 && rules.MaximumMembers >= rules.MinimumMembers && rules.OpenForNewMembersThroughSession >= 0;

    // Only the location is reported: the exception text of System.Text.Json may quote content.
    private static DomainError Invalid(Exception ex) =>
        new(CourseErrors.HistoryJsonInvalid, "The JSON is not a valid group history" + (ex is JsonException { Path: { } path } ? " (at " + path + ")." : "."));
}
