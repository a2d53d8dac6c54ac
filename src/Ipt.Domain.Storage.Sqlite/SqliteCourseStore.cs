using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Microsoft.Data.Sqlite;

namespace Ipt.Domain.Storage.Sqlite;

/// <summary>
/// A course store in one SQLite file: WAL journal, one row per event in the library's JSON contract, appends in one
/// <c>BEGIN IMMEDIATE</c> transaction, <c>UNIQUE (course_id, version)</c> turned into <c>persistence.version-conflict</c>,
/// and a unique command id per course. The schema is created on first use and versioned; a file written by a newer
/// schema is refused with <c>store.schema-newer</c>. Thread-safe (a pooled connection per call); several processes may
/// share the file on one machine. Each call runs on the caller's thread and returns a completed task (Microsoft.Data.Sqlite
/// has no asynchronous I/O); a canceled token gives a canceled task, checked before the file is opened and before each row.
/// </summary>
/// <example>
/// <code>
/// var store = new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = "Data Source=ipt.db" }, catalog);
/// await store.AppendAsync(course.Id, 0, course.History);
/// TreatmentCourse loaded = (await store.LoadAsync(course.Id)).Value;
/// </code>
/// </example>
public sealed class SqliteCourseStore : ICourseStore
{
    private const string StoreName = "SQLite";
    private const int SqliteConstraint = 19;

    private readonly string _connectionString;
    private readonly IProtocolCatalog _catalog;
    private readonly object _initGate = new();
    private int _schemaState; // 0 unknown, 1 ready, 2 newer

