using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Persistence;

/// <summary>Error codes returned by course stores (<see cref="ICourseStore"/>) and the <see cref="CourseUnitOfWork"/>.
/// Codes are public API. Messages name the course by its id and the event by its version, never its content.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class StoreErrors
{
    /// <summary>No course is stored under the id.</summary>
    public const string CourseNotFound = "store.course-not-found";

    /// <summary>The store could not be reached or failed during the operation (connection lost, server stopped, file
    /// locked too long). Nothing acknowledged is lost; try again.</summary>
    public const string Unavailable = "store.unavailable";

    /// <summary>A stored event row cannot be read as the library's event contract (damaged or hand-edited JSON, a type
    /// column that does not match its content, a gap or repeat in the versions).</summary>
    public const string RowCorrupt = "store.row-corrupt";

    /// <summary>A stored event row, or the store's schema, was written by a newer version of the library than this one
    /// reads.</summary>
    public const string SchemaNewer = "store.schema-newer";

    /// <summary>The course's history names a protocol the catalogue does not hold.</summary>
    public const string ProtocolUnknown = "store.protocol-unknown";

    /// <summary>The stored history could not have happened under its protocol (replay refused one of its events).</summary>
    public const string HistoryInvalid = "store.history-invalid";

    /// <summary>A command id is empty, too long or holds characters other than letters, digits and <c>-_.:</c>.</summary>
    public const string CommandIdInvalid = "store.command-id-invalid";

    /// <summary>Every code a store or the unit of work can return besides <see cref="PersistenceErrors"/>' codes.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
        [CourseNotFound, Unavailable, RowCorrupt, SchemaNewer, ProtocolUnknown, HistoryInvalid, CommandIdInvalid];

    /// <summary>Builds <see cref="CourseNotFound"/>.</summary>
    /// <param name="course">The course asked for.</param>
    public static DomainError NotFound(CourseId course) =>
        new(CourseNotFound, "No course is stored under id " + course + ".");

    /// <summary>Builds <see cref="Unavailable"/>.</summary>
    /// <param name="course">The course being read or written.</param>
    /// <param name="store">A short name of the store, e.g. <c>SQLite</c>.</param>
    public static DomainError StoreUnavailable(CourseId course, string store) =>
        new(Unavailable, "The " + store + " store was unavailable while reading or writing course " + course + "; nothing was changed by this call unless it is reported again as already applied. Try again.");

    /// <summary>Builds <see cref="RowCorrupt"/>.</summary>
    /// <param name="course">The course.</param>
    /// <param name="version">The version (1-based position) of the unreadable event.</param>
    /// <param name="why">What is wrong, without content (e.g. a JSON path).</param>
    public static DomainError Corrupt(CourseId course, int version, string why) =>
        new(RowCorrupt, "Course " + course + ", event version " + N(version) + ": the stored event cannot be read (" + why + ").");

    /// <summary>Builds <see cref="SchemaNewer"/> for an event row.</summary>
    /// <param name="course">The course.</param>
    /// <param name="version">The version of the event.</param>
    /// <param name="schemaVersion">The event's schema version.</param>
    /// <param name="supported">The newest schema version this library reads.</param>
    public static DomainError NewerSchema(CourseId course, int version, int schemaVersion, int supported) =>
        new(SchemaNewer, "Course " + course + ", event version " + N(version) + ": written with event schema " + N(schemaVersion) +
            "; this library reads schema " + N(supported) + " and older. Upgrade the library.");

    /// <summary>Builds <see cref="ProtocolUnknown"/>.</summary>
    /// <param name="course">The course.</param>
    /// <param name="protocolId">The protocol id its first event names.</param>
    public static DomainError UnknownProtocol(CourseId course, string protocolId) =>
        new(ProtocolUnknown, "Course " + course + ", event version 1: protocol '" + protocolId + "' is not in the catalogue; register it with AddIptDomain(o => o.AddProtocol(...)).");

    /// <summary>Builds <see cref="HistoryInvalid"/>.</summary>
    /// <param name="course">The course.</param>
    /// <param name="inner">The replay's own error (its code and message are kept in the message).</param>
    public static DomainError Invalid(CourseId course, DomainError inner) =>
        new(HistoryInvalid, "Course " + course + ": the stored history does not replay (" + inner.Code + ": " + inner.Message + ")");

    /// <summary>Builds <see cref="CommandIdInvalid"/>.</summary>
    public static DomainError BadCommandId() =>
        new(CommandIdInvalid, "A command id must be 1 to " + N(CommandIds.MaxLength) + " characters of letters, digits and -_.: (for example a GUID).");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
