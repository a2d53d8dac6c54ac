using Ipt.Domain.Primitives;
using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>A goal of the work on one problem area.</summary>
/// <param name="Code">Stable code, unique within the area, e.g. <c>grief.facilitate-mourning</c>.</param>
/// <param name="Text">The goal in plain words.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the goal is supported by the sources.</param>
public sealed record ProblemAreaGoal(string Code, string Text, string Sources, EvidenceStatus Status);

/// <summary>A strategy the manuals attach to a problem area (what the therapist works on).</summary>
/// <param name="Code">Stable code, unique within the area.</param>
/// <param name="Text">The strategy in plain words.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the strategy is supported by the sources.</param>
public sealed record ProblemAreaStrategyStep(string Code, string Text, string Sources, EvidenceStatus Status);

/// <summary>
/// A clinician's rating of how far one goal of the focus has come. The four steps are a product scale, not
/// a sourced instrument: the manuals describe goals, not a rating of them.
/// </summary>
public enum GoalProgress
{
    /// <summary>Work on the goal has not begun.</summary>
    NotStarted = 0,

    /// <summary>First signs of movement (the patient can name the problem, first attempts).</summary>
    Emerging = 1,

    /// <summary>Clear but incomplete progress.</summary>
    Partial = 2,

    /// <summary>The goal is met.</summary>
    Achieved = 3,
}

/// <summary>One recorded rating of a goal.</summary>
/// <param name="GoalCode">Code of a goal of the area being assessed.</param>
/// <param name="Progress">The rating.</param>
public sealed record GoalRating(string GoalCode, GoalProgress Progress);

/// <summary>The judged progress of one goal.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Progress">The latest recorded rating, or <see cref="GoalProgress.NotStarted"/> when none was recorded.</param>
/// <param name="RatingCount">How many ratings were recorded for the goal.</param>
public sealed record GoalAssessment(ProblemAreaGoal Goal, GoalProgress Progress, int RatingCount);

/// <summary>The judged progress of the work on one problem area.</summary>
/// <param name="Area">The area assessed.</param>
/// <param name="Goals">One assessment per goal of the area, in the area's goal order.</param>
/// <param name="Overall">Overall progress; see <see cref="GoalAssessor"/> for the rule.</param>
public sealed record ProblemAreaAssessment(ProblemArea Area, IReadOnlyList<GoalAssessment> Goals, GoalProgress Overall)
{
    /// <summary>True when every goal of the area is achieved.</summary>
    public bool AllGoalsAchieved => Overall == GoalProgress.Achieved;
}

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
