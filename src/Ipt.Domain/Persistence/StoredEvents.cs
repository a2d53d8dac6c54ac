using System;
using Ardalis.GuardClauses;
using System.Collections.Generic;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Persistence;

/// <summary>
/// The row format shared by the course stores: one event per row in the library's JSON contract (the same JSON as an
/// element of <see cref="CourseHistoryJson"/>'s <c>events</c>), its discriminator and its schema version; and the checks
/// that turn stored rows back into a course. Reading never throws for bad content: every problem is a
/// <see cref="StoreErrors"/> code naming the course and the version.
/// </summary>
public static class StoredEvents
{
    /// <summary>The event schema version this library writes (<see cref="CourseHistoryJson.SchemaVersion"/>).</summary>
    public const int SchemaVersion = CourseHistoryJson.SchemaVersion;

    /// <summary>The <c>$type</c> discriminator of an event, e.g. <c>session-recorded</c>.</summary>
    /// <param name="courseEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="courseEvent"/> is null.</exception>
    public static string TypeOf(CourseEvent courseEvent)
    {
        Guard.Against.Null(courseEvent);
        return CourseEventTypes.NameOf(courseEvent);
    }

    /// <summary>Serialises one event as compact JSON, <c>$type</c> first.</summary>
    /// <param name="courseEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="courseEvent"/> is null.</exception>
    public static string Serialize(CourseEvent courseEvent)
    {
        Guard.Against.Null(courseEvent);
        return CourseEventJson.Serialize(courseEvent);
    }

    /// <summary>The row a store writes for an event at a version.</summary>
    /// <param name="version">The event's version (1-based).</param>
    /// <param name="courseEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="courseEvent"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public static StoredEventRow ToRow(int version, CourseEvent courseEvent)
    {
        Guard.Against.OutOfRange(version, nameof(version), 1, int.MaxValue);
        return new StoredEventRow(version, TypeOf(courseEvent), SchemaVersion, Serialize(courseEvent));
    }

    /// <summary>The rows of events appended after <paramref name="expectedVersion"/>: versions
    /// <c>expectedVersion + 1</c> onwards, in order (what every store writes for one append).</summary>
    /// <param name="expectedVersion">The stored version the append follows (0 for a new course).</param>
    /// <param name="events">The events to append.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    public static StoredEventRow[] ToRows(int expectedVersion, IReadOnlyList<CourseEvent> events)
    {
        Guard.Against.Null(events);
        Guard.Against.LessThan(expectedVersion, 0);
        var rows = new StoredEventRow[events.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = ToRow(expectedVersion + 1 + i, events[i]);
        }

        return rows;
    }

    /// <summary>Reads one stored row. Keys may come in any order (as <c>jsonb</c> returns them).</summary>
    /// <param name="course">The course the row belongs to (named in errors).</param>
    /// <param name="row">The row.</param>
    /// <returns>The event, or <c>store.schema-newer</c> / <c>store.row-corrupt</c> naming the course and version.</returns>
    public static Result<CourseEvent> Read(CourseId course, StoredEventRow row)
    {
        if (row.SchemaVersion > SchemaVersion)
        {
            return StoreErrors.NewerSchema(course, row.Version, row.SchemaVersion, SchemaVersion);
        }

        if (row.SchemaVersion < 1 || row.Data is null || row.Type is null)
        {
            return StoreErrors.Corrupt(course, row.Version, "no schema version, type or data");
        }

        if (row.Version < 1)
        {
            return StoreErrors.Corrupt(course, row.Version, "a version below 1");
        }

        // Strict, in any key order (jsonb reorders keys): a missing, mistyped or unknown field is refused, never defaulted.
        Result<CourseEvent> parsed = CourseEventJson.Deserialize(row.Data, row.Version);
        if (parsed.IsFailure)
        {
            return StoreErrors.Corrupt(course, row.Version, parsed.Error.Code + ": " + parsed.Error.Message);
        }

        CourseEvent read = parsed.Value;
        if (!string.Equals(CourseEventTypes.NameOf(read), row.Type, StringComparison.Ordinal))
        {
            return StoreErrors.Corrupt(course, row.Version, "the type column does not match the event's $type");
        }

        return read;
    }

