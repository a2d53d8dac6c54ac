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

/// <summary>
/// Identifies one person within an interpersonal inventory. Chosen by the caller (1, 2, 3 …); it is a
/// reference, not a name, so it may be printed.
/// </summary>
/// <param name="Value">A positive number, unique within one inventory.</param>
public readonly record struct PersonId(int Value)
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">A positive number.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static PersonId From(int value)
    {
        Guard.Against.LessThanOrEqual(value, 0);
        return new PersonId(value);
    }

    /// <summary>The number, prefixed with <c>#</c>.</summary>
    public override string ToString() => "#" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The kind of relationship a person has to the patient (interpersonal inventory [S05][S08]).</summary>
public enum RelationshipKind
{
    /// <summary>Spouse or partner.</summary>
    Partner = 0,

    /// <summary>Former spouse or partner.</summary>
    FormerPartner = 1,

    /// <summary>Parent or step-parent.</summary>
    Parent = 2,

    /// <summary>Child or step-child.</summary>
    Child = 3,

    /// <summary>Brother or sister.</summary>
    Sibling = 4,

    /// <summary>Grandparent.</summary>
    Grandparent = 5,

    /// <summary>Another relative.</summary>
    OtherRelative = 6,

    /// <summary>Friend.</summary>
    Friend = 7,

    /// <summary>Colleague or fellow student.</summary>
    Colleague = 8,

    /// <summary>Manager, teacher or another person with authority over the patient.</summary>
    Supervisor = 9,

    /// <summary>Neighbour or community member.</summary>
    Neighbour = 10,

    /// <summary>Carer or health professional.</summary>
    Carer = 11,

    /// <summary>Any other relationship.</summary>
    Other = 12,
}
