namespace Ipt.Domain.Storage.Marten;

/// <summary>Settings of a <see cref="MartenCourseStore"/> that builds its own Marten document store.</summary>
public sealed class MartenCourseStoreOptions
{
    /// <summary>The Npgsql connection string, e.g. <c>Host=db;Database=ipt;Username=ipt;Password=...</c>. Required.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The PostgreSQL schema for the event streams and the read models. Default <c>ipt</c>.</summary>
    public string SchemaName { get; set; } = "ipt";

    /// <summary>Whether every append also writes the course's <see cref="CourseCaseload"/> row in the same transaction.
    /// Default true. Off, an append reads nothing but its command id and writes only events.</summary>
    public bool Caseload { get; set; } = true;
}
