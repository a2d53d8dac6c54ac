using System;
using Ardalis.GuardClauses;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Persistence;

/// <summary>
/// Runs one command against a stored course: loads it, runs the command, appends the pending events with the loaded
/// version as the expected version, and on <c>persistence.version-conflict</c> reloads and runs the command again, at
/// most <see cref="MaxAttempts"/> times. With a command id the command runs through the course's own
/// <see cref="TreatmentCourse.ExecuteOnce{T}"/> on every attempt: its events carry the id in the history, and an id
/// already in the loaded history is answered with the original events and appends nothing. So a retry — by this class
/// after a conflict, or by the caller after <c>store.unavailable</c> or a lost reply — never records the command twice,
/// whatever the store does with command ids. A command the domain refuses is returned as it is and nothing is written. Thread-safe; no I/O of its
/// own.
/// </summary>
/// <example>
/// <code>
/// var work = new CourseUnitOfWork(store);
/// Result&lt;CommandOutcome&lt;SessionRecorded&gt;&gt; done = await work.ExecuteAsync(courseId,
///     c =&gt; c.RecordSession(today, Attendance.Attended), commandId: requestId);
/// </code>
/// </example>
public sealed class CourseUnitOfWork
{
    /// <summary>The default bound on attempts (<see cref="MaxAttempts"/>).</summary>
    public const int DefaultMaxAttempts = 8;

    private readonly ICourseStore _store;

    /// <summary>Creates a unit of work over a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="maxAttempts">How many times a command is tried before a conflict is returned to the caller (1 to 100).</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1–100.</exception>
    public CourseUnitOfWork(ICourseStore store, int maxAttempts = DefaultMaxAttempts)
    {
        Guard.Against.Null(store);
        Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
        
        _store = store;
        MaxAttempts = maxAttempts;
    }

    /// <summary>The most times one command is loaded and run before <c>persistence.version-conflict</c> is returned.</summary>
    public int MaxAttempts { get; }

    /// <summary>Stores a new course (every event of <paramref name="course"/>, expected version 0).</summary>
    /// <param name="course">The course, e.g. from <see cref="TreatmentCourse.Start"/>.</param>
    /// <param name="commandId">The caller's id for this start, or null.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The outcome, or <c>persistence.version-conflict</c> when a course with this id is already stored (and
    /// was not started under the same command id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is null.</exception>
    public Task<Result<AppendOutcome>> StartAsync(TreatmentCourse course, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(course);
        return _store.SaveAsync(course, 0, commandId, cancellationToken);
    }

    /// <summary>Loads the course, runs <paramref name="command"/> on it and appends what it recorded, retrying on a
    /// version conflict.</summary>
    /// <typeparam name="T">The command's success value (e.g. <see cref="SessionRecorded"/>).</typeparam>
    /// <param name="id">The course.</param>
    /// <param name="command">One command on the loaded course; it may run more than once (once per attempt), each
    /// time on a freshly loaded course, so it must not have other side effects.</param>
    /// <param name="commandId">The caller's id for this command (<see cref="CommandIds"/>), or null for no
    /// duplicate protection across calls.</param>
    /// <param name="cancellationToken">Cancels between and during store calls.</param>
    /// <returns>The outcome; the command's own error when the domain refuses it (nothing written); a load error
    /// (<c>store.*</c>); or <c>persistence.version-conflict</c> after <see cref="MaxAttempts"/> lost races.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    public async Task<Result<CommandOutcome<T>>> ExecuteAsync<T>(
        CourseId id, Func<TreatmentCourse, Result<T>> command, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(command);
        if (!(commandId is null || CommandIds.IsValid(commandId)))
        {
            return StoreErrors.BadCommandId();
        }

        DomainError? lastConflict = null;
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Result<TreatmentCourse> loaded = await _store.LoadAsync(id, cancellationToken).ConfigureAwait(false);
            if (loaded.IsFailure)
            {
                return loaded.Error;
            }

            TreatmentCourse course = loaded.Value;
            int loadedVersion = course.Version;
            T? value = default;
            IReadOnlyList<CourseEvent> events;
            if (commandId is null)
            {
                Result<T> ran = command(course);
                if (ran.IsFailure)
                {
                    return ran.Error;
                }

                value = ran.Value;
                events = ConcurrencyCheck.PendingEvents(course, loadedVersion).Value;
            }
            else
            {
                // The core's idempotency: a command id already in the loaded history is answered from the history.
                bool ranNow = false;
                Result<IReadOnlyList<CourseEvent>> once = course.ExecuteOnce(commandId, c =>
                {
                    Result<T> r = command(c);
                    ranNow = true;
                    if (r.IsSuccess)
                    {
                        value = r.Value;
                    }

                    return r;
                });
                if (once.IsFailure)
                {
                    return once.Error;
                }

                events = once.Value;
                if (!ranNow)
                {
                    return Result.Success(Repeated<T>(course, events, attempt));
                }

                value = StampedValue(value, events);
            }

            if (course.Version == loadedVersion)
            {
                return new CommandOutcome<T>(value, loadedVersion, attempt, AlreadyApplied: false) { Events = events };
            }

            Result<AppendOutcome> appended = await _store.SaveAsync(course, loadedVersion, commandId, cancellationToken).ConfigureAwait(false);
            if (appended.IsSuccess && !appended.Value.AlreadyApplied)
            {
                return new CommandOutcome<T>(value, appended.Value.Version, attempt, AlreadyApplied: false) { Events = events };
            }

            if (appended.IsFailure && appended.Error.Code != PersistenceErrors.VersionConflict)
            {
                return appended.Error;
            }

            // Another writer appended first (possibly this very command, sent twice): reload and let the course decide.
            lastConflict = appended.IsFailure
                ? appended.Error
                : PersistenceErrors.CommandIdAlreadyStored(commandId);
        }

        return PersistenceErrors.ChangedUnderEveryAttempt(id, MaxAttempts, lastConflict!);
    }

    // A command whose value is one of its events returns that event as stored: stamped with the command id.
    private static T? StampedValue<T>(T? value, IReadOnlyList<CourseEvent> events)
    {
        if (value is CourseEvent)
        {
            foreach (CourseEvent e in events)
            {
                if (e is T stamped)
                {
                    return stamped;
                }
            }
        }

        return value;
    }

    // A repeat: the original events, the version just after them, and the original typed value when it is one of them.
    private static CommandOutcome<T> Repeated<T>(TreatmentCourse course, IReadOnlyList<CourseEvent> original, int attempt)
    {
        IReadOnlyList<CourseEvent> history = course.History;
        int version = course.Version;
        if (original.Count > 0)
        {
            for (int i = history.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(history[i], original[^1]))
                {
                    version = i + 1;
                    break;
                }
            }
        }

        T? value = default;
        foreach (CourseEvent e in original)
        {
            if (e is T typed)
            {
                value = typed;
                break;
            }
        }

        return new CommandOutcome<T>(value, version, attempt, AlreadyApplied: true) { Events = original };
    }
}
