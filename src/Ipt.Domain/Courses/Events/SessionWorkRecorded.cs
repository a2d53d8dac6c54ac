using System;
using System.Collections.Generic;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Courses.Events;

/// <summary>What a session worked on (MID-03, MID-04): the focus area, the techniques used and goal progress.</summary>
/// <param name="OccurredOn">Date of the session.</param>
/// <param name="SessionNumber">The session's number in the session log.</param>
/// <param name="Focus">The focus area worked.</param>
/// <param name="Techniques">Technique codes from the catalogue.</param>
/// <param name="Goals">Progress ratings of the focus area's goals.</param>
public sealed record SessionWorkRecorded(
    DateOnly OccurredOn,
    int SessionNumber,
    ProblemArea Focus,
    IReadOnlyList<string> Techniques,
    IReadOnlyList<GoalRating> Goals) : CourseEvent(OccurredOn)
{
    /// <inheritdoc />
    public bool Equals(SessionWorkRecorded? other) =>
        other is not null && OccurredOn == other.OccurredOn && SessionNumber == other.SessionNumber && Focus == other.Focus &&
        string.Equals(CommandId, other.CommandId, StringComparison.Ordinal) && EnteredOn == other.EnteredOn &&
        System.Linq.Enumerable.SequenceEqual(Techniques, other.Techniques) && System.Linq.Enumerable.SequenceEqual(Goals, other.Goals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredOn, SessionNumber, Focus, Techniques.Count, Goals.Count);
}
