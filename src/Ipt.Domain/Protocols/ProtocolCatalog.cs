using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>
/// Protocol definitions by id. The library's built-in catalogue holds standard IPT and every adaptation
/// (<c>Ipt.Domain.Adaptations.BuiltInProtocols.Catalog</c>); callers register their own variants by building a new
/// catalogue that adds them. Implementations are immutable and thread-safe, so one instance can be shared.
/// </summary>
public interface IProtocolCatalog
{
    /// <summary>Every protocol, in registration order.</summary>
    IReadOnlyList<ProtocolDefinition> All { get; }

    /// <summary>Looks a protocol up by id (ordinal, case-sensitive).</summary>
    /// <param name="id">A protocol id, e.g. <c>ipt-b</c>.</param>
    /// <param name="protocol">The protocol, when found.</param>
    /// <returns>True when the catalogue holds the id.</returns>
    bool TryGet(string? id, [NotNullWhen(true)] out ProtocolDefinition? protocol);

    /// <summary>The protocol with the given id, or <see cref="ProtocolCatalogErrors.UnknownProtocol"/>.</summary>
    /// <param name="id">A protocol id.</param>
    [SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Get mirrors TechniqueCatalog.Get and the Result convention of the library; VB callers can still call it.")]
    Result<ProtocolDefinition> Get(string? id);
}

/// <summary>Error codes of <see cref="ProtocolCatalog"/>. Codes are public API (<c>docs/errors.md</c>).</summary>
public static class ProtocolCatalogErrors
{
    /// <summary>No protocol with the id is registered.</summary>
    public const string UnknownProtocol = "catalog.unknown-protocol";

    /// <summary>Two protocols with the same id were registered.</summary>
    public const string DuplicateId = "catalog.duplicate-id";

    /// <summary>Every code the catalogue can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [UnknownProtocol, DuplicateId];
}

/// <summary>An immutable, thread-safe <see cref="IProtocolCatalog"/>.</summary>
/// <example>
/// <code>
/// Result&lt;ProtocolCatalog&gt; mine = BuiltInProtocols.Catalog.With(myVariant); // catalog.duplicate-id if the id is taken
/// ProtocolDefinition dit = mine.Value.Get("dit").Value;
/// </code>
/// </example>
public sealed class ProtocolCatalog : IProtocolCatalog
{
    private readonly FrozenDictionary<string, ProtocolDefinition> _byId;

    private ProtocolCatalog(ImmutableArray<ProtocolDefinition> all, FrozenDictionary<string, ProtocolDefinition> byId)
    {
        All = all;
        _byId = byId;
    }

    /// <summary>A catalogue without protocols.</summary>
    public static ProtocolCatalog Empty { get; } = new([], FrozenDictionary<string, ProtocolDefinition>.Empty);

    /// <inheritdoc />
    public IReadOnlyList<ProtocolDefinition> All { get; }

    /// <summary>Number of protocols.</summary>
    public int Count => All.Count;

    /// <summary>A catalogue of the given protocols.</summary>
    /// <param name="protocols">Protocols with distinct ids.</param>
    /// <returns>The catalogue, or <see cref="ProtocolCatalogErrors.DuplicateId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocols"/> or one of its items is null.</exception>
    public static Result<ProtocolCatalog> Create(IEnumerable<ProtocolDefinition> protocols)
    {
        Guard.Against.Null(protocols);
        var list = new List<ProtocolDefinition>();
        var byId = new Dictionary<string, ProtocolDefinition>(StringComparer.Ordinal);
        foreach (ProtocolDefinition? p in protocols)
        {
            Guard.Against.Null(p, nameof(protocols));
            if (!byId.TryAdd(p.Id, p))
            {
                return new DomainError(ProtocolCatalogErrors.DuplicateId, "The protocol id '" + p.Id + "' is registered twice.");
            }

            list.Add(p);
        }

        return new ProtocolCatalog([.. list], byId.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>A new catalogue with this catalogue's protocols followed by <paramref name="extra"/>; this one is unchanged.</summary>
    /// <param name="extra">Protocols to register; ids must not be taken.</param>
    /// <returns>The new catalogue, or <see cref="ProtocolCatalogErrors.DuplicateId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extra"/> or one of its items is null.</exception>
    public Result<ProtocolCatalog> With(params ProtocolDefinition[] extra)
    {
        Guard.Against.Null(extra);
        return Create([.. All, .. extra]);
    }

    /// <inheritdoc />
    public bool TryGet(string? id, [NotNullWhen(true)] out ProtocolDefinition? protocol)
    {
        if (id is null)
        {
            protocol = null;
            return false;
        }

        return _byId.TryGetValue(id, out protocol);
    }

    /// <inheritdoc />
    public Result<ProtocolDefinition> Get(string? id) =>
        TryGet(id, out ProtocolDefinition? p)
            ? p
            : new DomainError(ProtocolCatalogErrors.UnknownProtocol, "No protocol with the requested id is registered.");

    /// <summary>E.g. <c>ProtocolCatalog(12 protocols)</c>.</summary>
    public override string ToString() => "ProtocolCatalog(" + Count + " protocols)";
}
