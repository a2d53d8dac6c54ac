using System;

namespace Ipt.Domain.Primitives;

/// <summary>An event of a stored history that an error is about: its 1-based position, its <c>$type</c> name and,
/// when one field is at fault, the field's path inside the event (e.g. <c>attendance</c>,
/// <c>inventory.people[1].support</c>).</summary>
/// <param name="Position">1-based position of the event in its history.</param>
/// <param name="Type">The event's <c>$type</c> name, or null when the event has no readable type.</param>
/// <param name="Field">Path of the field at fault inside the event, or null when the event as a whole is at fault.</param>
public sealed record EventLocation(int Position, string? Type, string? Field)
{
    /// <summary>1-based position of the event in its history.</summary>
    public int Position { get; } = Position >= 1 ? Position : throw new ArgumentOutOfRangeException(nameof(Position), Position, "A position starts at 1.");
}
