using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Adaptations;
using Ipt.Domain.DependencyInjection;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;
using Ipt.Domain.Suitability;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Ipt.Domain's services with a <see cref="IServiceCollection"/>.</summary>
public static class IptDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's services as singletons, each resolvable by its interface:
    /// <list type="bullet">
    /// <item><see cref="IProtocolCatalog"/> — the built-in protocols (unless
    /// <see cref="IptDomainOptions.IncludeBuiltInProtocols"/> is false) followed by the caller's own;</item>
    /// <item><see cref="IProblemAreaStrategy"/> — one per problem area, resolved together as
    /// <c>IEnumerable&lt;IProblemAreaStrategy&gt;</c> (the same instances as <see cref="ProblemAreaStrategies.All"/>);</item>
    /// <item><see cref="ISuitabilityScreener"/> — <see cref="SuitabilityScreener.Instance"/>;</item>
    /// <item><see cref="IFidelityReviewer"/> — a <see cref="FidelityReviewer"/> with
    /// <see cref="IptDomainOptions.FidelitySettings"/>;</item>
    /// <item><see cref="ICohortSimulator"/> — <see cref="CohortSimulator.Default"/> (stateless; what it simulates
    /// comes with each call's <see cref="SimulationSettings"/>).</item>
    /// </list>
    /// Every service is immutable and thread-safe. Registration uses <c>TryAdd</c>: a service registered before this
    /// call (for example a test double) is kept, and this call adds only what is missing.
    /// </summary>
    /// <remarks>
    /// The options are validated here, so a misconfiguration fails at start-up rather than at first use: two protocols
    /// with the same id throw an <see cref="ArgumentException"/> whose message names the id and the code
    /// <c>catalog.duplicate-id</c>. Configure the library in one call: a second call with a
    /// <paramref name="configure"/> delegate throws <see cref="InvalidOperationException"/> (its protocols could not
    /// join the catalogue already registered); a second call without one changes nothing.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the caller's protocols and settings; null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">Two protocols of the catalogue share an id.</exception>
    /// <exception cref="InvalidOperationException">A second call passes a <paramref name="configure"/> delegate.</exception>
    /// <example>
    /// <code>
    /// var services = new ServiceCollection();
    /// services.AddIptDomain(options =&gt; options.AddProtocol(myTenSessionIpt));
    /// using ServiceProvider provider = services.BuildServiceProvider();
    /// IProtocolCatalog catalog = provider.GetRequiredService&lt;IProtocolCatalog&gt;();
    /// ProtocolDefinition ipt = catalog.Get("ipt").Value;
    /// IFidelityReviewer reviewer = provider.GetRequiredService&lt;IFidelityReviewer&gt;();
    /// </code>
    /// </example>
    public static IServiceCollection AddIptDomain(this IServiceCollection services, Action<IptDomainOptions>? configure = null)
    {
        Guard.Against.Null(services);
        bool registeredBefore = IsRegistered(services);
        if (registeredBefore && configure is not null)
        {
            throw new InvalidOperationException(
                "AddIptDomain was already called on this service collection; configure the library in a single AddIptDomain call.");
        }

        if (registeredBefore)
        {
            return services;
        }

        var options = new IptDomainOptions();
        configure?.Invoke(options);
        Result<ProtocolCatalog> built = BuildCatalog(options);
        if (built.IsFailure)
        {
            throw new ArgumentException(
                "The Ipt.Domain protocol catalogue cannot be built (" + built.Error.Code + "): " + built.Error.Message,
                nameof(configure));
        }

        ProtocolCatalog catalog = built.Value;

        services.AddSingleton(new IptDomainRegistration());
        services.TryAddSingleton<IProtocolCatalog>(catalog);
        foreach (IProblemAreaStrategy strategy in ProblemAreaStrategies.All)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemAreaStrategy>(strategy));
        }

        services.TryAddSingleton<ISuitabilityScreener>(SuitabilityScreener.Instance);
        services.TryAddSingleton<IFidelityReviewer>(new FidelityReviewer(options.FidelitySettings));
        services.TryAddSingleton<ICohortSimulator>(CohortSimulator.Default);
        return services;
    }

    private static bool IsRegistered(IServiceCollection services)
    {
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IptDomainRegistration))
            {
                return true;
            }
        }

        return false;
    }

    private static Result<ProtocolCatalog> BuildCatalog(IptDomainOptions options) =>
        ProtocolCatalog.Create(options.IncludeBuiltInProtocols ? [.. BuiltInProtocols.All, .. options.Protocols] : options.Protocols);
}
