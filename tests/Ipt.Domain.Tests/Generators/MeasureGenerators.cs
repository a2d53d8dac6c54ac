using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Generators;

/// <summary>An item-scored instrument and its scoring function, for properties that run over all of them.</summary>
public sealed record ScoredInstrument(InstrumentDescriptor Descriptor, SeverityBandSet PrimaryBands, Func<int[], Result<InstrumentScore>> Score)
{
    public override string ToString() => Descriptor.Code;
}

/// <summary>A complete answer set with exactly one item out of range.</summary>
public sealed record BadAnswers(ScoredInstrument Instrument, int[] Items, int ItemNumber)
{
    public override string ToString() =>
        Instrument.Descriptor.Code + " item " + ItemNumber + " = " + Items[ItemNumber - 1] + " in [" + string.Join(",", Items) + "]";
}

/// <summary>Shared FsCheck generators for the measures area. Every arbitrary shrinks.</summary>
public static class MeasureGenerators
{
    public static IReadOnlyList<ScoredInstrument> Instruments { get; } =
    [
        new(Phq9.Descriptor, Phq9.Bands, items => Phq9.Score(items).Map(s => (InstrumentScore)s)),
        new(Gad7.Descriptor, Gad7.Bands, items => Gad7.Score(items).Map(s => (InstrumentScore)s)),
        new(Epds.Descriptor, Epds.Bands, items => Epds.Score(items).Map(s => (InstrumentScore)s)),
        new(HamD17.Descriptor, HamD17.ZimmermanBands, items => HamD17.Score(items).Map(s => (InstrumentScore)s)),
    ];

    public static IReadOnlyList<SeverityBandSet> BandSets { get; } =
        [Phq9.Bands, Gad7.Bands, Epds.Bands, HamD17.ZimmermanBands, HamD17.TraditionalBands];

    public static Gen<ScoredInstrument> Instrument => Gen.Elements(Instruments.ToArray());

    /// <summary>Valid answers for one instrument: each item within 0..its maximum.</summary>
    public static Gen<int[]> ValidItems(InstrumentDescriptor d) =>
        Gen.CollectToArray(d.ItemMaxima.Select(max => Gen.Choose(0, max)));

