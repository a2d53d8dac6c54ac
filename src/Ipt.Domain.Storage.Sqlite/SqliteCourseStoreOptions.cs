namespace Ipt.Domain.Storage.Sqlite;

/// <summary>Settings of a <see cref="SqliteCourseStore"/>.</summary>
public sealed class SqliteCourseStoreOptions
{
    /// <summary>The Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=ipt.db</c>. The file is created on first
    /// use. Default <c>Data Source=ipt.db</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=ipt.db";

    /// <summary>Seconds a writer waits for another writer's transaction to finish before the call returns
    /// <c>store.unavailable</c> (SQLite has one writer at a time). Default 30.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;
}
