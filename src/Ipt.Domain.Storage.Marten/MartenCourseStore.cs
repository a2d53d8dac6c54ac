using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Exceptions;
using Marten.Services.BatchQuerying;

namespace Ipt.Domain.Storage.Marten;

/// <summary>
/// A course store on PostgreSQL through Marten: one event stream per course (stream id = course id), appends with
/// Marten's expected-version check turned into <c>persistence.version-conflict</c>, a command-id document written in the
/// same transaction, and — unless switched off — the course's <see cref="CourseCaseload"/> row, also in that
/// transaction. Many app servers may share one database. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// await using var store = MartenCourseStore.Create(new MartenCourseStoreOptions { ConnectionString = cs }, catalog);
/// await store.AppendAsync(course.Id, 0, course.History);
/// IReadOnlyList&lt;CourseCaseload&gt; urgent = await store.QueryCaseloadAsync(new CaseloadQuery { HasOpenSafetyConcern = true });
/// </code>
/// </example>
public sealed class MartenCourseStore : ICourseStore, IAsyncDisposable, IDisposable
{
    private const string StoreName = "PostgreSQL";
    private readonly IDocumentStore _documents;
    private readonly IProtocolCatalog _catalog;
    private readonly bool _caseload;
    private readonly bool _owns;

    /// <summary>Creates the store over a Marten document store configured with
    /// <see cref="IptStoreOptionsExtensions.UseIptDomain"/>.</summary>
    /// <param name="documents">The document store (not disposed by this store).</param>
    /// <param name="catalog">The protocols courses are rebuilt with.</param>
    /// <param name="caseload">Whether appends keep the caseload read model.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MartenCourseStore(IDocumentStore documents, IProtocolCatalog catalog, bool caseload = true)
        : this(documents, catalog, caseload, owns: false)
    {
    }

    private MartenCourseStore(IDocumentStore documents, IProtocolCatalog catalog, bool caseload, bool owns)
    {
        _documents = Guard.Against.Null(documents);
        _catalog = Guard.Against.Null(catalog);
        _caseload = caseload;
        _owns = owns;
    }

    /// <summary>Creates the store with its own Marten document store; the schema is created or updated on first use.
    /// Dispose the store to release its connections.</summary>
    /// <param name="options">Connection string, schema and caseload switch.</param>
    /// <param name="catalog">The protocols courses are rebuilt with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The connection string or schema name is blank.</exception>
    public static MartenCourseStore Create(MartenCourseStoreOptions options, IProtocolCatalog catalog)
    {
        Guard.Against.Null(options);
        Guard.Against.NullOrWhiteSpace(options.ConnectionString);
        Guard.Against.NullOrWhiteSpace(options.SchemaName);
        Guard.Against.Null(catalog);
        DocumentStore documents = DocumentStore.For(o =>
        {
            o.Connection(options.ConnectionString);
            o.DatabaseSchemaName = options.SchemaName;
            o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            o.UseIptDomain();
        });
        return new MartenCourseStore(documents, catalog, options.Caseload, owns: true);
    }

    /// <summary>The Marten document store underneath (for migrations and the application's own queries).</summary>
    public IDocumentStore Documents => _documents;

    /// <summary>Creates or updates every table, function and index the store uses now, rather than on first use.</summary>
    public Task ApplySchemaAsync() =>
        _documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

