using System;
using System.Linq;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Measures;

internal static class Answers
{
    /// <summary>Answers that sum to <paramref name="total"/>, filling items in order, leaving <paramref name="keepZero"/> (1-based) at 0 where possible.</summary>
    public static int[] Summing(InstrumentDescriptor d, int total, int keepZero = 0)
    {
        var items = new int[d.ItemCount];
        int left = total;
        for (int pass = 0; pass < 2 && left > 0; pass++)
        {
            for (int i = 0; i < items.Length && left > 0; i++)
            {
                if (pass == 0 && i + 1 == keepZero)
                {
                    continue;
                }

                int add = Math.Min(d.ItemMaxima[i] - items[i], left);
                items[i] += add;
                left -= add;
            }
        }

        Assert.Equal(0, left);
        return items;
    }
}

public class Phq9_Score
{
    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "moderately-severe")]
    [InlineData(19, "moderately-severe")]
    [InlineData(20, "severe")]
    [InlineData(27, "severe")]
    public void Classifies_each_side_of_each_cut_point(int total, string band)
    {
        Phq9Score score = Phq9.Score(Answers.Summing(Phq9.Descriptor, total, keepZero: 9)).Value;
        Assert.Equal(total, score.Total);
        Assert.Equal(band, score.Severity.Code);
        Assert.Equal("phq9-kroenke-2001", score.Severity.BandSetId);
    }

    [Fact]
    public void Rejects_an_out_of_range_item_naming_it()
    {
        Result<Phq9Score> r = Phq9.Score(new[] { 0, 1, 2, 5, 0, 0, 0, 0, 0 });
        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, r.Error!.Code);
        Assert.Equal("PHQ-9 item 4 is 5; it must be 0–3.", r.Error.Message);
    }

    [Fact]
    public void Rejects_a_negative_item_naming_it()
    {
        Result<Phq9Score> r = Phq9.Score(new[] { 0, 0, 0, 0, 0, 0, -1, 0, 0 });
        Assert.Equal("PHQ-9 item 7 is -1; it must be 0–3.", r.Error!.Message);
    }

    [Fact]
    public void Rejects_a_missing_item_naming_it()
    {
        Result<Phq9Score> r = Phq9.Score(new int?[] { 0, 1, null, 2, 0, 0, 0, 0, 0 });
        Assert.Equal(MeasureErrors.ItemMissingCode, r.Error!.Code);
        Assert.Contains("item 3", r.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(0)]
    public void Rejects_the_wrong_number_of_items(int count)
    {
        Result<Phq9Score> r = Phq9.Score(new int[count]);
        Assert.Equal(MeasureErrors.WrongItemCountCode, r.Error!.Code);
        Assert.Equal("PHQ-9 needs 9 item answers; " + count + " were given.", r.Error.Message);
    }

    [Fact]
    public void Nullable_overload_scores_a_complete_set()
    {
        Phq9Score score = Phq9.Score(new int?[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 }).Value;
        Assert.Equal(8, score.Total);
        Assert.Equal(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 }, score.Items.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Item_9_above_zero_raises_the_safety_flag_whatever_the_total(int item9)
    {
        Phq9Score score = Phq9.Score(new[] { 0, 0, 0, 0, 0, 0, 0, 0, item9 }).Value;
        Assert.Equal("minimal", score.Severity.Code);
        Assert.True(score.HasSafetyFlag);
        Assert.Equal(new SafetyFlag("safety.phq9-item9-positive", "phq-9", 9, item9), score.SafetyFlag);
    }

    [Fact]
    public void Item_9_at_zero_raises_no_flag_even_when_severe()
    {
        Phq9Score score = Phq9.Score(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 0 }).Value;
        Assert.Equal("severe", score.Severity.Code);
        Assert.Null(score.SafetyFlag);
    }

    [Fact]
    public void Descriptor_describes_the_instrument()
    {
        InstrumentDescriptor d = Phq9.Descriptor;
        Assert.Equal(("phq-9", 9, 0, 27, "44261-6"), (d.Code, d.ItemCount, d.TotalMinimum, d.TotalMaximum, d.LoincTotalScoreCode));
        Assert.Equal(3, d.ItemMaximum(9));
        Assert.Equal(InstrumentRater.SelfReport, d.Rater);
        Assert.Throws<ArgumentOutOfRangeException>(() => d.ItemMaximum(10));
    }
}

