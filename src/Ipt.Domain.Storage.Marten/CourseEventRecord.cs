using System.Text.Json;

namespace Ipt.Domain.Storage.Marten;

/// <summary>
/// The Marten event that carries one course event: its <c>$type</c>, the event schema version, and the event itself as
/// the library's JSON (stored in <c>jsonb</c>, which reorders keys; it is read back in any key order). One Marten
/// event type for every course event keeps Marten out of the library's contract: the course's JSON never depends on
/// Marten's serializer settings.
/// </summary>
public sealed class CourseEventRecord
{
    /// <summary>The event's <c>$type</c>, e.g. <c>session-recorded</c>.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The event schema version the event was written with.</summary>
    public int SchemaVersion { get; set; }

    /// <summary>The event in the library's JSON contract.</summary>
    public JsonElement Data { get; set; }
}