    /// <inheritdoc />
    public async Task<Result<TreatmentCourse>> LoadAsync(CourseId id, CancellationToken cancellationToken = default)
    {
        Result<IReadOnlyList<StoredEventRow>> rows = await ReadRowsAsync(id, cancellationToken).ConfigureAwait(false);
        return rows.IsFailure ? rows.Error : StoredEvents.Rebuild(id, rows.Value, _catalog);
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<CourseEvent>>> ReadHistoryAsync(CourseId id, CancellationToken cancellationToken = default)
    {
        Result<IReadOnlyList<StoredEventRow>> rows = await ReadRowsAsync(id, cancellationToken).ConfigureAwait(false);
        return rows.IsFailure ? rows.Error : StoredEvents.ReadAll(id, rows.Value);
    }

    /// <inheritdoc />
    public async Task<Result<AppendOutcome>> AppendAsync(
        CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Result<Unit> valid = StoredEvents.CheckAppend(id, expectedVersion, events, commandId);
        if (valid.IsFailure)
        {
            return valid.Error;
        }

        StoredEventRow[] rows = StoredEvents.ToRows(expectedVersion, events);

        int newVersion = expectedVersion + rows.Length;
        try
        {
            IDocumentSession session = _documents.LightweightSession();
            await using ConfiguredAsyncDisposable disposing = session.ConfigureAwait(false); // no continuation on the caller's context
            if (_caseload)
            {
                await LockCaseloadAsync(session, id, cancellationToken).ConfigureAwait(false);
            }

            if (commandId is not null && await session.LoadAsync<CourseCommandRecord>(CommandKey(id, commandId), cancellationToken).ConfigureAwait(false) is { } applied)
            {
                return new AppendOutcome(applied.Version, AlreadyApplied: true);
            }

            List<StoredEventRow> prior = [];
            if (expectedVersion > 0)
            {
                IReadOnlyList<IEvent> stream = await session.Events.FetchStreamAsync(id.Value, token: cancellationToken).ConfigureAwait(false);
                if (stream.Count != expectedVersion)
                {
                    return ConcurrencyCheck.Verify(stream.Count, expectedVersion).Error!;
                }

                if (_caseload)
                {
                    Result<IReadOnlyList<StoredEventRow>> read = ToRows(id, stream);
                    if (read.IsFailure)
                    {
                        return read.Error;
                    }

                    prior.AddRange(read.Value);
                }
            }

            Stage(session, id, expectedVersion, rows, commandId);

            if (_caseload)
            {
                prior.AddRange(rows);
                Result<TreatmentCourse> course = StoredEvents.Rebuild(id, prior, _catalog);
                if (course.IsFailure)
                {
                    return course.Error;
                }

                CourseCaseload? previous = expectedVersion == 0 ? null : await session.LoadAsync<CourseCaseload>(id.Value, cancellationToken).ConfigureAwait(false);
                session.Store(CaseloadProjection.From(course.Value, previous?.Tag));
            }

            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new AppendOutcome(newVersion, AlreadyApplied: false);
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            return Conflict(id);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return StoreErrors.StoreUnavailable(id, StoreName);
        }
    }

    /// <inheritdoc />
    /// <remarks>With the caseload on, the row is computed from <paramref name="course"/> itself: no read of the stream.
    /// Marten's expected-version check makes the append fail if the stream is not at <paramref name="loadedVersion"/>.</remarks>
    public async Task<Result<AppendOutcome>> SaveAsync(TreatmentCourse course, int loadedVersion, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(course);
        Result<IReadOnlyList<CourseEvent>> pending = ConcurrencyCheck.PendingEvents(course, loadedVersion);
        if (pending.IsFailure)
        {
            return pending.Error;
        }

        CourseId id = course.Id;
        Result<Unit> valid = StoredEvents.CheckAppend(id, loadedVersion, pending.Value, commandId);
        if (valid.IsFailure)
        {
            return valid.Error;
        }

        try
        {
            IDocumentSession session = _documents.LightweightSession();
            await using ConfiguredAsyncDisposable disposing = session.ConfigureAwait(false); // no continuation on the caller's context
            if (_caseload)
            {
                await LockCaseloadAsync(session, id, cancellationToken).ConfigureAwait(false);
            }

            IBatchedQuery batch = session.CreateBatchQuery();
            Task<CourseCommandRecord?> applied = commandId is null ? Task.FromResult<CourseCommandRecord?>(null) : batch.Load<CourseCommandRecord>(CommandKey(id, commandId));
            Task<CourseCaseload?> previous = _caseload && loadedVersion > 0 ? batch.Load<CourseCaseload>(id.Value) : Task.FromResult<CourseCaseload?>(null);
            await batch.Execute(cancellationToken).ConfigureAwait(false);
            if (await applied.ConfigureAwait(false) is { } done)
            {
                return new AppendOutcome(done.Version, AlreadyApplied: true);
            }

            Stage(session, id, loadedVersion, StoredEvents.ToRows(loadedVersion, pending.Value), commandId);
            if (_caseload)
            {
                session.Store(CaseloadProjection.From(course, (await previous.ConfigureAwait(false))?.Tag));
            }

            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new AppendOutcome(course.Version, AlreadyApplied: false);
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            return Conflict(id);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return StoreErrors.StoreUnavailable(id, StoreName);
        }
    }

    private static void Stage(IDocumentSession session, CourseId id, int expectedVersion, StoredEventRow[] rows, string? commandId)
    {
        object[] records = new object[rows.Length];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = ToRecord(rows[i]);
        }

        int newVersion = expectedVersion + records.Length;
        if (expectedVersion == 0)
        {
            session.Events.StartStream(id.Value, records);
        }
        else
        {
            // Marten's expected version is the stream's version after the append.
            session.Events.Append(id.Value, newVersion, records);
        }

        if (commandId is not null)
        {
            session.Insert(new CourseCommandRecord { Id = CommandKey(id, commandId), Version = newVersion });
        }
    }