public class Gad7_Score
{
    [Theory]
    [InlineData(0, "minimal")]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(9, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(14, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(21, "severe")]
    public void Classifies_each_side_of_each_cut_point(int total, string band)
    {
        Gad7Score score = Gad7.Score(Answers.Summing(Gad7.Descriptor, total)).Value;
        Assert.Equal((total, band, "gad7-spitzer-2006"), (score.Total, score.Severity.Code, score.Severity.BandSetId));
        Assert.Null(score.SafetyFlag);
    }

    [Fact]
    public void Rejects_errors_naming_the_item()
    {
        Assert.Equal("GAD-7 item 7 is 4; it must be 0–3.", Gad7.Score(new[] { 0, 0, 0, 0, 0, 0, 4 }).Error!.Message);
        Assert.Equal(MeasureErrors.ItemMissingCode, Gad7.Score(new int?[] { null, 0, 0, 0, 0, 0, 0 }).Error!.Code);
        Assert.Equal(MeasureErrors.WrongItemCountCode, Gad7.Score(new int[9]).Error!.Code);
        Assert.Equal("70274-6", Gad7.Descriptor.LoincTotalScoreCode); // HL7 PCO IG STU1 value set prom-target-measures
    }
}

public class Epds_Score
{
    [Fact]
    public void Reverse_scores_items_3_and_5_to_10()
    {
        EpdsScore top = Epds.Score(new int[10]).Value; // every answer is the top response
        Assert.Equal(new[] { 0, 0, 3, 0, 3, 3, 3, 3, 3, 3 }, top.Items.ToArray());
        Assert.Equal(21, top.Total);

        EpdsScore bottom = Epds.Score(Enumerable.Repeat(3, 10).ToArray()).Value;
        Assert.Equal(new[] { 3, 3, 0, 3, 0, 0, 0, 0, 0, 0 }, bottom.Items.ToArray());
        Assert.Equal(9, bottom.Total);
        Assert.Equal(Enumerable.Repeat(3, 10), bottom.ResponsePositions);
    }

