using Ipt.Domain.Primitives;
using System.Collections.Immutable;
using static Ipt.Domain.Primitives.EvidenceStatus;
using static Ipt.Domain.Suitability.ScreeningReasonKind;
using C = Ipt.Domain.Suitability.PresentingConditions;
using R = Ipt.Domain.Suitability.ClinicalRisks;

namespace Ipt.Domain.Suitability;

/// <summary>
/// The screening tables: every rule of §18 of the domain brief (indications, exclusions, cautions) and the seeds'
/// claims as the brief judges them, plus the ordered variant table. Data, not branches: the screener walks them.
/// </summary>
public static class SuitabilityRules
{
    /// <summary>Protocol ids the screener can recommend (the catalogue's ids).</summary>
    public static class ProtocolIds
    {
        /// <summary>Standard IPT.</summary>
        public const string Ipt = "ipt";

        /// <summary>Brief IPT.</summary>
        public const string IptB = "ipt-b";

        /// <summary>Maintenance IPT.</summary>
        public const string IptM = "ipt-m";

        /// <summary>Interpersonal Counseling.</summary>
        public const string Ipc = "ipc";

        /// <summary>IPT for depressed adolescents.</summary>
        public const string IptA = "ipt-a";

        /// <summary>WHO Group Interpersonal Therapy.</summary>
        public const string GroupIptWho = "group-ipt-who";

        /// <summary>Conjoint marital IPT.</summary>
        public const string IptCm = "ipt-cm";

        /// <summary>IPT for perinatal depression.</summary>
        public const string IptPerinatal = "ipt-perinatal";

        /// <summary>IPT for PTSD.</summary>
        public const string IptPtsd = "ipt-ptsd";

        /// <summary>Interpersonal and Social Rhythm Therapy.</summary>
        public const string Ipsrt = "ipsrt";

        /// <summary>Dynamic Interpersonal Therapy (a related therapy, not an IPT variant).</summary>
        public const string Dit = "dit";

        /// <summary>Metacognitive Interpersonal Therapy (a related therapy, not an IPT variant).</summary>
        public const string Mit = "mit";
    }

    /// <summary>Code reported when no presenting condition is an evidence-supported indication.</summary>
    public const string NoIndicatedConditionCode = "suitability.no-indicated-condition";

    internal static readonly ScreeningReason NoIndicatedCondition = new(
        NoIndicatedConditionCode, Exclusion, null, "§18.1", Confirmed, null,
        "None of the presenting conditions is an evidence-supported use of IPT or its adaptations.");

    private static ScreeningReason Reason(
        string code, ScreeningReasonKind kind, string? ruleId, string sources, EvidenceStatus evidence, string? contradiction, string message) =>
        new("suitability." + code, kind, ruleId, sources, evidence, contradiction, message);

    // The presentations of one disorder, major depression: recurrent, perinatal and bereavement-related depression are
    // major depressive episodes in a context, not further disorders (DSM/ICD). Subthreshold distress is no disorder.
    private const C MajorDepressiveDisorder = C.MajorDepression | C.RecurrentDepression | C.PerinatalDepression | C.BereavementRelatedDepression;

    /// <summary>Number of distinct disorders among the conditions: every major-depression presentation counts once and
    /// subthreshold distress not at all (earlier releases counted flags, so recurrent major depression was "comorbid").</summary>
    internal static int DisorderCount(C c)
    {
        int mdd = (c & MajorDepressiveDisorder) != 0 ? 1 : 0;
        int n = 0;
        for (int v = (int)(c & ~MajorDepressiveDisorder & ~C.SubthresholdDistressInPrimaryCare); v != 0; v &= v - 1)
        {
            n++;
        }

        return n + mdd;
    }

