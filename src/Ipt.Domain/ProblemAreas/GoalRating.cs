using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>One recorded rating of a goal.</summary>
/// <param name="GoalCode">Code of a goal of the area being assessed.</param>
/// <param name="Progress">The rating.</param>
public sealed record GoalRating(string GoalCode, GoalProgress Progress);
