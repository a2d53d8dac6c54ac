using Ipt.Domain.Primitives;
using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>
/// The scored answers of one item-scored instrument: the raw item scores, the total, its severity band (with the
/// band-set id) and any safety flag. Immutable. A treatment course records one of these per administration.
/// </summary>
public abstract class InstrumentScore
{
    private protected InstrumentScore(
        InstrumentDescriptor instrument, ImmutableArray<int> items, int total, SeverityClassification severity, SafetyFlag? safetyFlag)
    {
        Instrument = instrument;
        Items = items;
        Total = total;
        Severity = severity;
        SafetyFlag = safetyFlag;
    }

    /// <summary>The instrument that was scored.</summary>
    public InstrumentDescriptor Instrument { get; }

    /// <summary>Shortcut for <c>Instrument.Code</c>.</summary>
    public string InstrumentCode => Instrument.Code;

    /// <summary>Item scores in item order (index 0 is item 1). For the EPDS these are after reverse scoring.</summary>
    public ImmutableArray<int> Items { get; }

    /// <summary>Sum of the item scores.</summary>
    public int Total { get; }

    /// <summary>The total's band in the instrument's primary band set, with that set's id.</summary>
    public SeverityClassification Severity { get; }

    /// <summary>The safety flag when the instrument's safety item is above zero; otherwise null.</summary>
    public SafetyFlag? SafetyFlag { get; }

    /// <summary>True when <see cref="SafetyFlag"/> is set.</summary>
    public bool HasSafetyFlag => SafetyFlag is not null;

    /// <summary>The score of one item.</summary>
    /// <param name="itemNumber">1-based item number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The item number is outside the instrument.</exception>
    public int Item(int itemNumber)
    {
        Guard.Against.LessThan(itemNumber, 1);
        Guard.Against.GreaterThan(itemNumber, Items.Length);
        return Items[itemNumber - 1];
    }

    /// <summary>Classifies the total with another band set of the same instrument.</summary>
    /// <param name="bandSet">A band set whose <see cref="SeverityBandSet.InstrumentCode"/> is this instrument's code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bandSet"/> is null.</exception>
    /// <exception cref="ArgumentException">The band set belongs to another instrument.</exception>
    public SeverityClassification ClassifyWith(SeverityBandSet bandSet)
    {
        Guard.Against.Null(bandSet);
        if (!string.Equals(bandSet.InstrumentCode, InstrumentCode, StringComparison.Ordinal))
        {
            throw new ArgumentException("The band set belongs to another instrument.", nameof(bandSet));
        }

        return bandSet.Classify(Total);
    }

    /// <summary>Instrument code and total, e.g. <c>phq-9 total 12 (moderate)</c>.</summary>
    public override string ToString() =>
        InstrumentCode + " total " + Total.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + Severity.Code + ")";
}
