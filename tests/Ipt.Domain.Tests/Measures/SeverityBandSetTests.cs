using System;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Tests.Measures;

/// <summary>A band set must partition the instrument's range exactly; anything else is a construction error.</summary>
public class SeverityBandSetTests
{
    private static SeverityBand B(int lower, int upper, string code) => new(lower, upper, code, "Label " + code);

    private static SeverityBandSet Set(params SeverityBand[] bands) => new("test-bands", "phq-9", 0, 9, bands, "[S103]");

    [Fact]
    public void Bands_that_partition_the_range_make_a_set_that_classifies_every_total()
    {
        SeverityBandSet set = Set(B(0, 4, "low"), B(5, 9, "high"));
        Assert.Equal("low", set.Classify(4).Band.Code);
        Assert.Equal("high", set.Classify(5).Band.Code);
        Assert.Equal("high", set.Classify(9).Band.Code);
        Assert.Equal("low", Set(B(0, 9, "low")).Classify(0).Band.Code);
    }

    [Fact]
    public void A_gap_an_overlap_a_short_or_long_last_band_or_a_repeated_code_is_rejected()
    {
        Assert.Contains("starts at 6 but 5 was expected", Assert.Throws<ArgumentException>(() => Set(B(0, 4, "low"), B(6, 9, "high"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Set(B(0, 4, "low"), B(4, 9, "high")));
        Assert.Throws<ArgumentException>(() => Set(B(1, 9, "low")));
        Assert.Contains("ends at 8 but the range ends at 9", Assert.Throws<ArgumentException>(() => Set(B(0, 4, "low"), B(5, 8, "high"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Set(B(0, 4, "low"), B(5, 10, "high")));
        Assert.Contains("unique", Assert.Throws<ArgumentException>(() => Set(B(0, 4, "low"), B(5, 9, "low"))).Message, StringComparison.Ordinal);
        Assert.Contains("at least one band", Assert.Throws<ArgumentException>(() => Set()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_blank_and_reversed_arguments_are_misuse()
    {
        SeverityBand[] ok = [B(0, 9, "all")];
        Assert.Throws<ArgumentException>(() => new SeverityBandSet(" ", "phq-9", 0, 9, ok, ""));
        Assert.Throws<ArgumentException>(() => new SeverityBandSet("id", " ", 0, 9, ok, ""));
        Assert.Throws<ArgumentNullException>(() => new SeverityBandSet("id", "phq-9", 0, 9, null!, ""));
        Assert.Throws<ArgumentNullException>(() => new SeverityBandSet("id", "phq-9", 0, 9, ok, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityBandSet("id", "phq-9", 9, 0, ok, ""));
        Assert.Throws<ArgumentNullException>(() => new SeverityBandSet("id", "phq-9", 0, 9, [null!], ""));

        Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityBand(-1, 3, "c", "l"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityBand(3, 2, "c", "l"));
        Assert.Throws<ArgumentException>(() => new SeverityBand(0, 2, " ", "l"));
        Assert.Throws<ArgumentException>(() => new SeverityBand(0, 2, "c", " "));
        Assert.Equal(2, new SeverityBand(2, 2, "c", "l").Upper);
    }
}
