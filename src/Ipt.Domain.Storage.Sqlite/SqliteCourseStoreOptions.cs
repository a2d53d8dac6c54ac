namespace Ipt.Domain.Storage.Sqlite;

/// <summary>Settings of a <see cref="SqliteCourseStore"/>.</summary>
public sealed class SqliteCourseStoreOptions
{
    /// <summary>The Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=ipt.db</c>. The file is created on first
    /// use. Default <c>Data Source=ipt.db</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=ipt.db";

    /// <summary>Seconds a writer waits for another writer's transaction to finish before the call returns
    /// <c>store.unavailable</c> (SQLite has one writer at a time): 1 to 3,600. Default 30. There is no "do not wait"
    /// and no "wait forever": Microsoft.Data.Sqlite reads a timeout of 0 as no limit, so the store refuses 0.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;
}
