using System.Collections.Generic;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Groups;

namespace Ipt.Domain.Serialization;

/// <summary>The persisted form of a group history: a schema version and the group's events in order.</summary>
/// <param name="SchemaVersion">Version of the event schema; see <see cref="GroupHistoryJson.SchemaVersion"/>.</param>
/// <param name="Events">The events, oldest first.</param>
public sealed record GroupHistoryDocument(int SchemaVersion, IReadOnlyList<GroupEvent> Events);
