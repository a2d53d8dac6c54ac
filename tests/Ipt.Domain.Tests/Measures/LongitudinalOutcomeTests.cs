using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Tests.Measures;

/// <summary>Frank et al. 1991 change points: each needs a threshold AND a duration.</summary>
public class LongitudinalOutcomeTests
{
    private static readonly DateOnly D0 = new(2026, 1, 5);

    private static List<RatingPoint> Weekly(params int[] totals) => [.. totals.Select((t, i) => new RatingPoint(D0.AddDays(7 * i), t))];

    [Fact]
    public void One_low_rating_is_not_a_remission_two_weeks_low_are()
    {
        LongitudinalOutcome one = LongitudinalOutcomes.Assess(Weekly(24, 20, 6, 12), EpisodeCriteria.HamD17)!;
        Assert.Null(one.RemissionOn);
        Assert.Equal(D0.AddDays(14), one.ResponseOn); // 6 ≤ 24 × 0.5
        LongitudinalOutcome two = LongitudinalOutcomes.Assess(Weekly(24, 20, 6, 7, 5), EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(14), two.RemissionOn);
        Assert.Null(two.RecoveryOn);
    }

    [Fact]
    public void A_return_of_the_syndrome_is_a_relapse_before_recovery_and_a_recurrence_after()
    {
        // Remission from week 2; episode (≥ 15 for 2 weeks) at weeks 6–8: relapse.
        LongitudinalOutcome relapse = LongitudinalOutcomes.Assess(Weekly(24, 10, 6, 6, 5, 8, 16, 17, 18), EpisodeCriteria.HamD17)!;
        Assert.Equal((D0.AddDays(14), D0.AddDays(42)), (relapse.RemissionOn!.Value, relapse.RelapseOn!.Value));
        Assert.Null(relapse.RecurrenceOn);

        // Remitted for 26 weeks (monthly ratings), then an episode: recovery, then recurrence; time to recurrence from
        // the maintenance start.
        var series = new List<RatingPoint> { new(D0, 22), new(D0.AddDays(14), 6), new(D0.AddDays(28), 5) };
        for (int m = 1; m <= 7; m++)
        {
            series.Add(new RatingPoint(D0.AddDays(28 + (30 * m)), 4));
        }

        DateOnly onset = D0.AddDays(28 + 240);
        series.Add(new RatingPoint(onset, 16));
        series.Add(new RatingPoint(onset.AddDays(14), 18));
        DateOnly maintenance = D0.AddDays(112);
        LongitudinalOutcome r = LongitudinalOutcomes.Assess(series, EpisodeCriteria.HamD17, maintenance)!;
        Assert.Equal(D0.AddDays(14 + 182), r.RecoveryOn);
        Assert.Null(r.RelapseOn);
        Assert.Equal(onset, r.RecurrenceOn);
        Assert.Equal(onset.DayNumber - maintenance.DayNumber, r.DaysToRecurrence);
    }

    [Fact]
    public void Durations_and_thresholds_are_settings()
    {
        var strict = EpisodeCriteria.HamD17 with { RemissionMinimumDays = 0, EpisodeMinimumDays = 0 };
        LongitudinalOutcome r = LongitudinalOutcomes.Assess(Weekly(24, 6, 16), strict)!;
        Assert.Equal((D0.AddDays(7), D0.AddDays(14)), (r.RemissionOn!.Value, r.RelapseOn!.Value));
        Assert.Throws<ArgumentException>(() => new EpisodeCriteria("x", "phq-9", 10, 10, ""));
        Assert.Throws<ArgumentException>(() => LongitudinalOutcomes.Assess([new(D0, 1), new(D0.AddDays(-1), 1)], EpisodeCriteria.Phq9));
        Assert.Null(LongitudinalOutcomes.Assess([], EpisodeCriteria.Phq9));
    }

