using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Primitives;

/// <summary>
/// Free text written by a clinician (a session note). The text is kept for the caller and persisted with the
/// course history, but <see cref="ToString"/> never reveals it, so a note cannot leak into logs, error
/// messages or the printed form of any record that holds it.
/// </summary>
public sealed class PrivateNote : IEquatable<PrivateNote>
{
    /// <summary>Longest accepted note, in characters.</summary>
    public const int MaxLength = 20_000;

    private PrivateNote(string text) => Text = text;

    /// <summary>The note's text. Read it deliberately; it is never printed by the library.</summary>
    public string Text { get; }

    /// <summary>Wraps note text.</summary>
    /// <param name="text">Non-blank text of at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="ArgumentException">The text is null, blank or too long.</exception>
    public static PrivateNote From(string text)
    {
        Guard.Against.NullOrWhiteSpace(text);
        Guard.Against.GreaterThan(text.Length, MaxLength, nameof(text));
        return new PrivateNote(text);
    }

    /// <summary>Always <c>[private note]</c>; the text is not shown.</summary>
    public override string ToString() => "[private note]";

    /// <inheritdoc />
    public bool Equals(PrivateNote? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PrivateNote);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