    private static DomainError Conflict(CourseId id) =>
        new(PersistenceErrors.VersionConflict, "Course " + id + " was appended to by another writer during this append; reload the course and apply the change again.");

    /// <inheritdoc />
    public async Task<Result<int?>> FindCommandAsync(CourseId id, string commandId, CancellationToken cancellationToken = default)
    {
        if (commandId is null || !CommandIds.IsValid(commandId))
        {
            return StoreErrors.BadCommandId();
        }

        try
        {
            IQuerySession session = _documents.QuerySession();
            await using ConfiguredAsyncDisposable disposing = session.ConfigureAwait(false); // no continuation on the caller's context
            CourseCommandRecord? found = await session.LoadAsync<CourseCommandRecord>(CommandKey(id, commandId), cancellationToken).ConfigureAwait(false);
            return found?.Version;
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return StoreErrors.StoreUnavailable(id, StoreName);
        }
    }

    /// <summary>Sets the clinician or clinic tag of a stored course's caseload row (an opaque code of the caller's, such
    /// as <c>clinic-north</c>; never a name). Later appends keep it. Tagging and appending to the same course take the
    /// same per-course lock in their transactions (a PostgreSQL advisory lock), so a tag set while another server appends
    /// is neither lost nor allowed to put back an older row.</summary>
    /// <param name="id">The course.</param>
    /// <param name="tag">The tag, or null to clear it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Success, <c>store.course-not-found</c> (no caseload row) or <c>store.unavailable</c>.</returns>
    public async Task<Result<Unit>> TagAsync(CourseId id, string? tag, CancellationToken cancellationToken = default)
    {
        try
        {
            IDocumentSession session = _documents.LightweightSession();
            await using ConfiguredAsyncDisposable disposing = session.ConfigureAwait(false); // no continuation on the caller's context
            await LockCaseloadAsync(session, id, cancellationToken).ConfigureAwait(false);
            CourseCaseload? row = await session.LoadAsync<CourseCaseload>(id.Value, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return StoreErrors.NotFound(id);
            }

            row.Tag = tag;
            session.Store(row);
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return StoreErrors.StoreUnavailable(id, StoreName);
        }
    }