    /// <summary>Reads a course's rows, checking that the versions run 1, 2, 3, … and that the first event starts
    /// this course.</summary>
    /// <param name="course">The course.</param>
    /// <param name="rows">Its rows in version order.</param>
    /// <returns>The events, or <c>store.course-not-found</c> (no rows), <c>store.row-corrupt</c>, <c>store.schema-newer</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static Result<IReadOnlyList<CourseEvent>> ReadAll(CourseId course, IReadOnlyList<StoredEventRow> rows)
    {
        Guard.Against.Null(rows);
        if (rows.Count == 0)
        {
            return StoreErrors.NotFound(course);
        }

        var events = new CourseEvent[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Version != i + 1)
            {
                return StoreErrors.Corrupt(course, i + 1, "the stored versions are not 1, 2, 3, ... in order");
            }

            Result<CourseEvent> read = Read(course, rows[i]);
            if (read.IsFailure)
            {
                return read.Error;
            }

            events[i] = read.Value;
        }

        if (events[0] is not CourseStarted started || started.CourseId != course)
        {
            return StoreErrors.Corrupt(course, 1, "the first event is not the course-started event of this course");
        }

        return events;
    }

    /// <summary>Rebuilds a course from its stored rows: reads them (<see cref="ReadAll"/>), resolves the protocol its
    /// <c>course-started</c> event names from <paramref name="catalog"/>, and replays the events with every rule checked.</summary>
    /// <param name="course">The course.</param>
    /// <param name="rows">Its rows in version order.</param>
    /// <param name="catalog">The protocols the store knows.</param>
    /// <returns>The course, or a <see cref="StoreErrors"/> code naming the course (and the version, for a row).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="catalog"/> is null.</exception>
    public static Result<TreatmentCourse> Rebuild(CourseId course, IReadOnlyList<StoredEventRow> rows, IProtocolCatalog catalog)
    {
        Guard.Against.Null(catalog);
        Result<IReadOnlyList<CourseEvent>> events = ReadAll(course, rows);
        if (events.IsFailure)
        {
            return events.Error;
        }

        string protocolId = ((CourseStarted)events.Value[0]).ProtocolId;
        if (!catalog.TryGet(protocolId, out ProtocolDefinition? protocol))
        {
            return StoreErrors.UnknownProtocol(course, protocolId);
        }

        Result<TreatmentCourse> rebuilt = TreatmentCourse.FromHistory(events.Value, protocol);
        return rebuilt.IsSuccess ? rebuilt : StoreErrors.Invalid(course, rebuilt.Error);
    }

    /// <summary>The checks every store makes before an append: a non-negative expected version, at least one event,
    /// a well-formed command id, and — for a new course (expected version 0) — a first event that starts this course.</summary>
    /// <param name="course">The course appended to.</param>
    /// <param name="expectedVersion">The version the writer loaded.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="commandId">The command id, or null.</param>
    /// <returns>Success, <c>persistence.version-out-of-range</c> or <c>store.command-id-invalid</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">No events, a null event, or a first append that does not begin with this
    /// course's <c>course-started</c> (misuse).</exception>
    public static Result<Unit> CheckAppend(CourseId course, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId)
    {
        Guard.Against.Null(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("Append at least one event (ConcurrencyCheck.PendingEvents is empty when nothing changed).", nameof(events));
        }

        foreach (CourseEvent e in events)
        {
            if (e is null)
            {
                throw new ArgumentException("The events hold a null.", nameof(events));
            }
        }

        bool startsCourse = events[0] is CourseStarted started && started.CourseId == course;
        if (expectedVersion == 0 && !startsCourse)
        {
            throw new ArgumentException("A new course is appended with its course-started event first, for the same course id.", nameof(events));
        }

        if (expectedVersion < 0)
        {
            return PersistenceErrors.NegativeVersion();
        }

        return (commandId is null || CommandIds.IsValid(commandId)) ? Unit.Value : StoreErrors.BadCommandId();
    }
}
