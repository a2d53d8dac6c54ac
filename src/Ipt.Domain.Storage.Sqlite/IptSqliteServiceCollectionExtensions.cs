using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Persistence;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite course store.</summary>
public static class IptSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteCourseStore"/> as the singleton <see cref="ICourseStore"/> and a
    /// <see cref="CourseUnitOfWork"/> over it. The store rebuilds courses with the <see cref="IProtocolCatalog"/> that
    /// <c>AddIptDomain</c> registers, so call <c>AddIptDomain</c> too (in either order). <c>TryAdd</c>: a store
    /// registered before is kept.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">E.g. <c>Data Source=ipt.db</c>.</param>
    /// <param name="configure">Further settings, or null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    /// <example>
    /// <code>
    /// services.AddIptDomain().AddIptSqliteStore("Data Source=ipt.db");
    /// CourseUnitOfWork work = provider.GetRequiredService&lt;CourseUnitOfWork&gt;();
    /// </code>
    /// </example>
    public static IServiceCollection AddIptSqliteStore(this IServiceCollection services, string connectionString, Action<SqliteCourseStoreOptions>? configure = null)
    {
        Guard.Against.Null(services);
        Guard.Against.NullOrWhiteSpace(connectionString);
        var options = new SqliteCourseStoreOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        services.TryAddSingleton<ICourseStore>(sp => new SqliteCourseStore(options, sp.GetRequiredService<IProtocolCatalog>()));
        services.TryAddSingleton(sp => new CourseUnitOfWork(sp.GetRequiredService<ICourseStore>()));
        return services;
    }
}