    /// <summary>The rule table, in reporting order.</summary>
    public static ImmutableArray<SuitabilityRule> Rules { get; } =
    [
        // ---- Indications (§18.1) ----
        new(Reason("indication.major-depression", Indication, null, "[S03][S04]", Confirmed, null,
                "Major depression in adults is the core indication of IPT."),
            static (i, _) => i.Has(C.MajorDepression)),
        new(Reason("indication.recurrent-depression", Indication, null, "[S31][S32]", Confirmed, null,
                "Recurrent depression: monthly maintenance IPT protects against recurrence."),
            static (i, _) => i.Has(C.RecurrentDepression)),
        new(Reason("indication.adolescent-depression", Indication, null, "[S40][S46][S47]", Confirmed, null,
                "Depression at age 12–18: IPT-A has efficacy and effectiveness trials."),
            static (i, _) => i.IsAdolescent && i.HasDepressiveCondition),
        new(Reason("indication.perinatal-depression", Indication, null, "[S86][S93][S95]", Confirmed, null,
                "Perinatal depression: trials in postpartum and antenatal samples, and prevention."),
            static (i, _) => i.Has(C.PerinatalDepression) || (i.Perinatal != PerinatalStatus.NotPerinatal && i.HasDepressiveCondition)),
        new(Reason("indication.bipolar-ipsrt-with-medication", Indication, "RULE-04", "[S50][S56]", Contested, "C18",
                "Bipolar disorder: IPSRT as an adjunct to medication."),
            static (i, _) => i.IsBipolar && i.OnMoodStabilisingMedication),
        new(Reason("indication.binge-eating-disorder", Indication, null, "[S82][S91]", Confirmed, null,
                "Binge-eating disorder: IPT (individual or group) has strong research support."),
            static (i, _) => i.Has(C.BingeEatingDisorder)),
        new(Reason("indication.bulimia-nervosa", Indication, null, "[S84]", Contested, "C16",
                "Bulimia nervosa: IPT equals CBT at one-year follow-up."),
            static (i, _) => i.Has(C.BulimiaNervosa)),
        new(Reason("indication.chronic-ptsd", Indication, null, "[S88]", Contested, "C17",
                "Chronic PTSD: IPT-PTSD was non-inferior to prolonged exposure in one trial."),
            static (i, _) => i.Has(C.Ptsd)),
        new(Reason("indication.low-resource-depression", Indication, null, "[S25][S26]", Confirmed, null,
                "Depression in a low-resource setting or where a group is preferred: WHO Group IPT by trained lay facilitators."),
            static (i, _) => i.HasDepressiveCondition && (i.LowResourceSetting || i.PrefersGroup)),
        new(Reason("indication.primary-care-distress", Indication, null, "[S38][S39][S81]", Confirmed, null,
                "Distress or depressive symptoms in primary care: Interpersonal Counseling."),
            static (i, _) => i.Has(C.SubthresholdDistressInPrimaryCare)),
        new(Reason("indication.bereavement-related-depression", Indication, null, "[S18]", Confirmed, null,
                "Bereavement-related depression (including late life): open series support IPT."),
            static (i, _) => i.Has(C.BereavementRelatedDepression)),
        new(Reason("indication.persistent-depressive-disorder", Indication, null, "Seed 003, Seed 004", Unconfirmed, null,
                "Persistent depressive disorder (dysthymia): named by consumer articles; not among the brief's confirmed indications."),
            static (i, _) => i.Has(C.PersistentDepressiveDisorder)),
        new(Reason("indication.personality-emotional-inhibition", Indication, null, "[S65][S67][S72]", Confirmed, "C09",
                "Personality difficulties with emotional inhibition or avoidance: Metacognitive Interpersonal Therapy, a related therapy."),
            static (i, _) => i.Has(C.PersonalityDifficultiesWithEmotionalInhibition)),
        new(Reason("indication.anxiety-limited-evidence", Indication, null, "[S92][S88]", Contested, "C17",
                "Anxiety disorder as the primary target: limited evidence only."),
            static (i, _) => i.Has(C.AnxietyDisorderPrimary)),

        // ---- Exclusions (§18.2) ----
        new(Reason("exclusion.acute-crisis-or-suicidality", Exclusion, "RULE-01", "[S92]", Confirmed, null,
                "Acute crisis or acute suicidality: not an IPT candidate until stabilised; assess risk now."),
            static (i, _) => i.Has(R.AcuteCrisis | R.AcuteSuicidality)),
        new(Reason("exclusion.acute-homicide-risk", Exclusion, "RULE-01", "[S92][S88]", Confirmed, null,
                "Acute risk to others: not an IPT candidate until stabilised."),
            static (i, _) => i.Has(R.Homicidality)),
        new(Reason("exclusion.active-substance-misuse", Exclusion, "RULE-02", "[S92][S40][S88]", Confirmed, "C15",
                "Active substance misuse excludes IPT."),
            static (i, _) => i.Has(R.ActiveSubstanceMisuse)),
        new(Reason("exclusion.psychosis", Exclusion, "RULE-03", "[S92][S40][S88]", Confirmed, "C19",
                "Psychosis: IPT is not indicated."),
            static (i, _) => i.Has(R.Psychosis) || i.Has(C.PsychosisOrSchizophrenia)),
        new(Reason("exclusion.bipolar-without-medication", Exclusion, "RULE-04", "[S92][S40][S56]", Contested, "C18",
                "Bipolar disorder: IPT alone is not indicated; IPSRT is an adjunct to medication, so start it once medication is in place."),
            static (i, _) => i.IsBipolar && !i.OnMoodStabilisingMedication),
        new(Reason("exclusion.adolescent-suicidal-or-homicidal", Exclusion, "RULE-05", "[S40]", Confirmed, null,
                "An acutely suicidal or homicidal adolescent is excluded from IPT-A."),
            static (i, _) => i.IsAdolescent && i.Has(R.AcuteSuicidality | R.Homicidality)),
        new(Reason("exclusion.adolescent-intellectual-disability", Exclusion, "RULE-06", "[S40]", Confirmed, null,
                "Intellectual disability excludes IPT-A."),
            static (i, _) => i.IsAdolescent && i.Has(R.IntellectualDisability)),
        new(Reason("exclusion.outside-ipt-a-age", Exclusion, null, "[S40][S41]", Confirmed, null,
                "IPT-A is for ages 12–18; this person is outside that range."),
            static (i, v) => v == ProtocolIds.IptA && !i.IsAdolescent),
        new(Reason("exclusion.below-catalogue-age", Exclusion, null, "[S40][S44]", Confirmed, null,
                "Under 12: below the age range of the catalogued protocols (family-based IPT for ages 8–12 is not catalogued)."),
            static (i, _) => i.AgeYears < ScreeningThresholds.AdolescentMinimumAge),

        // ---- Cautions ----
        new(Reason("caution.anxiety-primary-target", Caution, "RULE-07", "[S92]", Contested, "C17",
                "Anxiety as the primary target: one clinic calls IPT not indicated; consumer claims of effectiveness are not borne out."),
            static (i, _) => i.Has(C.AnxietyDisorderPrimary)),
        new(Reason("caution.treatment-resistant-depression", Caution, "RULE-14", "[S117][S127]", Weak, null,
                "Treatment-resistant depression: poorer response expected; weigh other or combined treatment."),
            static (i, _) => i.Has(R.TreatmentResistantDepression)),
        new(Reason("caution.severe-depression", Caution, "RULE-14", "[S117]", Weak, null,
                "Severe depression: poorer response expected; assess medication need."),
            static (i, _) => i.Severity == DepressionSeverity.Severe),
        new(Reason("caution.comorbidity", Caution, "RULE-14", "[S117]", Weak, null,
                "More than one presenting disorder: comorbidity predicts poorer response."),
            static (i, _) => DisorderCount(i.Conditions) > 1),
        new(Reason("caution.adolescent-severity", Caution, "RULE-13", "[S41]", Confirmed, null,
                "IPT-A is designed for mild to moderate depression; this adolescent's depression is rated severe."),
            static (i, v) => v == ProtocolIds.IptA && i.Severity == DepressionSeverity.Severe),
        new(Reason("caution.group-composition", Caution, "RULE-12", "[S83]", Confirmed, null,
                "Group format: avoid a composition that isolates one member by age or gender; screen for active suicidal ideation or acute severe stress."),
            static (_, v) => v == ProtocolIds.GroupIptWho),
        new(Reason("caution.adult-intellectual-disability", Caution, "RULE-06", "[S40]", Unconfirmed, null,
                "Intellectual disability: an exclusion for IPT-A; for adults no rule is confirmed, so weigh it clinically."),
            static (i, _) => !i.IsAdolescent && i.AgeYears >= ScreeningThresholds.AdolescentMinimumAge && i.Has(R.IntellectualDisability)),
        new(Reason("caution.severe-ptsd", Caution, null, "[S127]; contra [S88]", Contested, "C17",
                "Severe PTSD: a consumer article calls IPT unsuitable, while a trial in chronic PTSD found IPT non-inferior to exposure."),
            static (i, _) => i.Has(R.SeverePtsd)),
        new(Reason("caution.bulimia-slower-than-cbt", Caution, null, "[S84]", Confirmed, "C16",
                "Bulimia nervosa: CBT is superior at the end of treatment; IPT catches up by one-year follow-up."),
            static (i, _) => i.Has(C.BulimiaNervosa)),
        new(Reason("caution.persistent-depression-unconfirmed", Caution, null, "Seed 003, Seed 004", Unconfirmed, null,
                "Persistent depressive disorder: IPT's support here is not confirmed by the brief's sources."),
            static (i, _) => i.Has(C.PersistentDepressiveDisorder)),
        new(Reason("caution.ipt-cm-unconfirmed", Caution, null, "Seed 002", Unconfirmed, "C27",
                "Conjoint marital IPT: its parameters and evidence are unconfirmed."),
            static (_, v) => v == ProtocolIds.IptCm),

        // ---- Notes (do not change the outcome) ----
        new(Reason("note.substance-use-not-an-indication", Note, "RULE-02", "[S118][S40][S92]", Contested, "C15",
                "Substance use disorder is not an indication for IPT, whatever consumer articles claim."),
            static (i, _) => i.Has(C.SubstanceUseDisorder)),
        new(Reason("caution.own-part-in-relationships-unconfirmed", Caution, null, "Seeds 002, 003, 004; contra [S06]", Unconfirmed, "C21",
                "Not seeing one's own part in relationship problems: consumer articles call this a condition of suitability; no manual says so, and IPT's sick role moves blame to the illness [S06]. An unconfirmed caution: weigh it clinically."),
            static (i, _) => i.SeesOwnPartInRelationships == false),
        new(Reason("note.related-therapy-not-ipt", Note, null, "[S61][S65][S75]", Confirmed, "C09",
                "The recommended therapy is related to IPT but is not an IPT variant; it has its own phases and techniques."),
            static (_, v) => v is ProtocolIds.Dit or ProtocolIds.Mit),
        new(Reason("note.assess-medication-need", Note, "RULE-11", "[S08]", Confirmed, null,
                "Assess the need for medication in the initial phase (severity, history, preference)."),
            static (i, v) => v is not null && i.HasDepressiveCondition),
        new(Reason("note.eating-disorder-protocol", Note, null, "[S84][S82][S91]", Confirmed, null,
                "Eating-disorder IPT runs about 19–20 sessions (IPT-BN; IPT-G for binge eating); configure the protocol accordingly."),
            static (i, _) => i.Has(C.BulimiaNervosa | C.BingeEatingDisorder)),
    ];

