using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Primitives;

/// <summary>
/// A clinical or protocol rule that a command broke. Carries a stable, dotted, machine-readable
/// <see cref="Code"/> (for example <c>phase.formulation-not-agreed</c>) that integrators switch on, and a
/// plain-language <see cref="Message"/> that can be shown to a clinician.
/// </summary>
/// <remarks>
/// Codes are public API and are listed in <c>docs/errors.md</c>. Messages never contain free text supplied
/// by a caller (notes, labels), so an error can be logged without leaking clinical content.
/// </remarks>
public sealed record DomainError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">Stable dotted code, lower-case, e.g. <c>session.date-not-after-previous</c>.</param>
    /// <param name="message">Plain-language explanation without caller-supplied free text.</param>
    /// <exception cref="ArgumentException">A code or message is null or blank.</exception>
    public DomainError(string code, string message)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(message);
        Code = code;
        Message = message;
    }

    /// <summary>Stable machine-readable code.</summary>
    public string Code { get; }

    /// <summary>Plain-language explanation, suitable for display.</summary>
    public string Message { get; }

    /// <summary>Where in a stored history the error lies (the event's position and type, and the field when one is at
    /// fault), for a tool that points at it; null for an error of a live command. Set by history reading and replay.</summary>
    public EventLocation? Event { get; init; }

    /// <summary>Returns <c>code: message</c>.</summary>
    public override string ToString() => Code + ": " + Message;
}
