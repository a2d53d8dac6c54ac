using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Primitives;

/// <summary>
/// An opaque reference to the person in treatment, as issued by the caller's own system (a record number,
/// a pseudonymous key). The library never holds a name: a reference is 1–64 characters drawn from letters,
/// digits and <c>- _ . :</c>, so a space-separated personal name is rejected.
/// </summary>
public sealed record ClientRef
{
    /// <summary>Longest accepted reference.</summary>
    public const int MaxLength = 64;

    private ClientRef(string value) => Value = value;

    /// <summary>The reference as issued by the caller's system.</summary>
    public string Value { get; }

    /// <summary>Wraps a reference.</summary>
    /// <param name="value">1–64 characters of letters, digits, '-', '_', '.', ':'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or contains other characters.</exception>
    public static ClientRef From(string value)
    {
        Guard.Against.Null(value);
        Guard.Against.InvalidInput(value, nameof(value), static v => v.Length is >= 1 and <= MaxLength, "A client reference must be 1 to 64 characters long.");

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                throw new ArgumentException(
                    "A client reference may contain only ASCII letters, digits and '-', '_', '.', ':' (it is an opaque key, not a name).",
                    nameof(value));
            }
        }

        return new ClientRef(value);
    }

    /// <summary>The reference.</summary>
    public override string ToString() => Value;
}
