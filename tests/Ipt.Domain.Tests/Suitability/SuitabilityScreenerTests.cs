using Ipt.Domain.Primitives;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Suitability;
using C = Ipt.Domain.Suitability.PresentingConditions;
using R = Ipt.Domain.Suitability.ClinicalRisks;

namespace Ipt.Domain.Tests.Suitability;

public class SuitabilityScreener_Screen
{
    private static readonly ISuitabilityScreener Screener = SuitabilityScreener.Instance;

    private static SuitabilityInput Adult(C conditions) => new() { Conditions = conditions, AgeYears = 35 };

    [Fact]
    public void Adult_major_depression_is_suitable_for_standard_ipt()
    {
        ScreeningResult r = Screener.Screen(Adult(C.MajorDepression));
        Assert.Equal(SuitabilityOutcome.Suitable, r.Outcome);
        Assert.Equal("ipt", r.RecommendedProtocolId);
        Assert.Equal("suitability.variant.ipt", r.RecommendationReason!.Code);
        Assert.True(r.HasReason("suitability.indication.major-depression"));
        Assert.True(r.HasReason("suitability.note.assess-medication-need"));
    }

    public static TheoryData<string, SuitabilityInput, string> VariantCases => new()
    {
        { "bipolar on medication", Adult(C.BipolarI) with { OnMoodStabilisingMedication = true }, "ipsrt" },
        { "bipolar II on medication", Adult(C.BipolarII) with { OnMoodStabilisingMedication = true }, "ipsrt" },
        { "emotional inhibition", Adult(C.PersonalityDifficultiesWithEmotionalInhibition), "mit" },
        { "ptsd", Adult(C.Ptsd), "ipt-ptsd" },
        { "postpartum", Adult(C.MajorDepression) with { Perinatal = PerinatalStatus.Postpartum }, "ipt-perinatal" },
        { "perinatal depression", Adult(C.PerinatalDepression), "ipt-perinatal" },
        { "adolescent", new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 15 }, "ipt-a" },
        { "age 12", new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 12 }, "ipt-a" },
        { "age 18", new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 18 }, "ipt-a" },
        { "age 19", new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 19 }, "ipt" },
        { "couple", Adult(C.MajorDepression) with { Relationships = RelationshipContext.CoupleConflictCentral | RelationshipContext.PartnerWillingToAttend }, "ipt-cm" },
        { "couple, partner unwilling", Adult(C.MajorDepression) with { Relationships = RelationshipContext.CoupleConflictCentral }, "ipt" },
        { "primary-care distress", Adult(C.SubthresholdDistressInPrimaryCare), "ipc" },
        { "group preferred", Adult(C.MajorDepression) with { PrefersGroup = true }, "group-ipt-who" },
        { "low resource", Adult(C.MajorDepression) with { LowResourceSetting = true }, "group-ipt-who" },
        { "recurrent in remission", Adult(C.RecurrentDepression) with { CurrentlyInRemission = true }, "ipt-m" },
        { "recurrent, acute", Adult(C.RecurrentDepression), "ipt" },
        { "unlikely to attend", Adult(C.MajorDepression) with { UnlikelyToAttendFullCourse = true }, "ipt-b" },
        { "anxiety only", Adult(C.AnxietyDisorderPrimary), "dit" },
        { "anxiety with depression", Adult(C.AnxietyDisorderPrimary | C.MajorDepression), "ipt" },
        { "binge eating", Adult(C.BingeEatingDisorder), "ipt" },
        { "bereavement", Adult(C.BereavementRelatedDepression), "ipt" },
    };

    [Theory]
    [MemberData(nameof(VariantCases))]
    public void Recommends_the_variant(string scenario, SuitabilityInput input, string protocolId)
    {
        ScreeningResult r = Screener.Screen(input);
        Assert.True(r.Outcome != SuitabilityOutcome.NotRecommended, scenario);
        Assert.Equal(protocolId, r.RecommendedProtocolId);
    }

    public static TheoryData<SuitabilityInput, string, SuitabilityOutcome> RuleCases => new()
    {
        // Indications
        { Adult(C.MajorDepression), "indication.major-depression", SuitabilityOutcome.Suitable },
        { Adult(C.RecurrentDepression), "indication.recurrent-depression", SuitabilityOutcome.Suitable },
        { new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 14 }, "indication.adolescent-depression", SuitabilityOutcome.Suitable },
        { Adult(C.PerinatalDepression), "indication.perinatal-depression", SuitabilityOutcome.Suitable },
        { Adult(C.BipolarII) with { OnMoodStabilisingMedication = true }, "indication.bipolar-ipsrt-with-medication", SuitabilityOutcome.Suitable },
        { Adult(C.BingeEatingDisorder), "indication.binge-eating-disorder", SuitabilityOutcome.Suitable },
        { Adult(C.BulimiaNervosa), "indication.bulimia-nervosa", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.Ptsd), "indication.chronic-ptsd", SuitabilityOutcome.Suitable },
        { Adult(C.MajorDepression) with { LowResourceSetting = true }, "indication.low-resource-depression", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.SubthresholdDistressInPrimaryCare), "indication.primary-care-distress", SuitabilityOutcome.Suitable },
        { Adult(C.BereavementRelatedDepression), "indication.bereavement-related-depression", SuitabilityOutcome.Suitable },
        { Adult(C.PersistentDepressiveDisorder), "indication.persistent-depressive-disorder", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.PersonalityDifficultiesWithEmotionalInhibition), "indication.personality-emotional-inhibition", SuitabilityOutcome.Suitable },
        { Adult(C.AnxietyDisorderPrimary), "indication.anxiety-limited-evidence", SuitabilityOutcome.SuitableWithCautions },
        // Exclusions
        { Adult(C.MajorDepression) with { Risks = R.AcuteSuicidality }, "exclusion.acute-crisis-or-suicidality", SuitabilityOutcome.NotRecommended },
        { Adult(C.MajorDepression) with { Risks = R.AcuteCrisis }, "exclusion.acute-crisis-or-suicidality", SuitabilityOutcome.NotRecommended },
        { Adult(C.MajorDepression) with { Risks = R.Homicidality }, "exclusion.acute-homicide-risk", SuitabilityOutcome.NotRecommended },
        { Adult(C.MajorDepression) with { Risks = R.ActiveSubstanceMisuse }, "exclusion.active-substance-misuse", SuitabilityOutcome.NotRecommended },
        { Adult(C.MajorDepression) with { Risks = R.Psychosis }, "exclusion.psychosis", SuitabilityOutcome.NotRecommended },
        { Adult(C.PsychosisOrSchizophrenia | C.MajorDepression), "exclusion.psychosis", SuitabilityOutcome.NotRecommended },
        { Adult(C.BipolarI), "exclusion.bipolar-without-medication", SuitabilityOutcome.NotRecommended },
        { new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 16, Risks = R.Homicidality }, "exclusion.adolescent-suicidal-or-homicidal", SuitabilityOutcome.NotRecommended },
        { new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 13, Risks = R.IntellectualDisability }, "exclusion.adolescent-intellectual-disability", SuitabilityOutcome.NotRecommended },
        { new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 10 }, "exclusion.below-catalogue-age", SuitabilityOutcome.NotRecommended },
        { Adult(C.SubstanceUseDisorder), "no-indicated-condition", SuitabilityOutcome.NotRecommended },
        // Cautions
        { Adult(C.AnxietyDisorderPrimary), "caution.anxiety-primary-target", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression) with { Risks = R.TreatmentResistantDepression }, "caution.treatment-resistant-depression", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression) with { Severity = DepressionSeverity.Severe }, "caution.severe-depression", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression | C.BingeEatingDisorder), "caution.comorbidity", SuitabilityOutcome.SuitableWithCautions },
        { new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 15, Severity = DepressionSeverity.Severe }, "caution.adolescent-severity", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression) with { PrefersGroup = true }, "caution.group-composition", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression) with { Risks = R.IntellectualDisability }, "caution.adult-intellectual-disability", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.Ptsd) with { Risks = R.SeverePtsd }, "caution.severe-ptsd", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.BulimiaNervosa), "caution.bulimia-slower-than-cbt", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.PersistentDepressiveDisorder), "caution.persistent-depression-unconfirmed", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression) with { Relationships = RelationshipContext.CoupleConflictCentral | RelationshipContext.PartnerWillingToAttend }, "caution.ipt-cm-unconfirmed", SuitabilityOutcome.SuitableWithCautions },
        // Notes never change the outcome
        { Adult(C.MajorDepression | C.SubstanceUseDisorder), "note.substance-use-not-an-indication", SuitabilityOutcome.SuitableWithCautions },
        { Adult(C.MajorDepression) with { SeesOwnPartInRelationships = false }, "note.own-part-in-relationships-not-a-criterion", SuitabilityOutcome.Suitable },
        { Adult(C.PersonalityDifficultiesWithEmotionalInhibition), "note.related-therapy-not-ipt", SuitabilityOutcome.Suitable },
        { Adult(C.MajorDepression), "note.assess-medication-need", SuitabilityOutcome.Suitable },
        { Adult(C.BingeEatingDisorder), "note.eating-disorder-protocol", SuitabilityOutcome.Suitable },
    };

    [Theory]
    [MemberData(nameof(RuleCases))]
    public void Applies_each_rule(SuitabilityInput input, string code, SuitabilityOutcome outcome)
    {
        ScreeningResult r = Screener.Screen(input);
        Assert.True(r.HasReason("suitability." + code), "missing " + code);
        Assert.Equal(outcome, r.Outcome);
        Assert.Equal(r.Outcome == SuitabilityOutcome.NotRecommended, r.RecommendedProtocolId is null);
    }

    [Fact]
    public void Every_rule_in_the_table_is_exercised_by_a_test_case()
    {
        var tested = RuleCases.Select(row => "suitability." + (string)row[1]).ToHashSet();
        string[] untested = SuitabilityRules.Rules.Select(r => r.Reason.Code).Where(c => !tested.Contains(c)).ToArray();
        Assert.Empty(untested);
    }

    [Fact]
    public void Rule_codes_are_unique_and_rule_ids_are_from_the_brief()
    {
        string[] codes = SuitabilityRules.Rules.Select(r => r.Reason.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(SuitabilityRules.Rules, r =>
            Assert.True(r.Reason.RuleId is null || System.Text.RegularExpressions.Regex.IsMatch(r.Reason.RuleId, "^RULE-(0[1-9]|1[0-4])$")));
        Assert.All(SuitabilityRules.Variants, v => Assert.Contains(v.ProtocolId,
            new[] { "ipt", "ipt-b", "ipt-m", "ipc", "ipt-a", "group-ipt-who", "ipt-cm", "ipt-perinatal", "ipt-ptsd", "ipsrt", "dit", "mit" }));
    }

    [Fact]
    public void Substance_use_alone_is_not_an_indication_C15()
    {
        ScreeningResult r = Screener.Screen(Adult(C.SubstanceUseDisorder));
        Assert.Equal(SuitabilityOutcome.NotRecommended, r.Outcome);
        Assert.Equal("C15", r.Reasons.Single(x => x.Code == "suitability.note.substance-use-not-an-indication").ContradictionId);
        Assert.DoesNotContain(r.Reasons, x => x.Kind == ScreeningReasonKind.Indication);
    }

    [Fact]
    public void Bipolar_is_only_via_ipsrt_with_medication_C18()
    {
        ScreeningResult without = Screener.Screen(Adult(C.BipolarI | C.MajorDepression));
        Assert.Equal(SuitabilityOutcome.NotRecommended, without.Outcome);
        Assert.Null(without.RecommendedProtocolId);
        ScreeningResult with = Screener.Screen(Adult(C.BipolarI | C.MajorDepression) with { OnMoodStabilisingMedication = true });
        Assert.Equal("ipsrt", with.RecommendedProtocolId);
    }

    [Fact]
    public void Not_seeing_ones_own_part_never_changes_the_outcome_C21()
    {
        SuitabilityInput input = Adult(C.MajorDepression);
        Assert.Equal(Screener.Screen(input).Outcome, Screener.Screen(input with { SeesOwnPartInRelationships = false }).Outcome);
        ScreeningReason note = Screener.Screen(input with { SeesOwnPartInRelationships = false }).Reasons
            .Single(r => r.Code == "suitability.note.own-part-in-relationships-not-a-criterion");
        Assert.Equal((ScreeningReasonKind.Note, EvidenceStatus.Unconfirmed, "C21"), (note.Kind, note.Evidence, note.ContradictionId));
    }

    [Fact]
    public void Rejects_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => Screener.Screen(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Screener.Screen(new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Screener.Screen(new SuitabilityInput { Conditions = C.MajorDepression, AgeYears = 131 }));
    }

    [Fact]
    public void Is_safe_to_share_across_threads()
    {
        SuitabilityInput[] inputs = RuleCases.Select(row => (SuitabilityInput)row[0]).ToArray();
        ScreeningResult[] expected = inputs.Select(Screener.Screen).ToArray();
        Parallel.For(0, 2000, n =>
        {
            int k = n % inputs.Length;
            ScreeningResult r = Screener.Screen(inputs[k]);
            Assert.Equal(expected[k].Outcome, r.Outcome);
            Assert.Equal(expected[k].RecommendedProtocolId, r.RecommendedProtocolId);
            Assert.True(expected[k].Reasons.SequenceEqual(r.Reasons));
        });
    }

    private static readonly Arbitrary<SuitabilityInput> AnyInput =
        ArbMap.Default.ArbFor<(int, int, int, bool, bool, bool)>().Convert(
            t => new SuitabilityInput
            {
                Conditions = (C)(Math.Abs(t.Item1) % (1 << 15)),
                Risks = (R)(Math.Abs(t.Item2) % (1 << 8)),
                AgeYears = Math.Abs(t.Item3) % 100,
                PrefersGroup = t.Item4,
                OnMoodStabilisingMedication = t.Item5,
                SeesOwnPartInRelationships = t.Item6,
            },
            i => ((int)i.Conditions, (int)i.Risks, i.AgeYears, i.PrefersGroup, i.OnMoodStabilisingMedication, i.SeesOwnPartInRelationships ?? false));

    [IptProperty(500)]
    public Property Outcome_follows_the_reasons_for_any_input()
    {
        return Prop.ForAll(AnyInput, input =>
        {
            ScreeningResult r = Screener.Screen(input);
            bool excluded = r.Reasons.Any(x => x.Kind == ScreeningReasonKind.Exclusion);
            bool cautioned = r.Reasons.Any(x => x.Kind == ScreeningReasonKind.Caution);
            SuitabilityOutcome expected = excluded ? SuitabilityOutcome.NotRecommended
                : cautioned ? SuitabilityOutcome.SuitableWithCautions : SuitabilityOutcome.Suitable;
            return r.Outcome == expected
                && (r.RecommendedProtocolId is null) == (r.Outcome == SuitabilityOutcome.NotRecommended)
                && r.Reasons.All(x => x.Code.StartsWith("suitability.", StringComparison.Ordinal));
        });
    }
}
