using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>Error codes of <see cref="ProtocolCatalog"/>. Codes are public API (<c>docs/errors.md</c>).</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class ProtocolCatalogErrors
{
    /// <summary>No protocol with the id is registered.</summary>
    public const string UnknownProtocol = "catalog.unknown-protocol";

    /// <summary>Two protocols with the same id were registered.</summary>
    public const string DuplicateId = "catalog.duplicate-id";

    /// <summary>Every code the catalogue can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [UnknownProtocol, DuplicateId];

    internal static DomainError RegisteredTwice(string protocolId) =>
        new(DuplicateId, "The protocol id '" + protocolId + "' is registered twice.");

    internal static DomainError NotRegistered() =>
        new(UnknownProtocol, "No protocol with the requested id is registered.");
}
