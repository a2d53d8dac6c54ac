using System;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// Patient Health Questionnaire, 9 items (Kroenke, Spitzer &amp; Williams 2001) [S103][S104]: self-report, nine DSM-IV
/// major-depression criteria over the last 2 weeks, each 0 (not at all) … 3 (nearly every day); total 0–27.
/// </summary>
public static class Phq9
{
    /// <summary>Item 9: thoughts of being better off dead or of self-harm. Any score above 0 raises a safety flag (RULE-10) [S112].</summary>
    public const int SelfHarmItemNumber = 9;

    /// <summary>
    /// LOINC code of the PHQ-9 total score. Not stated in the domain brief; confirmed against the LOINC-coded PHQ-9
    /// examples of the HL7 FHIR US Core implementation guide.
    /// </summary>
    public const string LoincTotalScore = "44261-6";

    /// <summary>The instrument: 9 items, each 0–3, total 0–27, recall period the last 2 weeks [S103].</summary>
    public static InstrumentDescriptor Descriptor { get; } = new(
        code: "phq-9",
        displayName: "PHQ-9",
        version: "Kroenke, Spitzer & Williams 2001",
        rater: InstrumentRater.SelfReport,
        itemLabels: ImmutableArray.Create(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed or hopeless",
            "Trouble with sleep (too little or too much)",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about oneself",
            "Trouble concentrating",
            "Moving or speaking slowly, or restlessness",
            "Thoughts of being better off dead or of self-harm"),
        itemMaxima: ImmutableArray.Create(3, 3, 3, 3, 3, 3, 3, 3, 3), // [S103] 0–3 anchors
        recallPeriod: "last 2 weeks",
        loincTotalScoreCode: LoincTotalScore,
        sourceTags: "[S103][S104][S112][S113]");

    /// <summary>
    /// Severity bands <c>phq9-kroenke-2001</c>: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe,
    /// 20–27 severe (cut points 5/10/15/20) [S103][S104].
    /// </summary>
    public static SeverityBandSet Bands { get; } = new(
        "phq9-kroenke-2001",
        "phq-9",
        0,
        27,
        [
            new SeverityBand(0, 4, "minimal", "Minimal or no depression"), // [S103]
            new SeverityBand(5, 9, "mild", "Mild depression"), // [S103]
            new SeverityBand(10, 14, "moderate", "Moderate depression"), // [S103]; ≥ 10 diagnostic cut-off [S104]
            new SeverityBand(15, 19, "moderately-severe", "Moderately severe depression"), // [S103]
            new SeverityBand(20, 27, "severe", "Severe depression"), // [S103]
        ],
        "[S103][S104]");

    // RULE-10 [S112]: any answer other than "not at all" (0) on item 9 requires follow-up risk assessment.
    private const int SafetyItemTriggerMinimum = 1;

    /// <summary>Scores nine item answers (each 0–3).</summary>
    /// <param name="items">Nine answers in item order.</param>
    /// <returns>The score, or <see cref="MeasureErrors.WrongItemCountCode"/> / <see cref="MeasureErrors.ItemOutOfRangeCode"/> naming the item.</returns>
    public static Result<Phq9Score> Score(ReadOnlySpan<int> items) => ScoreStored(ItemScoring.Copy(items));

    /// <summary>Scores nine item answers where an unanswered item is null.</summary>
    /// <param name="items">Nine answers in item order; null = not answered.</param>
    /// <returns>The score, or an error (<see cref="MeasureErrors.ItemMissingCode"/> and others) naming the item.</returns>
    public static Result<Phq9Score> Score(ReadOnlySpan<int?> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items, out int total);
        return error is null ? Create(ItemScoring.Copy(items), total) : error;
    }

    private static Phq9Score Create(ImmutableArray<int> items, int total)
    {
        int safetyItem = items[SelfHarmItemNumber - 1];
        SafetyFlag? flag = safetyItem >= SafetyItemTriggerMinimum
            ? new SafetyFlag(SafetyFlag.Phq9SelfHarmItemCode, Descriptor.Code, SelfHarmItemNumber, safetyItem)
            : null;
        return new Phq9Score(items, total, Bands.Classify(total), flag);
    }

    // Scores answers already held immutably (a stored event's) and keeps them as the score's items, without a copy.
    private static Result<Phq9Score> ScoreStored(ImmutableArray<int> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items.AsSpan(), out int total);
        return error is null ? Create(items, total) : error;
    }

    /// <summary>The PHQ-9 as the <see cref="InstrumentCatalog"/> holds it: descriptor, primary bands, safety item and default
    /// outcome criteria, scored by <see cref="Score(ReadOnlySpan{int})"/>.</summary>
    public static Instrument Instrument { get; } = Instrument.BuiltIn(
        Descriptor,
        Bands,
        new SafetyItemRule(SelfHarmItemNumber, SafetyFlag.Phq9SelfHarmItemCode, SafetyItemTriggerMinimum),
        OutcomeCriteria.Phq9Default,
        static answers => ScoreStored(answers).Map(static s => (InstrumentScore)s),
        static answers => Score(answers).Map(static s => (InstrumentScore)s));
}
