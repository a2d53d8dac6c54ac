using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Persistence;

/// <summary>
/// Optimistic concurrency for course stores. A course's <see cref="TreatmentCourse.Version"/> is the number of its
/// events. A writer remembers the version it loaded, runs commands, and asks the store to append
/// <see cref="PendingEvents"/> only if the stored course is still at the loaded version (<see cref="Verify(int, int)"/>).
/// The library supplies the check; the store (and its transaction or compare-and-swap) is the caller's.
/// </summary>
/// <example>
/// <code>
/// // inside the store's transaction or lock:
/// Result&lt;Unit&gt; check = ConcurrencyCheck.Verify(storedVersion, expectedVersion: loadedVersion);
/// if (check.IsFailure) return check.Error;            // persistence.version-conflict
/// IReadOnlyList&lt;CourseEvent&gt; toAppend = ConcurrencyCheck.PendingEvents(course, loadedVersion).Value;
/// </code>
/// </example>
public static class ConcurrencyCheck
{
    /// <summary>Checks that the stored version is the version the change was made on.</summary>
    /// <param name="currentVersion">The version now in the store (0 when the course is not stored yet).</param>
    /// <param name="expectedVersion">The version the writer loaded (0 for a new course).</param>
    /// <returns>Success, <c>persistence.version-conflict</c> when the versions differ, or
    /// <c>persistence.version-out-of-range</c> when either is negative.</returns>
    public static Result<Unit> Verify(int currentVersion, int expectedVersion)
    {
        if (currentVersion < 0 || expectedVersion < 0)
        {
            return PersistenceErrors.NegativeVersion();
        }

        if (currentVersion != expectedVersion)
        {
            return PersistenceErrors.Conflict(currentVersion, expectedVersion);
        }

        return Unit.Value;
    }

    /// <summary>Checks that a course as it is now stored is at the version the change was made on.</summary>
    /// <param name="current">The course as rebuilt from the store.</param>
    /// <param name="expectedVersion">The version the writer loaded.</param>
    /// <returns>Success, <c>persistence.version-conflict</c> or <c>persistence.version-out-of-range</c>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="current"/> is null.</exception>
    public static Result<Unit> Verify(TreatmentCourse current, int expectedVersion)
    {
        Guard.Against.Null(current);
        return Verify(current.Version, expectedVersion);
    }

    /// <summary>The events appended to a course since it was loaded at <paramref name="sinceVersion"/>: what a store must
    /// append, in order. Empty when nothing changed.</summary>
    /// <param name="course">The course after the writer's commands.</param>
    /// <param name="sinceVersion">The version the writer loaded (0 for a new course: every event is pending).</param>
    /// <returns>The events, or <c>persistence.version-out-of-range</c> when <paramref name="sinceVersion"/> is negative or
    /// beyond <see cref="TreatmentCourse.Version"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="course"/> is null.</exception>
    public static Result<IReadOnlyList<CourseEvent>> PendingEvents(TreatmentCourse course, int sinceVersion)
    {
        Guard.Against.Null(course);
        if (sinceVersion < 0 || sinceVersion > course.Version)
        {
            return PersistenceErrors.VersionOutside(sinceVersion, course.Version);
        }

        IReadOnlyList<CourseEvent> history = course.History;
        var pending = new CourseEvent[history.Count - sinceVersion];
        for (int i = 0; i < pending.Length; i++)
        {
            pending[i] = history[sinceVersion + i];
        }

        return Result.Success<IReadOnlyList<CourseEvent>>(pending);
    }
}
