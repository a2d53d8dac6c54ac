using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Persistence;

/// <summary>A course store over <see cref="StoredEventRow"/> lists in memory, built on the row format and checks the
/// real stores share (<see cref="StoredEvents"/>), so <see cref="CourseUnitOfWork"/> and <see cref="StoredEvents"/> are
/// tested in the core suite. The SQLite and PostgreSQL stores run the full store contract in the integration suite.
/// Hooks make a lost race, an unreachable store or a store blind to command ids deterministic.</summary>
internal sealed class RowStore(IProtocolCatalog? catalog = null) : ICourseStore
{
    private readonly Dictionary<CourseId, List<StoredEventRow>> _rows = [];
    private readonly Dictionary<(CourseId, string), int> _commands = [];

    /// <summary>Another writer, run just before every append through <see cref="AppendAsync"/>.</summary>
    public Func<Task>? BeforeAppend { get; set; }

    /// <summary>Returned by every append instead of writing (e.g. <c>store.unavailable</c>).</summary>
    public DomainError? AppendError { get; set; }

    /// <summary>Drops command ids on append and never finds one.</summary>
    public bool BlindToCommandIds { get; set; }

    public int Loads { get; private set; }

    public int Appends { get; private set; }

    /// <summary>Forgets the counts (after a test's setup).</summary>
    public void ResetCounts() => (Loads, Appends) = (0, 0);

    /// <summary>The stored course as another writer loads it: not counted in <see cref="Loads"/>.</summary>
    public TreatmentCourse Peek(CourseId id) => Rebuild(id).Value;

    public IReadOnlyList<StoredEventRow> RowsOf(CourseId id) => _rows.TryGetValue(id, out List<StoredEventRow>? rows) ? [.. rows] : [];

    public void Put(CourseId id, IEnumerable<StoredEventRow> rows) => _rows[id] = [.. rows];

    public Task<Result<TreatmentCourse>> LoadAsync(CourseId id, CancellationToken cancellationToken = default)
    {
        Loads++;
        return Task.FromResult(Rebuild(id));
    }

    private Result<TreatmentCourse> Rebuild(CourseId id) => StoredEvents.Rebuild(id, RowsOf(id), catalog ?? BuiltInProtocols.Catalog);

    public Task<Result<IReadOnlyList<CourseEvent>>> ReadHistoryAsync(CourseId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(StoredEvents.ReadAll(id, RowsOf(id)));

    public async Task<Result<AppendOutcome>> AppendAsync(CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Appends++;
        if (BeforeAppend is { } other)
        {
            await other();
        }

        return AppendError is { } error ? error : Write(id, expectedVersion, events, commandId);
    }

    /// <summary>An append by another writer: no hooks.</summary>
    public Result<AppendOutcome> Write(CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null)
    {
        Result<Unit> check = StoredEvents.CheckAppend(id, expectedVersion, events, commandId);
        if (check.IsFailure)
        {
            return check.Error;
        }

        if (BlindToCommandIds)
        {
            commandId = null;
        }

        if (commandId is not null && _commands.TryGetValue((id, commandId), out int after))
        {
            return new AppendOutcome(after, AlreadyApplied: true);
        }

        if (!_rows.TryGetValue(id, out List<StoredEventRow>? rows))
        {
            rows = [];
            _rows[id] = rows;
        }

        Result<Unit> version = ConcurrencyCheck.Verify(rows.Count, expectedVersion);
        if (version.IsFailure)
        {
            return version.Error;
        }

        rows.AddRange(StoredEvents.ToRows(expectedVersion, events));
        if (commandId is not null)
        {
            _commands[(id, commandId)] = rows.Count;
        }

        return new AppendOutcome(rows.Count, AlreadyApplied: false);
    }

    public Task<Result<int?>> FindCommandAsync(CourseId id, string commandId, CancellationToken cancellationToken = default) =>
        Task.FromResult(!BlindToCommandIds && _commands.TryGetValue((id, commandId), out int after) ? Result.Success<int?>(after) : Result.Success<int?>(null));
}
