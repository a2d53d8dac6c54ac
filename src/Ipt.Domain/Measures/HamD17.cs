using System;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// Hamilton Depression Rating Scale, 17 items (HAM-D-17, HDRS, HRSD) [S108][S109][S110]: clinician-rated over the past
/// week, items rated 0–4 or 0–2, total 0–52. The brief confirms only "mixed 0–4 and 0–2"; the per-item maxima below
/// are the conventional HAM-D-17 structure (nine 0–4 items: 1–3, 7–11, 15; eight 0–2 items: 4–6, 12–14, 16, 17), whose
/// sum is the confirmed maximum of 52. Two severity conventions exist (C23): <see cref="ZimmermanBands"/> (primary)
/// and <see cref="TraditionalBands"/>.
/// </summary>
public static class HamD17
{
    /// <summary>Item 3, suicide (0 absent … 4 attempts at suicide). Any rating above 0 raises a safety flag, as PHQ-9
    /// item 9 does (RULE-10 read for the clinician-rated scale; the item rates thoughts that life is not worth
    /// living, wishes to be dead, suicidal ideas or gestures, and attempts) [S109][S110].</summary>
    public const int SuicideItemNumber = 3;

    /// <summary>The instrument: 17 items with the conventional 0–4 / 0–2 maxima, total 0–52, past week.</summary>
    public static InstrumentDescriptor Descriptor { get; } = new(
        code: "ham-d-17",
        displayName: "HAM-D-17",
        version: "Hamilton 1960, 17-item",
        rater: InstrumentRater.Clinician,
        itemLabels: ImmutableArray.Create(
            "Depressed mood",
            "Feelings of guilt",
            "Suicide",
            "Insomnia: early",
            "Insomnia: middle",
            "Insomnia: late",
            "Work and activities",
            "Retardation",
            "Agitation",
            "Anxiety: psychic",
            "Anxiety: somatic",
            "Somatic symptoms: gastrointestinal",
            "Somatic symptoms: general",
            "Genital symptoms",
            "Hypochondriasis",
            "Loss of weight",
            "Insight"),
        // Conventional structure (brief: "mixed 0–4 and 0–2", total 0–52 [S109][S110]).
        itemMaxima: ImmutableArray.Create(4, 4, 4, 2, 2, 2, 4, 4, 4, 4, 4, 2, 2, 2, 4, 2, 2),
        recallPeriod: "past week",
        // No LOINC code confirmed: none was found in the HL7 value sets or LOINC pages searched. See docs/measures.md.
        loincTotalScoreCode: null,
        sourceTags: "[S108][S109][S110]");

    /// <summary>
    /// Convention A, <c>hamd17-zimmerman-2013</c> (empirically derived): 0–7 none, 8–16 mild, 17–23 moderate,
    /// 24–52 severe [S108][S110].
    /// </summary>
    public static SeverityBandSet ZimmermanBands { get; } = new(
        "hamd17-zimmerman-2013",
        "ham-d-17",
        0,
        52,
        [
            new SeverityBand(0, 7, "none", "No depression"), // [S108][S110]
            new SeverityBand(8, 16, "mild", "Mild depression"), // [S108][S110]
            new SeverityBand(17, 23, "moderate", "Moderate depression"), // [S108][S110]
            new SeverityBand(24, 52, "severe", "Severe depression"), // [S108][S110] ≥ 24
        ],
        "[S108][S110]");

    /// <summary>
    /// Convention B, <c>hamd17-traditional</c>: 0–7 normal, 8–13 mild, 14–18 moderate, 19–22 severe, 23–52 very
    /// severe [S109].
    /// </summary>
    public static SeverityBandSet TraditionalBands { get; } = new(
        "hamd17-traditional",
        "ham-d-17",
        0,
        52,
        [
            new SeverityBand(0, 7, "normal", "Normal"), // [S109]
            new SeverityBand(8, 13, "mild", "Mild depression"), // [S109]
            new SeverityBand(14, 18, "moderate", "Moderate depression"), // [S109]
            new SeverityBand(19, 22, "severe", "Severe depression"), // [S109]
            new SeverityBand(23, 52, "very-severe", "Very severe depression"), // [S109] ≥ 23
        ],
        "[S109]");

    /// <summary>Scores seventeen item ratings.</summary>
    /// <param name="items">Seventeen ratings in item order, each within its item's maximum.</param>
    /// <returns>The score (classified by both conventions), or an error naming the offending item.</returns>
    public static Result<HamD17Score> Score(ReadOnlySpan<int> items) => ScoreStored(ItemScoring.Copy(items));

    /// <summary>Scores seventeen item ratings where an unrated item is null.</summary>
    /// <param name="items">Seventeen ratings in item order; null = not rated.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<HamD17Score> Score(ReadOnlySpan<int?> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items, out int total);
        return error is null ? Create(ItemScoring.Copy(items), total) : error;
    }

    private static HamD17Score Create(ImmutableArray<int> items, int total)
    {
        int suicide = items[SuicideItemNumber - 1];
        SafetyFlag? flag = suicide > 0
            ? new SafetyFlag(SafetyFlag.HamD17SuicideItemCode, Descriptor.Code, SuicideItemNumber, suicide)
            : null;
        return new(items, total, ZimmermanBands.Classify(total), TraditionalBands.Classify(total), flag);
    }

    // Scores answers already held immutably (a stored event's) and keeps them as the score's items, without a copy.
    private static Result<HamD17Score> ScoreStored(ImmutableArray<int> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items.AsSpan(), out int total);
        return error is null ? Create(items, total) : error;
    }

    /// <summary>The HAM-D-17 as the <see cref="InstrumentCatalog"/> holds it: descriptor, primary bands, safety item and default
    /// outcome criteria, scored by <see cref="Score(ReadOnlySpan{int})"/>.</summary>
    public static Instrument Instrument { get; } = Instrument.BuiltIn(
        Descriptor,
        ZimmermanBands,
        new SafetyItemRule(SuicideItemNumber, SafetyFlag.HamD17SuicideItemCode),
        OutcomeCriteria.HamD17Default,
        static answers => ScoreStored(answers).Map(static s => (InstrumentScore)s),
        static answers => Score(answers).Map(static s => (InstrumentScore)s));
}
