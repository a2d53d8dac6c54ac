using System;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// PHQ-9 modified for adolescents (PHQ-A; Johnson, Harris, Spitzer &amp; Williams 2002, J Adolesc Health 30:196–204):
/// self-report for ages 11–17, nine items over the past two weeks, each 0 (not at all) … 3 (nearly every day); total
/// 0–27 with the PHQ-9 bands. Item order differs from the PHQ-9 (item 1 is "feeling down, depressed, irritable or
/// hopeless", item 2 "little interest or pleasure") and irritability is part of item 1. Item 9 (thoughts of being better
/// off dead or of hurting oneself) is the safety item: any answer above 0 raises a safety flag, and the scoring guide says
/// every positive answer to it must be followed up by a clinical interview. Form and item order: NIMH ASQ toolkit,
/// https://www.nimh.nih.gov/research/research-conducted-at-nimh/asq-toolkit-materials/asq-tool/phq-9-modified-for-adolescents-phq-a ;
/// bands and follow-up rule: GLAD-PC "Scoring the PHQ-9 modified for teens" (2010). Not in the domain brief.
/// </summary>
/// <remarks>
/// The form's four supplementary questions (depressed most days in the past year; how difficult the problems made
/// things; serious thoughts of ending one's life in the past month; a suicide attempt ever) are not part of the total
/// and are not modelled here: ask them on the form and act on a "yes" outside the score. LOINC: none confirmed.
/// </remarks>
public static class PhqA
{
    /// <summary>Instrument code, <c>phq-a</c>.</summary>
    public const string Code = "phq-a";

    /// <summary>Item 9: thoughts of being better off dead or of hurting oneself. Above 0 raises a safety flag.</summary>
    public const int SelfHarmItemNumber = 9;

    /// <summary>The instrument: 9 items, each 0–3, total 0–27, past two weeks.</summary>
    public static InstrumentDescriptor Descriptor { get; } = new(
        code: Code,
        displayName: "PHQ-A",
        version: "Johnson, Harris, Spitzer & Williams 2002 (PHQ-9 modified for adolescents)",
        rater: InstrumentRater.SelfReport,
        itemLabels: ImmutableArray.Create(
            "Feeling down, depressed, irritable or hopeless",
            "Little interest or pleasure in doing things",
            "Trouble with sleep (falling or staying asleep, or too much)",
            "Poor appetite, weight loss or overeating",
            "Feeling tired or having little energy",
            "Feeling bad about oneself",
            "Trouble concentrating (school work, reading, TV)",
            "Moving or speaking slowly, or restlessness",
            "Thoughts of being better off dead or of hurting oneself"),
        itemMaxima: ImmutableArray.Create(3, 3, 3, 3, 3, 3, 3, 3, 3),
        recallPeriod: "past two weeks",
        loincTotalScoreCode: null,
        sourceTags: "Johnson et al. 2002; NIMH ASQ toolkit; GLAD-PC 2010");

    /// <summary>Severity bands <c>phqa-glad-pc-2010</c>: 0–4 none or minimal, 5–9 mild, 10–14 moderate, 15–19 moderately
    /// severe, 20–27 severe (the PHQ-9 bands, as the GLAD-PC scoring guide gives them for the teen form).</summary>
    public static SeverityBandSet Bands { get; } = new(
        "phqa-glad-pc-2010",
        Code,
        0,
        27,
        [
            new SeverityBand(0, 4, "minimal", "No or minimal depression"),
            new SeverityBand(5, 9, "mild", "Mild depression"),
            new SeverityBand(10, 14, "moderate", "Moderate depression"),
            new SeverityBand(15, 19, "moderately-severe", "Moderately severe depression"),
            new SeverityBand(20, 27, "severe", "Severe depression"),
        ],
        "GLAD-PC 2010");

    /// <summary>Scores nine item answers (each 0–3).</summary>
    /// <param name="items">Nine answers in item order.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<PhqAScore> Score(ReadOnlySpan<int> items) => ScoreStored(ItemScoring.Copy(items));

    /// <summary>Scores nine item answers where an unanswered item is null.</summary>
    /// <param name="items">Nine answers in item order; null = not answered.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<PhqAScore> Score(ReadOnlySpan<int?> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items, out int total);
        return error is null ? Create(ItemScoring.Copy(items), total) : error;
    }

    private static PhqAScore Create(ImmutableArray<int> items, int total)
    {
        int item9 = items[SelfHarmItemNumber - 1];
        SafetyFlag? flag = item9 > 0 ? new SafetyFlag(SafetyFlag.PhqASelfHarmItemCode, Code, SelfHarmItemNumber, item9) : null;
        return new PhqAScore(items, total, Bands.Classify(total), flag);
    }

    // Scores answers already held immutably (a stored event's) and keeps them as the score's items, without a copy.
    private static Result<PhqAScore> ScoreStored(ImmutableArray<int> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items.AsSpan(), out int total);
        return error is null ? Create(items, total) : error;
    }

    /// <summary>The PHQ-A as the <see cref="InstrumentCatalog"/> holds it: descriptor, primary bands, safety item and default
    /// outcome criteria, scored by <see cref="Score(ReadOnlySpan{int})"/>.</summary>
    public static Instrument Instrument { get; } = Instrument.BuiltIn(
        Descriptor,
        Bands,
        new SafetyItemRule(SelfHarmItemNumber, SafetyFlag.PhqASelfHarmItemCode),
        OutcomeCriteria.PhqADefault,
        static answers => ScoreStored(answers).Map(static s => (InstrumentScore)s),
        static answers => Score(answers).Map(static s => (InstrumentScore)s));
}
