using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>One edge of a phase machine.</summary>
/// <param name="From">Source state.</param>
/// <param name="Trigger">The trigger that fires it.</param>
/// <param name="To">Target state.</param>
/// <param name="Guards">Conditions that must hold, in the order they are checked.</param>
public sealed record PhaseTransition(CourseState From, CourseTrigger Trigger, CourseState To, IReadOnlyList<PhaseGuard> Guards);
