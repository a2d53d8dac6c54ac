using System;
using System.IO;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>A temporary SQLite file per test class instance (xunit makes one per test), deleted afterwards.</summary>
public abstract class SqliteTestBase : IDisposable
{
    protected SqliteTestBase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ipt-sqlite-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        ConnectionString = "Data Source=" + Path.Combine(Directory, "ipt.db");
    }

    protected string Directory { get; }

    protected string ConnectionString { get; }

    protected SqliteCourseStore NewStore(IProtocolCatalog? catalog = null) =>
        new(new SqliteCourseStoreOptions { ConnectionString = ConnectionString }, catalog ?? BuiltInProtocols.Catalog);

    /// <summary>Runs one SQL statement on the file outside the store, as a hand edit or another tool would.</summary>
    protected async Task<object?> ScalarAsync(string sql)
    {
        await using var c = new SqliteConnection(ConnectionString);
        await c.OpenAsync();
        await using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteStoreContractTests : CourseStoreContract, IDisposable
{
    private readonly Files _files = new();

    protected override ICourseStore Store(IProtocolCatalog? catalog = null) => _files.NewStore(catalog);

    protected override async Task OverwriteRowAsync(CourseId id, int version, string data, int schemaVersion)
    {
        await using var c = new SqliteConnection(_files.Connection);
        await c.OpenAsync();
        await using SqliteCommand cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE ipt_course_events SET data = $d, schema_version = $s WHERE course_id = $c AND version = $v";
        cmd.Parameters.AddWithValue("$d", data);
        cmd.Parameters.AddWithValue("$s", schemaVersion);
        cmd.Parameters.AddWithValue("$c", id.Value.ToString("D"));
        cmd.Parameters.AddWithValue("$v", version);
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    }

    public void Dispose() => _files.Dispose();

    private sealed class Files : SqliteTestBase
    {
        public string Connection => ConnectionString;

        public new SqliteCourseStore NewStore(IProtocolCatalog? catalog) => base.NewStore(catalog);
    }
}
