using System;
using System.Collections.Concurrent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Marten;
using JasperFx;
using Marten;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>The PostgreSQL server the Marten tests run against: the one <c>build/with-postgres.sh</c> starts and names
/// in <c>IPT_POSTGRES</c>. Without it every Marten test fails (never skips) with a message saying how to run them.</summary>
internal static class PostgresServer
{
    public const string Variable = "IPT_POSTGRES";

    /// <summary>The xunit collection of every test class that uses the server: they run one after another, because the
    /// fault test stops and restarts it.</summary>
    public const string Collection = "postgres";

    private static readonly ConcurrentDictionary<string, Lazy<DocumentStore>> Stores = new();

    public static string ConnectionString()
    {
        string? cs = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(cs))
        {
            return cs;
        }

        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        throw new InvalidOperationException(
            (ci ? "CI=true but no PostgreSQL server was given to the Marten store tests. " : "The Marten store tests need a PostgreSQL server. ") +
            "Run them with: build/with-postgres.sh dotnet test tests/Ipt.Domain.Integration.Tests " +
            "(it starts a throwaway PostgreSQL 15 on 127.0.0.1 and sets " + Variable + "), or set " + Variable +
            " to an Npgsql connection string of a server you may write to.");
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
