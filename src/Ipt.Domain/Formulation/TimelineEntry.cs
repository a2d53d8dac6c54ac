using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>A timeline entry: an event and its offset from symptom onset.</summary>
/// <param name="Event">The event.</param>
/// <param name="DaysFromOnset">Days from onset (negative = before onset).</param>
public sealed record TimelineEntry(LifeEvent Event, int DaysFromOnset);
