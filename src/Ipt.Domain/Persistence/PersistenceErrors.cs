using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Persistence;

/// <summary>Error codes returned by <see cref="ConcurrencyCheck"/>. Codes are public API.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class PersistenceErrors
{
    /// <summary>The stored course is at another version than the one the change was made on: another writer saved first.
    /// Reload the course, retry the command with the same command id (<c>TreatmentCourse.ExecuteOnce</c>) and save again.</summary>
    public const string VersionConflict = "persistence.version-conflict";

    /// <summary>A version is negative or beyond the course's current version.</summary>
    public const string VersionOutOfRange = "persistence.version-out-of-range";

    /// <summary>Every code <see cref="ConcurrencyCheck"/> can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [VersionConflict, VersionOutOfRange];

    internal static DomainError NegativeVersion() =>
        new(VersionOutOfRange, "A course version cannot be negative.");

    internal static DomainError Conflict(int currentVersion, int expectedVersion) =>
        new(
            VersionConflict,
            "The course is at version " + currentVersion.ToString(CultureInfo.InvariantCulture) +
            " but the change was made on version " + expectedVersion.ToString(CultureInfo.InvariantCulture) +
            "; reload the course and retry the command with the same command id.");

    internal static DomainError VersionOutside(int version, int currentVersion) =>
        new(
            VersionOutOfRange,
            "Version " + version.ToString(CultureInfo.InvariantCulture) + " is outside the course's versions 0–" +
            currentVersion.ToString(CultureInfo.InvariantCulture) + ".");

    internal static DomainError CommandIdAlreadyStored(string? commandId) =>
        new(VersionConflict, "The store already held command id " + commandId + ".");

    internal static DomainError ChangedUnderEveryAttempt(CourseId id, int attempts, DomainError lastConflict) =>
        new(VersionConflict, "Course " + id + " changed under every one of " + attempts + " attempts (" + lastConflict.Message + ")");
}
