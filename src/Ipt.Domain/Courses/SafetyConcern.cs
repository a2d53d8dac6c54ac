using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>A safety concern raised by a positive safety item (RULE-10), with the actions recorded on it.</summary>
/// <param name="Number">Number of the concern in the course, starting at 1.</param>
/// <param name="RaisedOn">Date of the measure that raised it.</param>
/// <param name="SessionNumber">The session the measure was tied to, or null.</param>
/// <param name="Flag">The safety flag: instrument, item and score.</param>
/// <param name="Actions">Actions recorded, oldest first; empty while the concern is open.</param>
public sealed record SafetyConcern(int Number, DateOnly RaisedOn, int? SessionNumber, SafetyFlag Flag, IReadOnlyList<SafetyActionTaken> Actions)
{
    /// <summary>True while no action is recorded.</summary>
    public bool IsOpen => Actions.Count == 0;
}
