namespace Ipt.Domain.Persistence;

/// <summary>One event as a store keeps it: its version (1-based position in the course), its <c>$type</c>
/// discriminator, the event schema version it was written with, and the event's JSON in the library's contract
/// (<see cref="StoredEvents.Serialize"/>).</summary>
/// <param name="Version">Position of the event in its course: 1 for <c>course-started</c>.</param>
/// <param name="Type">The event's <c>$type</c>, e.g. <c>session-recorded</c>.</param>
/// <param name="SchemaVersion">The event schema version the row was written with.</param>
/// <param name="Data">The event as JSON, with <c>$type</c> inside; any key order is read.</param>
public readonly record struct StoredEventRow(int Version, string Type, int SchemaVersion, string Data);
