using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

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
                return ProtocolCatalogErrors.RegisteredTwice(p.Id);
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
            : ProtocolCatalogErrors.NotRegistered();

    /// <summary>E.g. <c>ProtocolCatalog(12 protocols)</c>.</summary>
    public override string ToString() => "ProtocolCatalog(" + Count + " protocols)";
}
