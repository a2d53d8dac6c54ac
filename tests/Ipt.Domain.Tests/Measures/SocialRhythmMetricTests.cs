using System;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Measures;

public class SocialRhythmMetric_Score
{
    private static readonly SrmTargetTimes Targets =
        new(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(19, 0), new TimeOnly(23, 0));

    private static TimeOnly T(int h, int m) => new(h, m);

    /// <summary>A week where activity a is on target on the first hits[a] days and three hours off on the others.</summary>
    private static SrmDay[] WeekWithHits(params int[] hits)
    {
        var week = new SrmDay[7];
        for (int d = 0; d < 7; d++)
        {
            TimeOnly? At(int a) => d < hits[a] ? Targets[(SrmActivity)a] : Targets[(SrmActivity)a].AddHours(3);
            week[d] = new SrmDay(At(0), At(1), At(2), At(3), At(4));
        }

        return week;
    }

    [Fact]
    public void Worked_example_19_hits_over_5_qualifying_activities_is_3_8()
    {
        SocialRhythmScore s = SocialRhythmMetric.Score(WeekWithHits(4, 4, 4, 4, 3), SrmScoringOptions.Target(Targets)).Value;
        Assert.Equal(3.8, s.Score!.Value, 12);
        Assert.Equal((19, 5, null), (s.QualifyingHits, s.QualifyingActivityCount, s.NoScoreReasonCode));
    }

    [Fact]
    public void By_default_every_activity_performed_on_3_days_counts_so_irregular_ones_lower_the_score()
    {
        // Every activity is performed all 7 days (off target when not a hit): all 5 count, 18 hits / 5 = 3.6.
        // Under the old hits rule the same week scored 7.0 (clinical review: SRM-5 counting rule).
        SocialRhythmScore s = SocialRhythmMetric.Score(WeekWithHits(7, 7, 2, 2, 0), SrmScoringOptions.Target(Targets)).Value;
        Assert.Equal(3.6, s.Score!.Value, 12);
        Assert.Equal(5, s.QualifyingActivityCount);
        Assert.True(s.Activities[4].Qualifies);
        Assert.Equal(SrmQualifyingRule.PerformedOnMinimumDays, SrmScoringOptions.Default.QualifyingRule);
    }

    [Fact]
    public void Under_the_hits_rule_activities_below_the_minimum_hits_do_not_count()
    {
        // 7 + 7 qualify; 2 hits do not qualify (minimum 3), so the score is 14 / 2 = 7.
        SocialRhythmScore s = SocialRhythmMetric.Score(WeekWithHits(7, 7, 2, 2, 0), SrmScoringOptions.Target(Targets) with { QualifyingRule = SrmQualifyingRule.MinimumHits }).Value;
        Assert.Equal(7.0, s.Score);
        Assert.Equal(2, s.QualifyingActivityCount);
        Assert.False(s.Activities[2].Qualifies);
        Assert.Equal(2, s.Activities[2].Hits);
    }

    [Fact]
    public void Bedtimes_around_midnight_use_a_circular_habitual_time()
    {
        TimeOnly[] beds = [T(23, 30), T(0, 15), T(23, 50), T(0, 5), T(23, 40), T(0, 30), T(23, 55)];
        var week = new SrmDay[7];
        for (int d = 0; d < 7; d++)
        {
            week[d] = new SrmDay(null, null, null, null, beds[d]);
        }

        SocialRhythmScore s = SocialRhythmMetric.Score(week).Value;
        SrmActivityResult bed = s.Activities[(int)SrmActivity.WentToBed];
        Assert.Equal(7, bed.Hits);
        Assert.True(SocialRhythmMetric.ClockDistance(bed.ReferenceTime!.Value, T(23, 58)) < TimeSpan.FromMinutes(2));
        Assert.Equal(7.0, s.Score);
    }