    /// <summary>Creates the store. Nothing is opened until the first call.</summary>
    /// <param name="options">The connection string and busy timeout.</param>
    /// <param name="catalog">The protocols courses are rebuilt with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The connection string is blank.</exception>
    public SqliteCourseStore(SqliteCourseStoreOptions options, IProtocolCatalog catalog)
    {
        Guard.Against.Null(options);
        Guard.Against.NullOrWhiteSpace(options.ConnectionString);
        Guard.Against.OutOfRange(options.BusyTimeoutSeconds, nameof(options.BusyTimeoutSeconds), 1, 3600); // the driver reads 0 as "wait forever"
        _catalog = Guard.Against.Null(catalog);
        _connectionString = new SqliteConnectionStringBuilder(options.ConnectionString)
        {
            DefaultTimeout = options.BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();
    }

    /// <inheritdoc />
    public Task<Result<TreatmentCourse>> LoadAsync(CourseId id, CancellationToken cancellationToken = default) =>
        Run(id, connection =>
        {
            Result<IReadOnlyList<StoredEventRow>> rows = ReadRows(connection, id, cancellationToken);
            return rows.IsFailure ? rows.Error : StoredEvents.Rebuild(id, rows.Value, _catalog);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<Result<IReadOnlyList<CourseEvent>>> ReadHistoryAsync(CourseId id, CancellationToken cancellationToken = default) =>
        Run(id, connection =>
        {
            Result<IReadOnlyList<StoredEventRow>> rows = ReadRows(connection, id, cancellationToken);
            return rows.IsFailure ? rows.Error : StoredEvents.ReadAll(id, rows.Value);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<Result<AppendOutcome>> AppendAsync(
        CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        Result<Unit> valid = StoredEvents.CheckAppend(id, expectedVersion, events, commandId);
        if (valid.IsFailure)
        {
            return Task.FromResult(Result<AppendOutcome>.Failure(valid.Error));
        }

        StoredEventRow[] rows = StoredEvents.ToRows(expectedVersion, events);

        return Run(id, connection =>
        {
            using SqliteTransaction tx = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock now
            string course = Key(id);
            using SqliteCommand insert = connection.CreateCommand();
            insert.Transaction = tx;

            // One statement per row: the first row is inserted only if the course is still at the expected version (an
            // index seek on UNIQUE (course_id, version)), so the version check and the write are one step.
            insert.CommandText = InsertIfAtVersion;
            SqliteParameter pCourse = insert.Parameters.AddWithValue("$course", course);
            SqliteParameter pExpected = insert.Parameters.AddWithValue("$expected", expectedVersion);
            SqliteParameter pVersion = insert.Parameters.Add("$version", SqliteType.Integer);
            SqliteParameter pType = insert.Parameters.Add("$type", SqliteType.Text);
            SqliteParameter pSchema = insert.Parameters.Add("$schema", SqliteType.Integer);
            SqliteParameter pData = insert.Parameters.Add("$data", SqliteType.Text);
            SqliteParameter pCommand = insert.Parameters.Add("$command", SqliteType.Text);
            for (int i = 0; i < rows.Length; i++)
            {
                pExpected.Value = expectedVersion + i;
                pVersion.Value = rows[i].Version;
                pType.Value = rows[i].Type;
                pSchema.Value = rows[i].SchemaVersion;
                pData.Value = rows[i].Data;
                pCommand.Value = i == rows.Length - 1 && commandId is not null ? commandId : DBNull.Value; // on the command's last event
                cancellationToken.ThrowIfCancellationRequested();   // between rows; the open transaction rolls back
                int written;
                try
                {
                    written = insert.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
                {
                    written = 0; // UNIQUE (course_id, version) or (course_id, command_id): another writer was first
                }

                if (written == 0)
                {
                    tx.Rollback();
                    return Refused(connection, id, course, expectedVersion, commandId);
                }
            }

            tx.Commit();
            return Result.Success(new AppendOutcome(rows[^1].Version, AlreadyApplied: false));
        }, cancellationToken);
    }

    // Only after a refused insert: was it this very command (already applied), or another writer (a conflict)?
    private static Result<AppendOutcome> Refused(SqliteConnection connection, CourseId id, string course, int expectedVersion, string? commandId)
    {
        if (commandId is not null && Find(connection, course, commandId) is int appliedAt)
        {
            return new AppendOutcome(appliedAt, AlreadyApplied: true);
        }

        using SqliteCommand max = connection.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(version), 0) FROM ipt_course_events WHERE course_id = $course";
        max.Parameters.AddWithValue("$course", course);
        int stored = Convert.ToInt32(max.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        Result<Unit> check = ConcurrencyCheck.Verify(stored, expectedVersion);
        return check.IsFailure ? check.Error : Conflict(id);
    }

    private static DomainError Conflict(CourseId id) =>
        new(PersistenceErrors.VersionConflict, "Course " + id + " was appended to by another writer during this append; reload the course and apply the change again.");

    /// <inheritdoc />
    public Task<Result<int?>> FindCommandAsync(CourseId id, string commandId, CancellationToken cancellationToken = default)
    {
        if (commandId is null || !CommandIds.IsValid(commandId))
        {
            return Task.FromResult(Result<int?>.Failure(StoreErrors.BadCommandId()));
        }

        return Run(id, connection => Result.Success(Find(connection, Key(id), commandId)), cancellationToken);
    }

    private const string InsertIfAtVersion =
        "INSERT INTO ipt_course_events (course_id, version, type, schema_version, data, command_id) " +
        "SELECT $course, $version, $type, $schema, $data, $command " +
        "WHERE COALESCE((SELECT MAX(version) FROM ipt_course_events WHERE course_id = $course), 0) = $expected";

    private static string Key(CourseId id) => id.Value.ToString("D");

    private static int? Find(SqliteConnection connection, string course, string commandId)
    {
        using SqliteCommand find = connection.CreateCommand();
        find.CommandText = "SELECT version FROM ipt_course_events WHERE course_id = $course AND command_id = $command";
        find.Parameters.AddWithValue("$course", course);
        find.Parameters.AddWithValue("$command", commandId);
        object? v = find.ExecuteScalar();
        return v is null or DBNull ? null : Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Result<IReadOnlyList<StoredEventRow>> ReadRows(SqliteConnection connection, CourseId id, CancellationToken cancellationToken)
    {
        using SqliteCommand read = connection.CreateCommand();
        read.CommandText = "SELECT version, type, schema_version, data FROM ipt_course_events WHERE course_id = $course ORDER BY version";
        read.Parameters.AddWithValue("$course", Key(id));
        var rows = new List<StoredEventRow>();
        using SqliteDataReader reader = read.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int version = reader.GetInt32(0);
            if (reader.IsDBNull(1) || reader.IsDBNull(3) || reader.GetFieldType(3) != typeof(string))
            {
                return StoreErrors.Corrupt(id, version, "a null or non-text type or data column");
            }

            rows.Add(new StoredEventRow(version, reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        }

        return rows.Count == 0 ? StoreErrors.NotFound(id) : rows;
    }

    // Microsoft.Data.Sqlite has no asynchronous I/O: its async methods run synchronously and return completed tasks
    // (docs/decisions/0084). The store calls the synchronous API on the caller's thread and hands back a completed
    // task. The token is checked where the driver's async methods checked it: before the file is opened (nothing is
    // opened then) and before each row read or written; a canceled call is a canceled task.
    private Task<Result<T>> Run<T>(CourseId id, Func<SqliteConnection, Result<T>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<Result<T>>(cancellationToken);
        }

        try
        {
            return Task.FromResult(Guarded(id, work));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<Result<T>>(cancellationToken);
        }
    }

    private Result<T> Guarded<T>(CourseId id, Func<SqliteConnection, Result<T>> work)
    {
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            if (Volatile.Read(ref _schemaState) != 1)
            {
                EnsureSchema(connection);
            }

            if (_schemaState == 2)
            {
                return new DomainError(StoreErrors.SchemaNewer, "Course " + id + ": the SQLite file was written by a newer store schema than version " + SqliteSchema.Version + "; upgrade the package.");
            }

            return work(connection);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            // UNIQUE (course_id, version) or (course_id, command_id): another writer appended first.
            return Conflict(id);
        }
        catch (SqliteException)
        {
            return StoreErrors.StoreUnavailable(id, StoreName);
        }
    }

    // Microsoft.Data.Sqlite runs synchronously underneath; the one-time schema check is done under a lock.
    private void EnsureSchema(SqliteConnection connection)
    {
        lock (_initGate)
        {
            if (_schemaState != 0)
            {
                return;
            }

            using (SqliteCommand wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL";
                wal.ExecuteNonQuery();
            }

            using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
            using SqliteCommand version = connection.CreateCommand();
            version.Transaction = tx;
            version.CommandText = "PRAGMA user_version";
            int current = Convert.ToInt32(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (current == 0)
            {
                using SqliteCommand create = connection.CreateCommand();
                create.Transaction = tx;
                create.CommandText = SqliteSchema.Create1;
                create.ExecuteNonQuery();
                current = SqliteSchema.Version;
            }

            tx.Commit();
            Volatile.Write(ref _schemaState, current > SqliteSchema.Version ? 2 : 1);
        }
    }
}
