using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// Edinburgh Postnatal Depression Scale, 10 items (Cox, Holden &amp; Sagovsky 1987) [S107]: self-report over the past
/// 7 days. Answers are recorded as the <em>response position</em> on the form (0 = top response … 3 = bottom).
/// Items 1, 2 and 4 score the position as is; items 3 and 5–10 are reverse-scored (position 0 scores 3 … position 3
/// scores 0). Total 0–30.
/// </summary>
public static class Epds
{
    /// <summary>Item 10: the thought of harming oneself. Any score above 0 raises a safety flag (RULE-10) [S107].</summary>
    public const int SelfHarmItemNumber = 10;

    /// <summary>Highest response position and highest item score.</summary>
    public const int MaximumResponsePosition = 3;

    // [S107] items marked * (3, 5, 6, 7, 8, 9, 10) are reverse-scored 3, 2, 1, 0. Index 0 is item 1. Never handed out.
    private static readonly bool[] ReverseScored = [false, false, true, false, true, true, true, true, true, true];

    // RULE-10 [S107]: item 10 — any score above 0 calls for further assessment.
    private const int SafetyItemTriggerMinimum = 1;

    /// <summary>The instrument: 10 items, each 0–3 after reverse scoring, total 0–30, past 7 days [S107].</summary>
    public static InstrumentDescriptor Descriptor { get; } = new(
        code: "epds",
        displayName: "EPDS",
        version: "Cox, Holden & Sagovsky 1987",
        rater: InstrumentRater.SelfReport,
        itemLabels: ImmutableArray.Create(
            "Able to laugh and see the funny side of things",
            "Looked forward with enjoyment to things",
            "Blamed myself unnecessarily when things went wrong",
            "Anxious or worried for no good reason",
            "Felt scared or panicky for no very good reason",
            "Things have been getting on top of me",
            "So unhappy that I have had difficulty sleeping",
            "Felt sad or miserable",
            "So unhappy that I have been crying",
            "The thought of harming myself has occurred to me"),
        itemMaxima: ImmutableArray.Create(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), // [S107]
        recallPeriod: "past 7 days",
        // No LOINC code confirmed: public implementations use 99046-5 ("Edinburgh Postnatal Depression Scale [EPDS]") and
        // the older 71354-5, but no HL7 guide or LOINC page read here says which is the total score. See docs/measures.md.
        loincTotalScoreCode: null,
        sourceTags: "[S107]");

    /// <summary>
    /// Bands <c>epds-cox-1987</c>: 0–9 below both cut-offs; 10–12 at or above the higher-sensitivity cut-off (≥ 10);
    /// 13–30 probable depression (≥ 13, assess for depression) [S107]. Other studies use &gt; 12 or 12 [S94][S115]:
    /// build another <see cref="SeverityBandSet"/> for those.
    /// </summary>
    public static SeverityBandSet Bands { get; } = new(
        "epds-cox-1987",
        "epds",
        0,
        30,
        [
            new SeverityBand(0, 9, "below-cutoff", "Below the screening cut-offs"), // [S107]
            new SeverityBand(10, 12, "possible-depression", "At or above the higher-sensitivity cut-off (10)"), // [S107] ≥ 10
            new SeverityBand(13, 30, "probable-depression", "Probable depression: assess for depression"), // [S107] ≥ 13
        ],
        "[S107]");

    /// <summary>True when the item is reverse-scored (items 3 and 5–10) [S107].</summary>
    /// <param name="itemNumber">1-based item number, 1–10.</param>
    /// <exception cref="ArgumentOutOfRangeException">The item number is not 1–10.</exception>
    public static bool IsReverseScored(int itemNumber)
    {
        Guard.Against.LessThan(itemNumber, 1);
        Guard.Against.GreaterThan(itemNumber, ReverseScored.Length);
        return ReverseScored[itemNumber - 1];
    }

    /// <summary>
    /// Converts a response position into the item's score, or an item score back into the response position: the
    /// conversion is its own inverse (identity for items 1, 2, 4; <c>3 − value</c> for the reverse-scored items).
    /// </summary>
    /// <param name="itemNumber">1-based item number, 1–10.</param>
    /// <param name="value">A response position or item score, 0–3.</param>
    /// <exception cref="ArgumentOutOfRangeException">The item number or value is out of range.</exception>
    public static int ConvertResponse(int itemNumber, int value)
    {
        Guard.Against.LessThan(value, 0);
        Guard.Against.GreaterThan(value, MaximumResponsePosition);
        return IsReverseScored(itemNumber) ? MaximumResponsePosition - value : value;
    }

    /// <summary>Scores ten response positions (each 0–3, 0 = top response on the form).</summary>
    /// <param name="responsePositions">Ten response positions in item order.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<EpdsScore> Score(ReadOnlySpan<int> responsePositions) => ScoreStored(ItemScoring.Copy(responsePositions));

    /// <summary>Scores ten response positions where an unanswered item is null.</summary>
    /// <param name="responsePositions">Ten response positions in item order; null = not answered.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<EpdsScore> Score(ReadOnlySpan<int?> responsePositions)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, responsePositions, out _);
        return error is null ? Create(ItemScoring.Copy(responsePositions)) : error;
    }

    private static EpdsScore Create(ImmutableArray<int> positions)
    {
        var scores = new int[positions.Length];
        int total = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            int score = ReverseScored[i] ? MaximumResponsePosition - positions[i] : positions[i];
            scores[i] = score;
            total += score;
        }

        int safetyItem = scores[SelfHarmItemNumber - 1];
        SafetyFlag? flag = safetyItem >= SafetyItemTriggerMinimum
            ? new SafetyFlag(SafetyFlag.EpdsSelfHarmItemCode, Descriptor.Code, SelfHarmItemNumber, safetyItem)
            : null;
        return new EpdsScore(positions, ImmutableCollectionsMarshal.AsImmutableArray(scores), total, Bands.Classify(total), flag);
    }

    // Scores answers already held immutably (a stored event's) and keeps them as the score's response positions, without a copy.
    private static Result<EpdsScore> ScoreStored(ImmutableArray<int> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items.AsSpan(), out _);
        return error is null ? Create(items) : error;
    }

    /// <summary>The EPDS as the <see cref="InstrumentCatalog"/> holds it: descriptor, primary bands, safety item and default
    /// outcome criteria, scored by <see cref="Score(ReadOnlySpan{int})"/>.</summary>
    public static Instrument Instrument { get; } = Instrument.BuiltIn(
        Descriptor,
        Bands,
        new SafetyItemRule(SelfHarmItemNumber, SafetyFlag.EpdsSelfHarmItemCode, SafetyItemTriggerMinimum),
        null,
        static answers => ScoreStored(answers).Map(static s => (InstrumentScore)s),
        static answers => Score(answers).Map(static s => (InstrumentScore)s), static (item, score) => ConvertResponse(item, score));
}