    [Fact]
    public void Clock_distance_wraps_round_midnight()
    {
        Assert.Equal(TimeSpan.FromMinutes(20), SocialRhythmMetric.ClockDistance(T(23, 50), T(0, 10)));
        Assert.Equal(TimeSpan.FromHours(12), SocialRhythmMetric.ClockDistance(T(0, 0), T(12, 0)));
        Assert.Equal(T(0, 0), SocialRhythmMetric.CircularMean([T(23, 0), T(1, 0)]));
        Assert.Null(SocialRhythmMetric.CircularMean([T(6, 0), T(18, 0)]));
        Assert.Null(SocialRhythmMetric.CircularMean([]));
    }

    [Fact]
    public void Target_bedtime_before_midnight_hits_times_after_midnight()
    {
        var week = new SrmDay[7];
        for (int d = 0; d < 7; d++)
        {
            week[d] = new SrmDay(null, null, null, null, T(0, 30));
        }

        var targets = Targets with { WentToBed = T(23, 50) };
        Assert.Equal(7, SocialRhythmMetric.Score(week, SrmScoringOptions.Target(targets)).Value.Activities[4].Hits);
    }

    [Fact]
    public void The_hit_window_is_inclusive_and_configurable()
    {
        var week = new SrmDay[7];
        for (int d = 0; d < 7; d++)
        {
            week[d] = new SrmDay(T(7, 45), null, null, null, null);
        }

        Assert.Equal(7, SocialRhythmMetric.Score(week, SrmScoringOptions.Target(Targets)).Value.Activities[0].Hits);
        Assert.Equal(0, SocialRhythmMetric.Score(week, SrmScoringOptions.Target(Targets, TimeSpan.FromMinutes(44))).Value.Activities[0].Hits);
    }

    [Fact]
    public void No_qualifying_activity_gives_no_score_and_a_reason()
    {
        SocialRhythmScore s = SocialRhythmMetric.Score(new SrmDay[7]).Value;
        Assert.Null(s.Score);
        Assert.Equal(MeasureErrors.SrmNoQualifyingActivityCode, s.NoScoreReasonCode);
        Assert.Equal((0, 0, 0), (s.QualifyingActivityCount, s.QualifyingHits, s.ActivityLevelIndex));
        Assert.All(s.Activities, a => Assert.Null(a.ReferenceTime));
    }

    [Fact]
    public void Missing_days_earn_no_hit_and_the_ALIR_counts_activities_done_three_times()
    {
        var week = new SrmDay[7];
        week[0] = new SrmDay(T(7, 0), T(8, 0), null, null, null);
        week[3] = new SrmDay(T(7, 10), T(8, 0), null, null, null);
        week[5] = new SrmDay(T(7, 5), null, null, null, null);
        SocialRhythmScore s = SocialRhythmMetric.Score(week).Value;
        Assert.Equal(3, s.Activities[0].DaysPerformed);
        Assert.Equal(3, s.Activities[0].Hits);
        Assert.Equal(2, s.Activities[1].Hits);
        Assert.Equal(1, s.ActivityLevelIndex);
        Assert.Equal(3.0, s.Score);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    public void A_week_must_have_seven_days(int days)
    {
        Result<SocialRhythmScore> r = SocialRhythmMetric.Score(new SrmDay[days]);
        Assert.Equal(MeasureErrors.SrmWrongDayCountCode, r.Error!.Code);
    }

    [Fact]
    public void Options_reject_misuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SrmScoringOptions.Habitual(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => SrmScoringOptions.Habitual(TimeSpan.FromHours(12)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SrmScoringOptions.Habitual(minimumHitsToQualify: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SrmScoringOptions.Habitual(minimumHitsToQualify: 8));
        Assert.Equal((TimeSpan.FromMinutes(45), 3, SrmReferenceMode.Habitual),
            (SrmScoringOptions.Default.HitWindow, SrmScoringOptions.Default.MinimumHitsToQualify, SrmScoringOptions.Default.ReferenceMode));
    }
}
