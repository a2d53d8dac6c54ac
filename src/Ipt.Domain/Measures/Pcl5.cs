using Ardalis.GuardClauses;
using System;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// PTSD Checklist for DSM-5 (PCL-5; Weathers, Litz, Keane, Palmieri, Marx &amp; Schnurr 2013, US Department of Veterans
/// Affairs National Center for PTSD; public domain): self-report, 20 items, one per DSM-5 PTSD symptom, each rated
/// 0 (not at all) … 4 (extremely) for the past month; total 0–80. The outcome measure of choice for IPT for PTSD beside
/// the clinician-rated CAPS the trial used (brief §14.5 [S88]). Not in the domain brief; scoring from the National Center
/// for PTSD scoring notes as reproduced by the Australian comorbidity guidelines
/// (https://comorbidityguidelines.org.au/appendix-s-ptsd-checklist-for-dsm5-pcl5/pcl5-scoring-and-interpretation).
/// </summary>
/// <remarks>
/// There are no empirically derived severity ranges for the PCL-5 (same source), so the band set only splits the total at
/// the provisional cut-point for probable PTSD: 31–33 "appears reasonable"; the default here is 33, the top of that range
/// (the stricter reading), and <see cref="BandsWithCutPoint"/> builds the set for another cut-point. The PCL-5 has no
/// suicide item, so it never raises a safety flag. LOINC: not confirmed (public implementations disagree: 91006-2 and
/// 96762-0), so <see cref="InstrumentDescriptor.LoincTotalScoreCode"/> is null.
/// </remarks>
public static class Pcl5
{
    /// <summary>Instrument code, <c>pcl-5</c>.</summary>
    public const string Code = "pcl-5";

    /// <summary>Default provisional cut-point for probable PTSD: 33 (range 31–33 in the scoring notes).</summary>
    public const int DefaultCutPoint = 33;

    /// <summary>The instrument: 20 items, each 0–4, total 0–80, past month.</summary>
    public static InstrumentDescriptor Descriptor { get; } = new(
        code: Code,
        displayName: "PCL-5",
        version: "Weathers et al. 2013 (DSM-5), past-month version",
        rater: InstrumentRater.SelfReport,
        itemLabels: ImmutableArray.Create(
            "Intrusion: unwanted memories",                          // B1
            "Intrusion: disturbing dreams",                          // B2
            "Intrusion: reliving (flashbacks)",                      // B3
            "Intrusion: upset at reminders",                         // B4
            "Intrusion: physical reactions to reminders",            // B5
            "Avoidance: of memories, thoughts or feelings",          // C1
            "Avoidance: of external reminders",                      // C2
            "Mood: trouble remembering parts of the event",          // D1
            "Mood: strong negative beliefs",                         // D2
            "Mood: blaming self or others",                          // D3
            "Mood: strong negative feelings",                        // D4
            "Mood: loss of interest",                                // D5
            "Mood: feeling distant or cut off",                      // D6
            "Mood: trouble having positive feelings",                // D7
            "Arousal: irritability or angry outbursts",              // E1
            "Arousal: risky or self-destructive behaviour",          // E2
            "Arousal: superalert or on guard",                       // E3
            "Arousal: jumpy or easily startled",                     // E4
            "Arousal: difficulty concentrating",                     // E5
            "Arousal: trouble sleeping"),                            // E6
        itemMaxima: ImmutableArray.Create(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4),
        recallPeriod: "past month",
        loincTotalScoreCode: null,
        sourceTags: "Weathers et al. 2013 (National Center for PTSD); [S88] for IPT-PTSD");

    /// <summary>The DSM-5 symptom clusters as inclusive item ranges: B intrusion 1–5, C avoidance 6–7, D negative
    /// alterations in cognition and mood 8–14, E arousal and reactivity 15–20.</summary>
    public static ImmutableArray<(char Cluster, int FirstItem, int LastItem)> Clusters { get; } =
        [('B', 1, 5), ('C', 6, 7), ('D', 8, 14), ('E', 15, 20)];

    /// <summary>Bands at the default cut-point 33: 0–32 below the cut-point, 33–80 probable PTSD.</summary>
    public static SeverityBandSet Bands { get; } = BandsWithCutPoint(DefaultCutPoint);

    /// <summary>Bands split at another provisional cut-point (e.g. 31).</summary>
    /// <param name="cutPoint">Lowest total read as probable PTSD, 1–80.</param>
    /// <exception cref="ArgumentOutOfRangeException">The cut-point is outside 1–80.</exception>
    public static SeverityBandSet BandsWithCutPoint(int cutPoint)
    {
        Guard.Against.LessThan(cutPoint, 1);
        Guard.Against.GreaterThan(cutPoint, 80);
        return new SeverityBandSet(
            "pcl5-cutpoint-" + cutPoint.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Code,
            0,
            80,
            [
                new SeverityBand(0, cutPoint - 1, "below-cut-point", "Below the provisional PTSD cut-point"),
                new SeverityBand(cutPoint, 80, "probable-ptsd", "Probable PTSD: confirm with a clinical interview (e.g. CAPS-5)"),
            ],
            "National Center for PTSD scoring notes (cut-point 31–33)");
    }

    /// <summary>Scores twenty item ratings (each 0–4).</summary>
    /// <param name="items">Twenty ratings in item order.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<Pcl5Score> Score(ReadOnlySpan<int> items) => ScoreStored(ItemScoring.Copy(items));

    /// <summary>Scores twenty item ratings where an unanswered item is null.</summary>
    /// <param name="items">Twenty ratings in item order; null = not answered.</param>
    /// <returns>The score, or an error naming the offending item.</returns>
    public static Result<Pcl5Score> Score(ReadOnlySpan<int?> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items, out int total);
        return error is null ? new Pcl5Score(ItemScoring.Copy(items), total) : error;
    }

    // Scores answers already held immutably (a stored event's) and keeps them as the score's items, without a copy.
    private static Result<Pcl5Score> ScoreStored(ImmutableArray<int> items)
    {
        DomainError? error = ItemScoring.Validate(Descriptor, items.AsSpan(), out int total);
        return error is null ? new Pcl5Score(items, total) : error;
    }

    /// <summary>The PCL-5 as the <see cref="InstrumentCatalog"/> holds it: descriptor, primary bands, safety item and default
    /// outcome criteria, scored by <see cref="Score(ReadOnlySpan{int})"/>.</summary>
    public static Instrument Instrument { get; } = Instrument.BuiltIn(
        Descriptor,
        Bands,
        null,
        null,
        static answers => ScoreStored(answers).Map(static s => (InstrumentScore)s),
        static answers => Score(answers).Map(static s => (InstrumentScore)s));
}
