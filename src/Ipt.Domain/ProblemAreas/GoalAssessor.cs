using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// The assessment rule shared by every strategy (a product rule, not sourced):
/// <list type="number">
/// <item>Ratings are read in the order given (oldest first); the latest rating of a goal is its progress.
/// A goal without a rating is <see cref="GoalProgress.NotStarted"/>.</item>
/// <item>A rating that names a goal the area does not have is an error
/// (<see cref="ProblemAreaErrors.UnknownGoalCode"/>); nothing is assessed.</item>
/// <item>Overall progress is the least advanced goal's progress (an IPT focus is worked until all its goals
/// are met), raised to <see cref="GoalProgress.Emerging"/> when that minimum is
/// <see cref="GoalProgress.NotStarted"/> but at least one goal has moved.</item>
/// </list>
/// </summary>
public static class GoalAssessor
{
    /// <summary>Assesses recorded ratings against a list of goals.</summary>
    /// <param name="area">The area whose goals are assessed (used in the result and messages).</param>
    /// <param name="goals">The area's goals.</param>
    /// <param name="ratings">Recorded ratings, oldest first.</param>
    /// <exception cref="ArgumentNullException">An argument or a rating is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating holds an undefined progress value.</exception>
    public static Primitives.Result<ProblemAreaAssessment> Assess(
        ProblemArea area, IReadOnlyList<ProblemAreaGoal> goals, IReadOnlyList<GoalRating> ratings)
    {
        Guard.Against.Null(goals);
        Guard.Against.Null(ratings);
        var latest = new GoalProgress[goals.Count];
        var counts = new int[goals.Count];
        foreach (GoalRating rating in ratings)
        {
            Guard.Against.Null(rating, nameof(ratings));
            if (!Enum.IsDefined(rating.Progress))
            {
                throw new ArgumentOutOfRangeException(nameof(ratings), rating.Progress, "Not a defined goal progress value.");
            }

            int index = IndexOf(goals, rating.GoalCode);
            if (index < 0)
            {
                return ProblemAreaErrors.UnknownGoal(area);
            }

            latest[index] = rating.Progress;
            counts[index]++;
        }

        var assessed = new GoalAssessment[goals.Count];
        GoalProgress minimum = GoalProgress.Achieved;
        bool anyMoved = false;
        for (int i = 0; i < goals.Count; i++)
        {
            assessed[i] = new GoalAssessment(goals[i], latest[i], counts[i]);
            minimum = latest[i] < minimum ? latest[i] : minimum;
            anyMoved |= latest[i] > GoalProgress.NotStarted;
        }

        if (goals.Count == 0)
        {
            minimum = GoalProgress.NotStarted;
        }

        GoalProgress overall = minimum == GoalProgress.NotStarted && anyMoved ? GoalProgress.Emerging : minimum;
        return new ProblemAreaAssessment(area, assessed, overall);
    }

    private static int IndexOf(IReadOnlyList<ProblemAreaGoal> goals, string? code)
    {
        for (int i = 0; i < goals.Count; i++)
        {
            if (string.Equals(goals[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
