using System;
using System.Collections.Concurrent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Marten;
using JasperFx;
using Marten;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>The PostgreSQL server the Marten tests run against: the one named in <c>IPT_POSTGRES</c> (as
/// <c>build/with-postgres.sh</c> sets it), or else one this test process starts and stops itself. Without PostgreSQL
/// every Marten test fails (never skips) with the reason.</summary>
internal static class PostgresServer
{
    public const string Variable = "IPT_POSTGRES";

    /// <summary>The xunit collection of every test class that uses the server: they run one after another, because the
    /// fault test stops and restarts it.</summary>
    public const string Collection = "postgres";

    private static readonly ConcurrentDictionary<string, Lazy<DocumentStore>> Stores = new();

    /// <summary>The server in <c>IPT_POSTGRES</c> (e.g. from <c>build/with-postgres.sh</c>), else a throwaway server this
    /// process starts (<see cref="PostgresSelfStart"/>); without PostgreSQL binaries the tests fail with the reason.</summary>
    public static string ConnectionString()
    {
        string? cs = Environment.GetEnvironmentVariable(Variable);
        return !string.IsNullOrWhiteSpace(cs) ? cs : PostgresSelfStart.ConnectionString();
    }

    /// <summary>One document store per schema, created once per test run on an emptied schema.</summary>
    public static DocumentStore Documents(string schema) => Stores.GetOrAdd(schema, s => new Lazy<DocumentStore>(() =>
    {
        string cs = ConnectionString();
        DocumentStore store = DocumentStore.For(o =>
        {
            o.Connection(cs);
            o.DatabaseSchemaName = s;
            o.AutoCreateSchemaObjects = AutoCreate.All;
            o.UseIptDomain();
        });
        store.Advanced.Clean.CompletelyRemoveAllAsync().GetAwaiter().GetResult();
        store.Storage.ApplyAllConfiguredChangesToDatabaseAsync().GetAwaiter().GetResult();
        return store;
    })).Value;

    /// <summary>A store over the schema of a test class.</summary>
    public static MartenCourseStore Store(Type testClass, IProtocolCatalog? catalog = null, bool caseload = true) =>
        new(Documents(SchemaOf(testClass)), catalog ?? BuiltInProtocols.Catalog, caseload);

    public static string SchemaOf(Type testClass)
    {
        string name = "t_" + testClass.Name.ToLowerInvariant();
        return name.Length > 50 ? name[..50] : name;
    }
}
