using System;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>Identifier of a therapy group.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct GroupId(Guid Value)
{
    /// <summary>A new random id.</summary>
    public static GroupId New() => new(Guid.NewGuid());

    /// <summary>The id in "D" format.</summary>
    public override string ToString() => Value.ToString("D");
}