    /// <summary>Shrinks item answers towards zero, one item at a time, staying valid.</summary>
    public static IEnumerable<int[]> ShrinkItems(int[] items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] > 0)
            {
                int[] zero = (int[])items.Clone();
                zero[i] = 0;
                yield return zero;
                if (items[i] > 1)
                {
                    int[] smaller = (int[])items.Clone();
                    smaller[i] = items[i] - 1;
                    yield return smaller;
                }
            }
        }
    }

    /// <summary>An instrument with a complete, valid answer set.</summary>
    public static Arbitrary<(ScoredInstrument Instrument, int[] Items)> ValidAnswerSet { get; } = Arb.From<(ScoredInstrument Instrument, int[] Items)>(
        from instrument in Instrument
        from items in ValidItems(instrument.Descriptor)
        select (instrument, items),
        pair => ShrinkItems(pair.Items).Select(s => (pair.Instrument, s)));

    /// <summary>An answer set with one item pushed out of range (below 0 or above its maximum).</summary>
    public static Arbitrary<BadAnswers> OutOfRangeAnswerSet { get; } = Arb.From(
        from instrument in Instrument
        from items in ValidItems(instrument.Descriptor)
        from index in Gen.Choose(0, instrument.Descriptor.ItemCount - 1)
        from offset in Gen.Choose(1, 100)
        from above in ArbMap.Default.ArbFor<bool>().Generator
        select Break(instrument, items, index, above ? instrument.Descriptor.ItemMaxima[index] + offset : -offset),
        ShrinkBad);

    private static BadAnswers Break(ScoredInstrument instrument, int[] items, int index, int badValue)
    {
        int[] copy = (int[])items.Clone();
        copy[index] = badValue;
        return new BadAnswers(instrument, copy, index + 1);
    }

    private static IEnumerable<BadAnswers> ShrinkBad(BadAnswers bad)
    {
        int index = bad.ItemNumber - 1;
        int value = bad.Items[index];
        int max = bad.Instrument.Descriptor.ItemMaxima[index];
        // Move the bad value towards the nearest boundary while keeping it out of range.
        if (value > max + 1)
        {
            yield return Break(bad.Instrument, bad.Items, index, max + 1);
        }
        else if (value < -1)
        {
            yield return Break(bad.Instrument, bad.Items, index, -1);
        }

        for (int i = 0; i < bad.Items.Length; i++)
        {
            if (i != index && bad.Items[i] > 0)
            {
                int[] copy = (int[])bad.Items.Clone();
                copy[i] = 0;
                yield return bad with { Items = copy };
            }
        }
    }

    /// <summary>A total within a band set's range, shrinking towards the range minimum.</summary>
    public static Arbitrary<(SeverityBandSet Set, int Total)> BandSetTotal { get; } = Arb.From<(SeverityBandSet Set, int Total)>(
        from set in Gen.Elements(BandSets.ToArray())
        from total in Gen.Choose(set.Minimum, set.Maximum)
        select (set, total),
        pair => pair.Total > pair.Set.Minimum ? [(pair.Set, pair.Set.Minimum), (pair.Set, pair.Total - 1)] : []);

    /// <summary>An EPDS item number (1–10) and a value 0–3, derived from the default int arbitrary so it shrinks.</summary>
    public static Arbitrary<(int ItemNumber, int Value)> EpdsItemValue { get; } =
        ArbMap.Default.ArbFor<(int, int)>()
            .Convert<(int, int), (int ItemNumber, int Value)>(p => (1 + (Math.Abs(p.Item1 % 10)), Math.Abs(p.Item2 % 4)), p => (p.ItemNumber - 1, p.Value));

    // Times cluster around a few anchors (so hits happen) with spread up to ±3 h, including around midnight.
    private static readonly int[] AnchorMinutes = [7 * 60, 8 * 60, 9 * 60, 19 * 60, 23 * 60 + 30];

    private static Gen<TimeOnly?> TimeFor(int activity) =>
        Gen.Frequency(
            (1, Gen.Constant<TimeOnly?>(null)),
            (5, from spread in Gen.Choose(-180, 180)
                select (TimeOnly?)TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(((AnchorMinutes[activity] + spread) % 1440 + 1440) % 1440))));

    public static Gen<SrmDay> Day =>
        from a in TimeFor(0)
        from b in TimeFor(1)
        from c in TimeFor(2)
        from d in TimeFor(3)
        from e in TimeFor(4)
        select new SrmDay(a, b, c, d, e);

    /// <summary>Shrinks a week by blanking one recorded time at a time.</summary>
    public static IEnumerable<SrmDay[]> ShrinkWeek(SrmDay[] week)
    {
        for (int i = 0; i < week.Length; i++)
        {
            SrmDay d = week[i];
            SrmDay[] Blank(SrmDay replacement)
            {
                var copy = (SrmDay[])week.Clone();
                copy[i] = replacement;
                return copy;
            }

            if (d.OutOfBed is not null) yield return Blank(d with { OutOfBed = null });
            if (d.FirstContactWithAnotherPerson is not null) yield return Blank(d with { FirstContactWithAnotherPerson = null });
            if (d.StartedWorkHouseworkOrVolunteering is not null) yield return Blank(d with { StartedWorkHouseworkOrVolunteering = null });
            if (d.Dinner is not null) yield return Blank(d with { Dinner = null });
            if (d.WentToBed is not null) yield return Blank(d with { WentToBed = null });
        }
    }

    /// <summary>A seven-day SRM-5 diary week with some missing entries.</summary>
    public static Arbitrary<SrmDay[]> SrmWeek { get; } = Arb.From(Gen.ArrayOf(Day, 7), ShrinkWeek);

    /// <summary>A week together with a permutation of its days.</summary>
    public static Arbitrary<(SrmDay[] Week, SrmDay[] Shuffled)> SrmWeekAndShuffle { get; } = Arb.From<(SrmDay[] Week, SrmDay[] Shuffled)>(
        from week in Gen.ArrayOf(Day, 7)
        from shuffled in Gen.Shuffle(week)
        select (week, shuffled),
        pair => ShrinkWeek(pair.Week).Select(w => (w, w.Reverse().ToArray())));

    /// <summary>SRM options: habitual or target mode, window 1–180 minutes, 1–7 hits to qualify.</summary>
    public static Gen<SrmScoringOptions> SrmOptions =>
        from window in Gen.Choose(1, 180)
        from minHits in Gen.Choose(1, 7)
        from target in ArbMap.Default.ArbFor<bool>().Generator
        select target
            ? SrmScoringOptions.Target(
                new SrmTargetTimes(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(19, 0), new TimeOnly(23, 30)),
                TimeSpan.FromMinutes(window), minHits)
            : SrmScoringOptions.Habitual(TimeSpan.FromMinutes(window), minHits);
}
