using System.Globalization;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// The stable error codes of the measures area, in one place. Codes are public API: integrators switch on them
/// and translate the messages. Messages are plain and name only the instrument, the item number and numbers;
/// they never contain text supplied by a caller.
/// </summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class MeasureErrors
{
    /// <summary>The answer set has a different number of items from the instrument.</summary>
    public const string WrongItemCountCode = "measure.wrong-item-count";

    /// <summary>An item has no answer.</summary>
    public const string ItemMissingCode = "measure.item-missing";

    /// <summary>An item's answer lies outside the item's range.</summary>
    public const string ItemOutOfRangeCode = "measure.item-out-of-range";

    /// <summary>Two scores compared as baseline and follow-up come from different instruments.</summary>
    public const string InstrumentMismatchCode = "measure.instrument-mismatch";

    /// <summary>Outcome criteria written for one instrument were applied to another.</summary>
    public const string CriteriaInstrumentMismatchCode = "measure.criteria-instrument-mismatch";

    /// <summary>An SRM diary week does not have exactly seven days.</summary>
    public const string SrmWrongDayCountCode = "srm.wrong-day-count";

    /// <summary>
    /// Not an error but the reason code on a <see cref="SocialRhythmScore"/> whose score is undefined because
    /// no activity reached the minimum number of hits.
    /// </summary>
    public const string SrmNoQualifyingActivityCode = "srm.no-qualifying-activity";

    internal static DomainError WrongItemCount(string instrument, int expected, int actual) =>
        new(WrongItemCountCode, instrument + " needs " + N(expected) + " item answers; " + N(actual) + " were given.");

    internal static DomainError ItemMissing(string instrument, int itemNumber) =>
        new(ItemMissingCode, instrument + " item " + N(itemNumber) + " has no answer; every item must be answered.");

    internal static DomainError ItemOutOfRange(string instrument, int itemNumber, int value, int minimum, int maximum) =>
        new(ItemOutOfRangeCode,
            instrument + " item " + N(itemNumber) + " is " + N(value) + "; it must be " + N(minimum) + "–" + N(maximum) + ".");

    internal static DomainError InstrumentMismatch(string baseline, string current) =>
        new(InstrumentMismatchCode,
            "A " + current + " score cannot be compared with a " + baseline + " baseline; use the same instrument.");

    internal static DomainError CriteriaInstrumentMismatch(string criteriaInstrument, string scoreInstrument) =>
        new(CriteriaInstrumentMismatchCode,
            "Outcome criteria for " + criteriaInstrument + " cannot be applied to " + scoreInstrument + " scores.");

    internal static DomainError SrmWrongDayCount(int actual) =>
        new(SrmWrongDayCountCode, "A Social Rhythm Metric week needs 7 diary days; " + N(actual) + " were given.");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
