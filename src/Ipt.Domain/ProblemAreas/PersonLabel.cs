using Ipt.Domain.Primitives;
using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// A short label a clinician chooses for an important person ("P1", "older sister", "manager"). It is never
/// a required real name, and the library never prints it: <see cref="ToString"/> is redacted, so a label
/// cannot leak into logs, error messages or the printed form of a record that holds it.
/// </summary>
public sealed class PersonLabel : IEquatable<PersonLabel>
{
    /// <summary>Longest accepted label, in characters.</summary>
    public const int MaxLength = 40;

    private PersonLabel(string text) => Text = text;

    /// <summary>The label's text. Read it deliberately; it is never printed by the library.</summary>
    public string Text { get; }

    /// <summary>Wraps a label.</summary>
    /// <param name="text">Non-blank text of at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="ArgumentException">The text is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The text is longer than <see cref="MaxLength"/>.</exception>
    public static PersonLabel From(string text)
    {
        Guard.Against.NullOrWhiteSpace(text);
        Guard.Against.GreaterThan(text.Length, MaxLength, nameof(text));
        return new PersonLabel(text);
    }

    /// <summary>Always <c>[person label]</c>; the text is not shown.</summary>
    public override string ToString() => "[person label]";

    /// <inheritdoc />
    public bool Equals(PersonLabel? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonLabel);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
