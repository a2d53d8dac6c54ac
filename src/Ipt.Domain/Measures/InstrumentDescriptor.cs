using Ipt.Domain.Primitives;
using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>
/// What an item-scored instrument is: its stable code, name, version, items and their ranges, total range, recall
/// period and (only where confirmed) its LOINC code for the total score. Descriptors are immutable and shared.
/// </summary>
public sealed class InstrumentDescriptor
{
    internal InstrumentDescriptor(
        string code,
        string displayName,
        string version,
        InstrumentRater rater,
        ImmutableArray<string> itemLabels,
        ImmutableArray<int> itemMaxima,
        string recallPeriod,
        string? loincTotalScoreCode,
        string sourceTags)
    {
        if (itemLabels.Length != itemMaxima.Length)
        {
            throw new ArgumentException("Every item needs a label and a maximum.", nameof(itemLabels));
        }

        Code = code;
        DisplayName = displayName;
        Version = version;
        Rater = rater;
        ItemLabels = itemLabels;
        ItemMaxima = itemMaxima;
        RecallPeriod = recallPeriod;
        LoincTotalScoreCode = loincTotalScoreCode;
        SourceTags = sourceTags;
        ItemMinimum = 0;
        TotalMinimum = 0;
        int total = 0;
        foreach (int max in itemMaxima)
        {
            total += max;
        }

        TotalMaximum = total;
    }

    /// <summary>Stable lower-case code, e.g. <c>phq-9</c>. Measurement schedules and outcome criteria name instruments by it.</summary>
    public string Code { get; }

    /// <summary>Name as clinicians write it, e.g. <c>PHQ-9</c>; used in messages.</summary>
    public string DisplayName { get; }

    /// <summary>Version of the scoring rules this library implements (the published form, e.g. <c>Kroenke 2001</c>).</summary>
    public string Version { get; }

    /// <summary>Who completes the instrument.</summary>
    public InstrumentRater Rater { get; }

    /// <summary>Number of items.</summary>
    public int ItemCount => ItemMaxima.Length;

    /// <summary>Short clinician-facing label of each item, in item order (index 0 is item 1). Not the licensed item wording.</summary>
    public ImmutableArray<string> ItemLabels { get; }

    /// <summary>Lowest score of every item (0 for all instruments here).</summary>
    public int ItemMinimum { get; }

    /// <summary>Highest score of each item, in item order (index 0 is item 1).</summary>
    public ImmutableArray<int> ItemMaxima { get; }

    /// <summary>Lowest possible total (0).</summary>
    public int TotalMinimum { get; }

    /// <summary>Highest possible total: the sum of <see cref="ItemMaxima"/>.</summary>
    public int TotalMaximum { get; }

    /// <summary>The period the answers refer to, e.g. <c>last 2 weeks</c>.</summary>
    public string RecallPeriod { get; }

    /// <summary>LOINC code of the total score where confirmed; otherwise null.</summary>
    public string? LoincTotalScoreCode { get; }

    /// <summary>Source tags of the domain brief behind the instrument's rules, e.g. <c>[S103][S104]</c>.</summary>
    public string SourceTags { get; }

    /// <summary>The highest score of one item.</summary>
    /// <param name="itemNumber">1-based item number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The item number is not between 1 and <see cref="ItemCount"/>.</exception>
    public int ItemMaximum(int itemNumber)
    {
        Guard.Against.LessThan(itemNumber, 1);
        Guard.Against.GreaterThan(itemNumber, ItemCount);
        return ItemMaxima[itemNumber - 1];
    }

    /// <summary>The instrument's code.</summary>
    public override string ToString() => Code;
}
