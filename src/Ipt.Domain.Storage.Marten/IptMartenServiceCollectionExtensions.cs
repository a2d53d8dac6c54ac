using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Persistence;
using Ipt.Domain.Protocols;
using Ipt.Domain.Storage.Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL (Marten) course store.</summary>
public static class IptMartenServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="MartenCourseStore"/> with its own Marten document store as the singleton
    /// <see cref="ICourseStore"/> (and as itself, for caseload queries) and a <see cref="CourseUnitOfWork"/> over it. The
    /// store rebuilds courses with the <see cref="IProtocolCatalog"/> that <c>AddIptDomain</c> registers, so call
    /// <c>AddIptDomain</c> too (in either order). <c>TryAdd</c>: a store registered before is kept. An application that
    /// already uses Marten can instead call <c>UseIptDomain()</c> inside its own <c>AddMarten</c> and register
    /// <c>new MartenCourseStore(documentStore, catalog)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="configure">Schema name and caseload switch, or null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    /// <example>
    /// <code>
    /// services.AddIptDomain().AddIptMartenStore(builder.Configuration.GetConnectionString("ipt")!);
    /// </code>
    /// </example>
    public static IServiceCollection AddIptMartenStore(this IServiceCollection services, string connectionString, Action<MartenCourseStoreOptions>? configure = null)
    {
        Guard.Against.Null(services);
        Guard.Against.NullOrWhiteSpace(connectionString);
        var options = new MartenCourseStoreOptions { ConnectionString = connectionString };
        configure?.Invoke(options);
        services.TryAddSingleton(sp => MartenCourseStore.Create(options, sp.GetRequiredService<IProtocolCatalog>()));
        services.TryAddSingleton<ICourseStore>(sp => sp.GetRequiredService<MartenCourseStore>());
        services.TryAddSingleton(sp => new CourseUnitOfWork(sp.GetRequiredService<ICourseStore>()));
        return services;
    }
}