    [Fact]
    public void Below_the_syndrome_with_more_than_minimal_symptoms_for_two_weeks_is_a_partial_remission()
    {
        // HAM-D 24 → 11, 10, 12 (below 15, above 7) for 14 days: partial remission from week 1; full remission later.
        LongitudinalOutcome r = LongitudinalOutcomes.Assess(Weekly(24, 11, 10, 12, 6, 5, 6), EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(7), r.PartialRemissionOn);
        Assert.Equal(D0.AddDays(28), r.RemissionOn);

        // One week below the syndrome is not enough; a direct full remission is not a partial one.
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 11, 18, 20), EpisodeCriteria.HamD17)!.PartialRemissionOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 5, 4), EpisodeCriteria.HamD17)!.PartialRemissionOn);

        // Without a preceding episode rating there is nothing to remit from.
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(12, 11, 10, 12), EpisodeCriteria.HamD17)!.PartialRemissionOn);
    }

    [Fact]
    public void The_syndrome_returning_during_a_partial_remission_is_a_relapse_unless_set_otherwise()
    {
        List<RatingPoint> series = Weekly(24, 11, 10, 12, 16, 17, 18);
        LongitudinalOutcome r = LongitudinalOutcomes.Assess(series, EpisodeCriteria.HamD17)!;
        Assert.Equal((D0.AddDays(7), D0.AddDays(28)), (r.PartialRemissionOn!.Value, r.RelapseOn!.Value));
        Assert.Null(r.RemissionOn);

        LongitudinalOutcome fullOnly = LongitudinalOutcomes.Assess(series, EpisodeCriteria.HamD17 with { RelapseFromPartialRemission = false })!;
        Assert.Null(fullOnly.RelapseOn);
        Assert.Equal(D0.AddDays(7), fullOnly.PartialRemissionOn);
        Assert.Null(LongitudinalOutcomes.Assess(series, EpisodeCriteria.HamD17 with { PartialRemissionMinimumDays = 21 })!.PartialRemissionOn);
    }

    [Fact]
    public void A_response_is_a_reduction_of_exactly_half_or_more_and_never_from_a_baseline_of_zero()
    {
        Assert.Equal(D0.AddDays(7), LongitudinalOutcomes.Assess(Weekly(24, 12, 13), EpisodeCriteria.HamD17)!.ResponseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 13, 13), EpisodeCriteria.HamD17)!.ResponseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(0, 0, 0), EpisodeCriteria.HamD17)!.ResponseOn);
    }

    [Fact]
    public void Ratings_on_the_same_day_are_in_date_order()
    {
        LongitudinalOutcome r = LongitudinalOutcomes.Assess([new(D0, 24), new(D0, 20), new(D0.AddDays(7), 6)], EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(7), r.ResponseOn);
    }

    [Fact]
    public void The_full_syndrome_starts_at_exactly_the_episode_threshold_and_needs_its_duration()
    {
        // Remitted from week 1; 15 (the HAM-D threshold) for 14 days is a relapse; one high rating is not.
        LongitudinalOutcome relapse = LongitudinalOutcomes.Assess(Weekly(24, 6, 7, 5, 15, 15, 15), EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(28), relapse.RelapseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 7, 5, 20), EpisodeCriteria.HamD17)!.RelapseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 7, 5, 14, 14, 14), EpisodeCriteria.HamD17)!.RelapseOn);

        // 15 is not below the syndrome, so three weeks of it after an episode are no partial remission.
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 15, 15, 15), EpisodeCriteria.HamD17)!.PartialRemissionOn);
        Assert.Equal(D0.AddDays(7), LongitudinalOutcomes.Assess(Weekly(24, 14, 14, 14), EpisodeCriteria.HamD17)!.PartialRemissionOn);
    }

    [Fact]
    public void The_first_remission_and_the_first_relapse_are_kept_when_the_course_repeats()
    {
        // Remission from week 1, relapse from week 4, remission again from week 7, a second relapse from week 10.
        LongitudinalOutcome r = LongitudinalOutcomes.Assess(Weekly(24, 6, 6, 6, 18, 18, 18, 5, 5, 5, 19, 19, 19), EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(7), r.RemissionOn);
        Assert.Equal(D0.AddDays(28), r.RelapseOn);
        Assert.Null(r.RecoveryOn);
    }

    [Fact]
    public void Recovery_falls_exactly_when_the_remission_has_lasted_its_minimum_days()
    {
        var criteria = EpisodeCriteria.HamD17 with { RecoveryMinimumDays = 28 };
        LongitudinalOutcome at = LongitudinalOutcomes.Assess(Weekly(24, 6, 6, 6, 6, 6), criteria)!;
        Assert.Equal(D0.AddDays(7 + 28), at.RecoveryOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 6, 6, 6), criteria)!.RecoveryOn); // 21 days remitted
    }
}
