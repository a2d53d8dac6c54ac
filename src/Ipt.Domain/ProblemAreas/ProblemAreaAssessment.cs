using System;
using System.Collections.Generic;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The judged progress of the work on one problem area.</summary>
/// <param name="Area">The area assessed.</param>
/// <param name="Goals">One assessment per goal of the area, in the area's goal order.</param>
/// <param name="Overall">Overall progress; see <see cref="GoalAssessor"/> for the rule.</param>
public sealed record ProblemAreaAssessment(ProblemArea Area, IReadOnlyList<GoalAssessment> Goals, GoalProgress Overall)
{
    /// <summary>True when every goal of the area is achieved.</summary>
    public bool AllGoalsAchieved => Overall == GoalProgress.Achieved;
}