    /// <summary>The variant table; the first matching row wins.</summary>
    public static ImmutableArray<VariantRecommendation> Variants { get; } =
    [
        new(ProtocolIds.Ipsrt, Reason("variant.ipsrt", Note, "RULE-04", "[S50][S56]", Contested, "C18",
                "Bipolar disorder on medication: Interpersonal and Social Rhythm Therapy."),
            static i => i.IsBipolar && i.OnMoodStabilisingMedication),
        new(ProtocolIds.Mit, Reason("variant.mit", Note, null, "[S65][S67]", Confirmed, "C09",
                "Personality difficulties with emotional inhibition: Metacognitive Interpersonal Therapy."),
            static i => i.Has(C.PersonalityDifficultiesWithEmotionalInhibition)),
        // IPT-A before IPT-PTSD: the IPT-PTSD trial enrolled adults [S88]; an adolescent gets the adolescent protocol.
        new(ProtocolIds.IptA, Reason("variant.ipt-a", Note, null, "[S40][S41]", Confirmed, null,
                "Age 12–18: IPT for depressed adolescents."),
            static i => i.IsAdolescent),
        new(ProtocolIds.IptPtsd, Reason("variant.ipt-ptsd", Note, null, "[S88]", Confirmed, "C17",
                "PTSD: IPT for PTSD (14 weekly sessions, no exposure; trial in adults)."),
            static i => i.Has(C.Ptsd)),
        new(ProtocolIds.IptPerinatal, Reason("variant.ipt-perinatal", Note, null, "[S86][S87][S93]", Confirmed, null,
                "Pregnant or postpartum: perinatal IPT."),
            static i => i.Has(C.PerinatalDepression) || i.Perinatal != PerinatalStatus.NotPerinatal),
        new(ProtocolIds.IptCm, Reason("variant.ipt-cm", Note, null, "Seed 002", Unconfirmed, "C27",
                "Couple conflict central and the partner willing to attend: conjoint marital IPT."),
            static i => (i.Relationships & (RelationshipContext.CoupleConflictCentral | RelationshipContext.PartnerWillingToAttend))
                == (RelationshipContext.CoupleConflictCentral | RelationshipContext.PartnerWillingToAttend)),
        new(ProtocolIds.Ipc, Reason("variant.ipc", Note, null, "[S38][S39]", Confirmed, null,
                "Distress in primary care below full criteria: Interpersonal Counseling."),
            static i => i.Has(C.SubthresholdDistressInPrimaryCare)),
        new(ProtocolIds.GroupIptWho, Reason("variant.group-ipt-who", Note, null, "[S25][S26]", Confirmed, null,
                "Group preferred or low-resource setting: WHO Group Interpersonal Therapy."),
            static i => i.PrefersGroup || i.LowResourceSetting),
        new(ProtocolIds.IptM, Reason("variant.ipt-m", Note, null, "[S31][S32]", Confirmed, null,
                "Recurrent depression now in remission: maintenance IPT."),
            static i => i.Has(C.RecurrentDepression) && i.CurrentlyInRemission),
        new(ProtocolIds.IptB, Reason("variant.ipt-b", Note, null, "[S27]", Confirmed, null,
                "Unlikely to attend a full course: brief IPT (8 sessions)."),
            static i => i.UnlikelyToAttendFullCourse),
        new(ProtocolIds.Dit, Reason("variant.dit", Note, null, "[S61][S75]", Contested, "C17",
                "Anxiety as the primary target without depression: Dynamic Interpersonal Therapy, whose remit covers anxiety in primary care."),
            static i => i.Has(C.AnxietyDisorderPrimary) && !i.HasDepressiveCondition),
        new(ProtocolIds.Ipt, Reason("variant.ipt", Note, null, "[S03][S05][S06]", Confirmed, null,
                "Standard IPT (12–16 weekly sessions)."),
            static _ => true),
    ];
}
