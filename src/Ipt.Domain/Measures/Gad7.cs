using System;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// Generalized Anxiety Disorder scale, 7 items (Spitzer, Kroenke, Williams &amp; Löwe 2006) [S105][S106]: self-report
/// over the last 2 weeks, each item 0–3 with the PHQ anchors; total 0–21. No safety item.
/// </summary>
public static class Gad7
{
    /// <summary>LOINC code of the GAD-7 total score: 70274-6, "Generalized anxiety disorder 7 item (GAD-7) total score".
    /// Not in the domain brief; confirmed in the LOINC value sets of two HL7 FHIR implementation guides (Person-Centered
    /// Outcomes IG STU1, ValueSet prom-target-measures, https://hl7.org/fhir/us/pco/STU1/en/ValueSet-prom-target-measures.json;
    /// Personal Health Records IG, ValueSet observation-scored-assessment-score-codes).</summary>
    public const string LoincTotalScore = "70274-6";

    /// <summary>The instrument: 7 items, each 0–3, total 0–21 [S105]; LOINC <see cref="LoincTotalScore"/>.</summary>
    public static InstrumentDescriptor Descriptor { get; } = new(
        code: "gad-7",
        displayName: "GAD-7",
        version: "Spitzer, Kroenke, Williams & Löwe 2006",
        rater: InstrumentRater.SelfReport,
        itemLabels: ImmutableArray.Create(
            "Feeling nervous, anxious or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid as if something awful might happen"),
        itemMaxima: ImmutableArray.Create(3, 3, 3, 3, 3, 3, 3), // [S105] same 0–3 anchors as PHQ-9
        recallPeriod: "last 2 weeks",
        loincTotalScoreCode: LoincTotalScore,
        sourceTags: "[S105][S106]");

    /// <summary>
    /// Severity bands <c>gad7-spitzer-2006</c>: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe; ≥ 10 warrants
    /// further evaluation [S105][S106].
    /// </summary>
    public static SeverityBandSet Bands { get; } = new(
        "gad7-spitzer-2006",
        "gad-7",
        0,
        21,
        [
            new SeverityBand(0, 4, "minimal", "Minimal anxiety"), // [S105][S106]
            new SeverityBand(5, 9, "mild", "Mild anxiety"), // [S105][S106]
            new SeverityBand(10, 14, "moderate", "Moderate anxiety"), // [S105][S106]; ≥ 10 referral cut-off [S105]
            new SeverityBand(15, 21, "severe", "Severe anxiety"), // [S105][S106]
        ],
        "[S105][S106]");

    /// <summary>Scores seven item answers (each 0–3).</summary>
    /// <param name="items">Seven answers in item order.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<Gad7Score> Score(ReadOnlySpan<int> items) => ScoreStored(ItemScoring.Copy(items));

    /// <summary>Scores seven item answers where an unanswered item is null.</summary>
    /// <param name="items">Seven answers in item order; null = not answered.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<Gad7Score> Score(ReadOnlySpan<int?> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items, out int total);
        return error is null ? new Gad7Score(ItemScoring.Copy(items), total, Bands.Classify(total)) : error;
    }

    // Scores answers already held immutably (a stored event's) and keeps them as the score's items, without a copy.
    private static Result<Gad7Score> ScoreStored(ImmutableArray<int> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items.AsSpan(), out int total);
        return error is null ? new Gad7Score(items, total, Bands.Classify(total)) : error;
    }

    /// <summary>The GAD-7 as the <see cref="InstrumentCatalog"/> holds it: descriptor, primary bands, safety item and default
    /// outcome criteria, scored by <see cref="Score(ReadOnlySpan{int})"/>.</summary>
    public static Instrument Instrument { get; } = Instrument.BuiltIn(
        Descriptor,
        Bands,
        null,
        null,
        static answers => ScoreStored(answers).Map(static s => (InstrumentScore)s),
        static answers => Score(answers).Map(static s => (InstrumentScore)s));
}
