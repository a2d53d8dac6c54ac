using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Measures;

public class Measure_properties
{
    [IptProperty(500)]
    public Property Totals_stay_in_range_and_equal_the_item_sum_for_any_complete_answer_set()
    {
        return Prop.ForAll(MeasureGenerators.ValidAnswerSet, pair =>
        {
            InstrumentScore s = pair.Instrument.Score(pair.Items).Value;
            return s.Total >= s.Instrument.TotalMinimum
                && s.Total <= s.Instrument.TotalMaximum
                && s.Total == s.Items.Sum()
                && s.Severity.BandSetId == pair.Instrument.PrimaryBands.Id;
        });
    }

    [IptProperty(500)]
    public Property Every_total_falls_in_exactly_one_band()
    {
        return Prop.ForAll(MeasureGenerators.BandSetTotal, pair =>
        {
            int containing = pair.Set.Bands.Count(b => b.Contains(pair.Total));
            SeverityClassification c = pair.Set.Classify(pair.Total);
            return containing == 1 && c.Band.Contains(pair.Total) && c.BandSetId == pair.Set.Id;
        });
    }

    [IptProperty(100)]
    public Property Epds_response_conversion_is_an_involution()
    {
        return Prop.ForAll(MeasureGenerators.EpdsItemValue, p =>
            Epds.ConvertResponse(p.ItemNumber, Epds.ConvertResponse(p.ItemNumber, p.Value)) == p.Value);
    }

    [IptProperty(500)]
    public Property Any_out_of_range_item_is_rejected_naming_that_item()
    {
        return Prop.ForAll(MeasureGenerators.OutOfRangeAnswerSet, bad =>
        {
            Result<InstrumentScore> r = bad.Instrument.Score(bad.Items);
            string expected = bad.Instrument.Descriptor.DisplayName + " item "
                + bad.ItemNumber.ToString(CultureInfo.InvariantCulture) + " is "
                + bad.Items[bad.ItemNumber - 1].ToString(CultureInfo.InvariantCulture) + ";";
            return r.IsFailure
                && r.Error.Code == MeasureErrors.ItemOutOfRangeCode
                && r.Error.Message.StartsWith(expected, StringComparison.Ordinal);
        });
    }

    [IptProperty(500)]
    public Property Srm_score_lies_within_0_to_7_or_is_explicitly_undefined()
    {
        var arb = Arb.From(
            from week in MeasureGenerators.SrmWeek.Generator
            from options in MeasureGenerators.SrmOptions
            select (week, options),
            p => MeasureGenerators.ShrinkWeek(p.week).Select(w => (w, p.options)));
        return Prop.ForAll(arb, p =>
        {
            SocialRhythmScore s = SocialRhythmMetric.Score(p.week, p.options).Value;
            return s.Score is double v
                ? v >= SocialRhythmMetric.ScoreMinimum && v <= SocialRhythmMetric.ScoreMaximum && s.NoScoreReasonCode is null
                    && s.QualifyingActivityCount > 0
                : s.QualifyingActivityCount == 0 && s.NoScoreReasonCode == MeasureErrors.SrmNoQualifyingActivityCode;
        });
    }

    [IptProperty(500)]
    public Property Srm_score_does_not_depend_on_the_order_of_days()
    {
        return Prop.ForAll(MeasureGenerators.SrmWeekAndShuffle, p =>
        {
            SocialRhythmScore a = SocialRhythmMetric.Score(p.Week).Value;
            SocialRhythmScore b = SocialRhythmMetric.Score(p.Shuffled).Value;
            return a.Score == b.Score
                && a.ActivityLevelIndex == b.ActivityLevelIndex
                && a.Activities.SequenceEqual(b.Activities);
        });
    }
}
