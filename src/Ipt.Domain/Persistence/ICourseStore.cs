using System.Collections.Generic;
using Ardalis.GuardClauses;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Persistence;

/// <summary>
/// A store of treatment courses as event streams: one stream per course, one event per version. The contract only;
/// the packages <c>Ipt.Domain.Storage.Sqlite</c> and <c>Ipt.Domain.Storage.Marten</c> implement it. Every outcome a
/// caller can act on is a <see cref="Result{T}"/>: <c>persistence.version-conflict</c> when another writer appended
/// first, <c>store.*</c> (<see cref="StoreErrors"/>) for a missing course, an unreadable row or an unreachable store.
/// Implementations are thread-safe. Use <see cref="CourseUnitOfWork"/> to load, run a command and append with retries.
/// </summary>
public interface ICourseStore
{
    /// <summary>Loads a course: reads its events in version order, resolves its protocol from the catalogue by the id
    /// its <c>course-started</c> event names, and replays them with every rule checked
    /// (<see cref="TreatmentCourse.FromHistory(IEnumerable{CourseEvent}, Protocols.ProtocolDefinition)"/>).</summary>
    /// <param name="id">The course.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The course at its stored version, or <c>store.course-not-found</c>, <c>store.row-corrupt</c>,
    /// <c>store.schema-newer</c>, <c>store.protocol-unknown</c>, <c>store.history-invalid</c>, <c>store.unavailable</c>.</returns>
    Task<Result<TreatmentCourse>> LoadAsync(CourseId id, CancellationToken cancellationToken = default);

    /// <summary>Reads a course's events in version order without replaying them (for export or audit).</summary>
    /// <param name="id">The course.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events (the first is <see cref="CourseStarted"/>), or <c>store.course-not-found</c>,
    /// <c>store.row-corrupt</c>, <c>store.schema-newer</c>, <c>store.unavailable</c>.</returns>
    Task<Result<IReadOnlyList<CourseEvent>>> ReadHistoryAsync(CourseId id, CancellationToken cancellationToken = default);

    /// <summary>Appends events to a course in one transaction, if the stored course is still at
    /// <paramref name="expectedVersion"/>: the events get versions <c>expectedVersion + 1 …</c>. A new course is appended
    /// with expected version 0 and its <see cref="CourseStarted"/> first. When <paramref name="commandId"/> was already
    /// appended to this course, nothing is written and the outcome says <see cref="AppendOutcome.AlreadyApplied"/>.</summary>
    /// <param name="id">The course.</param>
    /// <param name="expectedVersion">The version the writer loaded (0 for a new course).</param>
    /// <param name="events">The pending events (<see cref="ConcurrencyCheck.PendingEvents"/>), at least one.</param>
    /// <param name="commandId">The caller's id of the command that produced the events (<see cref="CommandIds"/>), or null.</param>
    /// <param name="cancellationToken">Cancels the append (before it commits).</param>
    /// <returns>The new version, or <c>persistence.version-conflict</c> (another writer appended first; nothing written),
    /// <c>persistence.version-out-of-range</c>, <c>store.command-id-invalid</c>, <c>store.unavailable</c>.</returns>
    Task<Result<AppendOutcome>> AppendAsync(CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null, CancellationToken cancellationToken = default);

    /// <summary>Saves what a course recorded since it was loaded at <paramref name="loadedVersion"/> (0 for a new course):
    /// the same as <see cref="AppendAsync(CourseId, int, IReadOnlyList{CourseEvent}, string?, CancellationToken)"/> with
    /// <see cref="ConcurrencyCheck.PendingEvents"/>. Stores that keep read models override it to use the course itself
    /// instead of reading the stream again. <see cref="CourseUnitOfWork"/> saves through this method.</summary>
    /// <param name="course">The course after the writer's commands.</param>
    /// <param name="loadedVersion">The version the writer loaded.</param>
    /// <param name="commandId">The caller's id of the command, or null.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>As <see cref="AppendAsync(CourseId, int, IReadOnlyList{CourseEvent}, string?, CancellationToken)"/>, or
    /// <c>persistence.version-out-of-range</c> for a version the course never had.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="course"/> is null.</exception>
    /// <exception cref="System.ArgumentException">Nothing is pending (the course is at <paramref name="loadedVersion"/>).</exception>
    Task<Result<AppendOutcome>> SaveAsync(TreatmentCourse course, int loadedVersion, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(course);
        Result<IReadOnlyList<CourseEvent>> pending = ConcurrencyCheck.PendingEvents(course, loadedVersion);
        return pending.IsFailure
            ? Task.FromResult(Result<AppendOutcome>.Failure(pending.Error))
            : AppendAsync(course.Id, loadedVersion, pending.Value, commandId, cancellationToken);
    }

    /// <summary>Looks up a command id on a course.</summary>
    /// <param name="id">The course.</param>
    /// <param name="commandId">The command id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The course's version just after that command's events, null when the command is not stored, or
    /// <c>store.command-id-invalid</c>, <c>store.unavailable</c>.</returns>
    Task<Result<int?>> FindCommandAsync(CourseId id, string commandId, CancellationToken cancellationToken = default);
}
