using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>A dated life event on the inventory timeline.</summary>
/// <param name="Kind">What kind of event.</param>
/// <param name="Date">When it happened.</param>
public sealed record LifeEvent(LifeEventKind Kind, DateOnly Date)
{
    /// <summary>What kind of event.</summary>
    public LifeEventKind Kind { get; init; } = Guard.Against.UndefinedEnum(Kind);

    /// <summary>The inventory person the event concerns, if any.</summary>
    public PersonId? Person { get; init; }

    /// <summary>Private description; never printed.</summary>
    public PrivateNote? Note { get; init; }

    /// <summary>Days from symptom onset to the event: negative before onset, 0 on the day, positive after.</summary>
    /// <param name="onset">Date of symptom onset.</param>
    public int DaysFromOnset(DateOnly onset) => Date.DayNumber - onset.DayNumber;
}
