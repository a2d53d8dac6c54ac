using System.Collections.Generic;

namespace Ipt.Domain.Persistence;

/// <summary>Error codes returned by <see cref="ConcurrencyCheck"/>. Codes are public API.</summary>
public static class PersistenceErrors
{
    /// <summary>The stored course is at another version than the one the change was made on: another writer saved first.
    /// Reload the course, retry the command with the same command id (<c>TreatmentCourse.ExecuteOnce</c>) and save again.</summary>
    public const string VersionConflict = "persistence.version-conflict";

    /// <summary>A version is negative or beyond the course's current version.</summary>
    public const string VersionOutOfRange = "persistence.version-out-of-range";

    /// <summary>Every code <see cref="ConcurrencyCheck"/> can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [VersionConflict, VersionOutOfRange];
}
