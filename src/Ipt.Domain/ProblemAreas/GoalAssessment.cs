using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The judged progress of one goal.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Progress">The latest recorded rating, or <see cref="GoalProgress.NotStarted"/> when none was recorded.</param>
/// <param name="RatingCount">How many ratings were recorded for the goal.</param>
public sealed record GoalAssessment(ProblemAreaGoal Goal, GoalProgress Progress, int RatingCount);