    [Fact]
    public void Exposes_the_reverse_flags()
    {
        bool[] flags = Enumerable.Range(1, 10).Select(Epds.IsReverseScored).ToArray();
        Assert.Equal(new[] { false, false, true, false, true, true, true, true, true, true }, flags);
        Assert.Equal(3, Epds.ConvertResponse(3, 0));
        Assert.Equal(0, Epds.ConvertResponse(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Epds.ConvertResponse(11, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Epds.ConvertResponse(1, 4));
    }

    [Theory]
    [InlineData(0, "below-cutoff")]
    [InlineData(9, "below-cutoff")]
    [InlineData(10, "possible-depression")]
    [InlineData(12, "possible-depression")]
    [InlineData(13, "probable-depression")]
    [InlineData(30, "probable-depression")]
    public void Classifies_each_side_of_each_cut_off(int total, string band)
    {
        int[] scores = Answers.Summing(Epds.Descriptor, total);
        int[] positions = scores.Select((s, i) => Epds.ConvertResponse(i + 1, s)).ToArray();
        EpdsScore score = Epds.Score(positions).Value;
        Assert.Equal((total, band, "epds-cox-1987"), (score.Total, score.Severity.Code, score.Severity.BandSetId));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void Item_10_above_zero_raises_the_safety_flag(int position, int expectedScore)
    {
        int[] positions = [0, 0, 3, 0, 3, 3, 3, 3, 3, position];
        EpdsScore score = Epds.Score(positions).Value;
        Assert.Equal(new SafetyFlag("safety.epds-item10-positive", "epds", 10, expectedScore), score.SafetyFlag);
        Assert.True(score.Total <= 3);
    }

    [Fact]
    public void Item_10_at_bottom_response_raises_no_flag()
    {
        Assert.Null(Epds.Score(Enumerable.Repeat(3, 10).ToArray()).Value.SafetyFlag);
    }

    [Fact]
    public void Rejects_errors_naming_the_item()
    {
        Assert.Equal("EPDS item 10 is 4; it must be 0–3.", Epds.Score(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 4 }).Error!.Message);
        Assert.Equal(MeasureErrors.ItemMissingCode, Epds.Score(new int?[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, null }).Error!.Code);
        Assert.Equal(MeasureErrors.WrongItemCountCode, Epds.Score(new int[9]).Error!.Code);
    }
}

public class HamD17_Score
{
    [Fact]
    public void Has_the_conventional_mixed_item_structure()
    {
        InstrumentDescriptor d = HamD17.Descriptor;
        Assert.Equal(17, d.ItemCount);
        Assert.Equal(52, d.TotalMaximum);
        Assert.Equal(9, d.ItemMaxima.Count(m => m == 4));
        Assert.Equal(8, d.ItemMaxima.Count(m => m == 2));
        Assert.Equal(InstrumentRater.Clinician, d.Rater);
    }

    [Fact]
    public void Rejects_a_0_to_2_item_rated_3_naming_it()
    {
        int[] items = new int[17];
        items[3] = 3;
        Result<HamD17Score> r = HamD17.Score(items);
        Assert.Equal("HAM-D-17 item 4 is 3; it must be 0–2.", r.Error!.Message);
        Assert.Equal(MeasureErrors.ItemMissingCode, HamD17.Score(new int?[17]).Error!.Code);
    }

    [Theory]
    [InlineData(0, "none")]
    [InlineData(7, "none")]
    [InlineData(8, "mild")]
    [InlineData(16, "mild")]
    [InlineData(17, "moderate")]
    [InlineData(23, "moderate")]
    [InlineData(24, "severe")]
    [InlineData(52, "severe")]
    public void Zimmerman_bands(int total, string band)
    {
        HamD17Score score = HamD17.Score(Answers.Summing(HamD17.Descriptor, total)).Value;
        Assert.Equal((band, "hamd17-zimmerman-2013"), (score.Severity.Code, score.Severity.BandSetId));
    }

    [Theory]
    [InlineData(0, "normal")]
    [InlineData(7, "normal")]
    [InlineData(8, "mild")]
    [InlineData(13, "mild")]
    [InlineData(14, "moderate")]
    [InlineData(18, "moderate")]
    [InlineData(19, "severe")]
    [InlineData(22, "severe")]
    [InlineData(23, "very-severe")]
    [InlineData(52, "very-severe")]
    public void Traditional_bands(int total, string band)
    {
        HamD17Score score = HamD17.Score(Answers.Summing(HamD17.Descriptor, total)).Value;
        Assert.Equal((band, "hamd17-traditional"), (score.TraditionalSeverity.Code, score.TraditionalSeverity.BandSetId));
        Assert.Equal(score.TraditionalSeverity, score.ClassifyWith(HamD17.TraditionalBands));
    }

    [Fact]
    public void ClassifyWith_refuses_another_instruments_bands()
    {
        HamD17Score score = HamD17.Score(new int[17]).Value;
        Assert.Throws<ArgumentException>(() => score.ClassifyWith(Phq9.Bands));
        Assert.Throws<ArgumentNullException>(() => score.ClassifyWith(null!));
    }
}

public class SeverityBandSet_Construction
{
    [Fact]
    public void Rejects_a_gap()
    {
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("x", "i", 0, 10,
            [new SeverityBand(0, 4, "a", "A"), new SeverityBand(6, 10, "b", "B")], ""));
    }

    [Fact]
    public void Rejects_an_overlap()
    {
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("x", "i", 0, 10,
            [new SeverityBand(0, 5, "a", "A"), new SeverityBand(5, 10, "b", "B")], ""));
    }

    [Fact]
    public void Rejects_bands_short_of_the_range()
    {
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("x", "i", 0, 10, [new SeverityBand(0, 9, "a", "A")], ""));
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("x", "i", 0, 10, [new SeverityBand(1, 10, "a", "A")], ""));
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("x", "i", 0, 10, [], ""));
    }

    [Fact]
    public void Rejects_duplicate_codes_and_totals_outside_the_range()
    {
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("x", "i", 0, 10,
            [new SeverityBand(0, 4, "a", "A"), new SeverityBand(5, 10, "a", "B")], ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => Phq9.Bands.Classify(28));
        Assert.Throws<ArgumentOutOfRangeException>(() => Phq9.Bands.Classify(-1));
    }
}