    /// <summary>Answers a caseload question from the read model, without replaying any course.</summary>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matching rows, ordered by course id, or <c>store.unavailable</c>.</returns>
    public async Task<Result<IReadOnlyList<CourseCaseload>>> QueryCaseloadAsync(CaseloadQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(query);
        try
        {
            IQuerySession session = _documents.QuerySession();
            await using ConfiguredAsyncDisposable disposing = session.ConfigureAwait(false); // no continuation on the caller's context
            IQueryable<CourseCaseload> q = session.Query<CourseCaseload>();
            if (query.Status is { } status)
            {
                q = q.Where(x => x.Status == status);
            }

            if (query.Phase is { } phase)
            {
                q = q.Where(x => x.Phase == phase);
            }

            if (query.HasOpenSafetyConcern is bool open)
            {
                q = open ? q.Where(x => x.OpenSafetyConcerns > 0) : q.Where(x => x.OpenSafetyConcerns == 0);
            }

            if (query.DueAMeasure is bool due)
            {
                q = due ? q.Where(x => x.MeasuresDueCount > 0) : q.Where(x => x.MeasuresDueCount == 0);
            }

            if (query.OverdueForSessionOn is { } on)
            {
                q = q.Where(x => x.NextSessionDueBy != null && x.NextSessionDueBy < on);
            }

            if (query.Tag is { } tag)
            {
                q = q.Where(x => x.Tag == tag);
            }

            IReadOnlyList<CourseCaseload> rows = await q.OrderBy(x => x.Id).Take(query.Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
            return Result.Success(rows);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return new DomainError(StoreErrors.Unavailable, "The PostgreSQL store was unavailable while answering a caseload query. Try again.");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _owns ? ((DocumentStore)_documents).DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_owns)
        {
            _documents.Dispose();
        }
    }

    // Opens the session's transaction and takes the course's transaction-scoped advisory lock: a caseload row is read and
    // written by one holder at a time (appends and tags of other courses are not held up). Released at commit or rollback.
    private static async Task LockCaseloadAsync(IDocumentSession session, CourseId id, CancellationToken cancellationToken)
    {
        await session.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        byte[] bytes = id.Value.ToByteArray();
        long key = BitConverter.ToInt64(bytes, 0) ^ BitConverter.ToInt64(bytes, 8);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(?)) as locked", cancellationToken, key).ConfigureAwait(false);
    }

    private static string CommandKey(CourseId id, string commandId) => id.Value.ToString("D") + "/" + commandId;

    private static CourseEventRecord ToRecord(StoredEventRow row)
    {
        using JsonDocument doc = JsonDocument.Parse(row.Data);
        return new CourseEventRecord { Type = row.Type, SchemaVersion = row.SchemaVersion, Data = doc.RootElement.Clone() };
    }

    private static Result<IReadOnlyList<StoredEventRow>> ToRows(CourseId id, IReadOnlyList<IEvent> stream)
    {
        var rows = new StoredEventRow[stream.Count];
        for (int i = 0; i < stream.Count; i++)
        {
            int version = (int)stream[i].Version;
            if (stream[i].Data is not CourseEventRecord record || record.Data.ValueKind != JsonValueKind.Object)
            {
                return StoreErrors.Corrupt(id, version, "not a course event record");
            }

            rows[i] = new StoredEventRow(version, record.Type, record.SchemaVersion, record.Data.GetRawText());
        }

        return rows;
    }

    private async Task<Result<IReadOnlyList<StoredEventRow>>> ReadRowsAsync(CourseId id, CancellationToken cancellationToken)
    {
        try
        {
            IQuerySession session = _documents.QuerySession();
            await using ConfiguredAsyncDisposable disposing = session.ConfigureAwait(false); // no continuation on the caller's context
            IReadOnlyList<IEvent> stream = await session.Events.FetchStreamAsync(id.Value, token: cancellationToken).ConfigureAwait(false);
            return stream.Count == 0 ? StoreErrors.NotFound(id) : ToRows(id, stream);
        }
        catch (Exception ex) when (ex is JsonException || ex.InnerException is JsonException)
        {
            return StoreErrors.Corrupt(id, 0, "a stored event record is not valid JSON for its type");
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            return StoreErrors.StoreUnavailable(id, StoreName);
        }
    }

    private static bool IsConflict(Exception ex) =>
        ex is EventStreamUnexpectedMaxEventIdException or JasperFx.Events.ExistingStreamIdCollisionException or global::Marten.Exceptions.ExistingStreamIdCollisionException or DocumentAlreadyExistsException or ConcurrencyException
        || (ex is MartenCommandException { InnerException: Npgsql.PostgresException { SqlState: "23505" } })
        || (ex is Npgsql.PostgresException { SqlState: "23505" });

    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken)
    {
        if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException or MartenException or TimeoutException or System.IO.IOException or System.Net.Sockets.SocketException or InvalidOperationException or OperationCanceledException)
            {
                return true;
            }
        }

        return false;
    }
}
