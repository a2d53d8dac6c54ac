using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using OneOf;

namespace Ipt.Domain.Primitives;

/// <summary>The value of a command that succeeds without producing anything else.</summary>
public readonly record struct Unit
{
    /// <summary>The single value.</summary>
    public static Unit Value => default;
}
