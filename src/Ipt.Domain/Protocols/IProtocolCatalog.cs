using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
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
