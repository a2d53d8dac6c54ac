using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Measures;

/// <summary>The measures' rules at their boundaries: what an instrument definition may be (and which field the error
/// names), the misuse guards, the change points at exactly their thresholds and durations, and schedule equality.</summary>
public class MeasureRuleTests
{
    private static readonly DateOnly D0 = new(2026, 1, 5);

    private static InstrumentDefinition Definition(string code, params int[] maxima) => new()
    {
        Code = code,
        DisplayName = "Form",
        Version = "test form",
        ItemLabels = [.. maxima.Select((_, i) => "Item " + (i + 1))],
        ItemMaxima = [.. maxima],
        RecallPeriod = "last 7 days",
        Bands = new SeverityBandSet(code + "-bands", code, 0, maxima.Sum(), [new SeverityBand(0, maxima.Sum(), "all", "All")], "test"),
        SourceTags = "test",
    };

    private static DomainError Refused(InstrumentDefinition d)
    {
        Result<Instrument> r = Instrument.Define(d);
        Assert.True(r.IsFailure, "the definition was accepted");
        Assert.Equal(InstrumentCatalogErrors.DefinitionInvalid, r.Error!.Code);
        return r.Error;
    }

    [Theory]
    [InlineData("a")]
    [InlineData("z")]
    [InlineData("0-9")]
    [InlineData("my-form-2")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789abcd")] // 40 characters
    public void An_instrument_code_of_lower_case_letters_digits_and_inner_hyphens_up_to_40_characters_is_accepted(string code)
    {
        Result<Instrument> r = Instrument.Define(Definition(code, 3, 3));
        Assert.True(r.IsSuccess);
        Assert.Equal(code, r.Value.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-form")]
    [InlineData("form-")]
    [InlineData("Form")]
    [InlineData("my form")]
    [InlineData("form`")]  // just below 'a'
    [InlineData("form{")]  // just above 'z'
    [InlineData("form/")]  // just below '0'
    [InlineData("form:")]  // just above '9'
    [InlineData("form_2")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789abcde")] // 41 characters
    public void Any_other_instrument_code_is_refused_naming_the_code(string code)
    {
        InstrumentDefinition d = Definition("form", 3, 3) with { Code = code };
        Assert.Contains("definition's code ", Refused(d).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_social_rhythm_metrics_code_is_refused_as_an_item_scored_instrument()
    {
        Assert.Contains("definition's code ", Refused(Definition(SocialRhythmMetric.Code, 3)).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Faults() => new()
    {
        { "display-name", "display name" },
        { "no-items", "item maxima" },
        { "labels", "item labels" },
        { "blank-label", "item labels" },
        { "maximum-0", "item maxima" },
        { "maximum-1001", "item maxima" },
        { "bands-code", "bands" },
        { "bands-range", "bands" },
        { "safety", "safety item" },
        { "trigger", "safety item" },
        { "criteria", "default outcome criteria" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_definition_at_fault_is_refused_with_the_field_named(string fault, string field)
    {
        InstrumentDefinition d = Definition("form", 4, 4, 4);
        InstrumentDefinition bad = fault switch
        {
            "display-name" => d with { DisplayName = " " },
            "no-items" => d with { ItemMaxima = [], ItemLabels = [] },
            "labels" => d with { ItemLabels = d.ItemLabels.RemoveAt(0) },
            "blank-label" => d with { ItemLabels = d.ItemLabels.SetItem(1, "") },
            "maximum-0" => Definition("form", 4, 0, 4),
            "maximum-1001" => Definition("form", 4, 1001, 4),
            "bands-code" => d with { Bands = Phq9.Bands },
            "bands-range" => d with { ItemMaxima = d.ItemMaxima.SetItem(0, 3) },
            "safety" => d with { SafetyItem = new SafetyItemRule(4, "safety.x") },
            "trigger" => d with { SafetyItem = new SafetyItemRule(3, "safety.x", 5) },
            _ => d with { DefaultOutcomeCriteria = OutcomeCriteria.Phq9Default },
        };
        Assert.Contains("definition's " + field + " ", Refused(bad).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_maxima_of_1_and_1000_and_a_trigger_at_the_items_maximum_are_accepted()
    {
        Result<Instrument> wide = Instrument.Define(Definition("wide", 1, 1000));
        Assert.True(wide.IsSuccess);
        Assert.Equal(1001, wide.Value.Score([1, 1000]).Value.Total);

        Result<Instrument> trigger = Instrument.Define(Definition("flagged", 4, 4, 4) with { SafetyItem = new SafetyItemRule(3, "safety.flagged", 4) });
        Assert.True(trigger.IsSuccess);
        Assert.NotNull(trigger.Value.Score([0, 0, 4]).Value.SafetyFlag);
        Assert.Null(trigger.Value.Score([0, 0, 3]).Value.SafetyFlag);
    }

    [Fact]
    public void Every_instrument_scores_a_complete_answer_set_alike_with_or_without_nullable_answers()
    {
        IEnumerable<Instrument> all = InstrumentCatalog.BuiltIn.All.Append(Instrument.Define(Definition("form", 4, 4, 4)).Value);
        foreach (Instrument i in all)
        {
            int[] answers = [.. Enumerable.Range(1, i.Descriptor.ItemCount).Select(n => i.AnswerFor(n, n % 2 == 0 ? i.Descriptor.ItemMaximum(n) : 0))];
            InstrumentScore plain = i.Score(answers).Value;
            Result<InstrumentScore> nullable = i.Score([.. answers.Select(a => (int?)a)]);
            Assert.True(nullable.IsSuccess, i.Code);
            Assert.Equal(plain.Total, nullable.Value.Total);
            Assert.Equal(plain.Items.ToArray(), nullable.Value.Items.ToArray());
            Assert.True(plain.Total > 0, i.Code);
        }
    }

    [Fact]
    public void Item_values_are_refused_just_above_their_maximum_and_accepted_at_it()
    {
        Instrument form = Instrument.Define(Definition("form", 2, 5)).Value;
        Assert.Equal(7, form.Score([2, 5]).Value.Total);
        DomainError above = form.Score([2, 6]).Error!;
        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, above.Code);
        Assert.Contains("item 2", above.Message, StringComparison.Ordinal);
        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, form.Score([3, 0]).Error!.Code);
        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, form.Score([-1, 0]).Error!.Code);
    }

    [Fact]
    public void Misuse_throws_the_documented_argument_exceptions()
    {
        Instrument form = Instrument.Define(Definition("form", 2, 5)).Value;
        Assert.Throws<ArgumentOutOfRangeException>(() => form.AnswerFor(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => form.AnswerFor(1, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => form.Descriptor.ItemMaximum(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => form.Descriptor.ItemMaximum(3));
        InstrumentScore score = form.Score([1, 2]).Value;
        Assert.Throws<ArgumentOutOfRangeException>(() => score.Item(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => score.Item(3));
        Assert.Equal(2, score.Item(2));
        Assert.Equal("form total 3 (all)", score.ToString());

        Assert.Throws<ArgumentOutOfRangeException>(() => Epds.IsReverseScored(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Epds.IsReverseScored(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => Epds.ConvertResponse(3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Epds.ConvertResponse(3, 4));
        Assert.Equal(3, Epds.ConvertResponse(3, 0));

        Assert.Throws<ArgumentNullException>(() => Instrument.Define(null!));
        InstrumentDefinition d = Definition("form", 2, 5);
        Assert.Throws<ArgumentNullException>(() => Instrument.Define(d with { Code = null! }));
        Assert.Throws<ArgumentNullException>(() => Instrument.Define(d with { DisplayName = null! }));
        Assert.Throws<ArgumentNullException>(() => Instrument.Define(d with { Version = null! }));
        Assert.Throws<ArgumentNullException>(() => Instrument.Define(d with { RecallPeriod = null! }));
        Assert.Throws<ArgumentNullException>(() => Instrument.Define(d with { SourceTags = null! }));
        Assert.Throws<ArgumentNullException>(() => Instrument.Define(d with { Bands = null! }));
        Assert.Throws<ArgumentNullException>(() => InstrumentCatalog.BuiltIn.With(null!));
        Assert.Throws<ArgumentNullException>(() => InstrumentCatalog.BuiltIn.Get(null!));

        InstrumentScore phq = Phq9.Score([1, 1, 1, 1, 1, 1, 1, 1, 0]).Value;
        Assert.Throws<ArgumentNullException>(() => MeasureOutcome.Compare(null!, phq, OutcomeCriteria.Phq9Default));
        Assert.Throws<ArgumentNullException>(() => MeasureOutcome.Compare(phq, null!, OutcomeCriteria.Phq9Default));
        Assert.Throws<ArgumentNullException>(() => MeasureOutcome.Compare(phq, phq, null!));
        Assert.Throws<ArgumentNullException>(() => MeasureOutcome.Compare(null!, 10, 5, OutcomeCriteria.Phq9Default));
        Assert.Throws<ArgumentNullException>(() => MeasureOutcome.Compare("phq-9", 10, 5, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasureOutcome.Compare("phq-9", -1, 5, OutcomeCriteria.Phq9Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasureOutcome.Compare("phq-9", 10, -1, OutcomeCriteria.Phq9Default));

        Assert.Throws<ArgumentException>(() => new EpisodeCriteria(" ", "phq-9", 4, 10, ""));
        Assert.Throws<ArgumentException>(() => new EpisodeCriteria("x", " ", 4, 10, ""));
        Assert.Throws<ArgumentNullException>(() => new EpisodeCriteria("x", "phq-9", 4, 10, null!));
        Assert.Throws<ArgumentException>(() => new EpisodeCriteria("x", "phq-9", -1, 10, ""));
        Assert.Throws<ArgumentNullException>(() => LongitudinalOutcomes.Assess(null!, EpisodeCriteria.Phq9));
        Assert.Throws<ArgumentNullException>(() => LongitudinalOutcomes.Assess([], null!));
    }

    private static List<RatingPoint> Weekly(params int[] totals) => [.. totals.Select((t, i) => new RatingPoint(D0.AddDays(7 * i), t))];

    [Fact]
    public void A_response_is_a_reduction_of_exactly_half_or_more_and_never_from_a_baseline_of_zero()
    {
        Assert.Equal(D0.AddDays(7), LongitudinalOutcomes.Assess(Weekly(24, 12, 13), EpisodeCriteria.HamD17)!.ResponseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 13, 13), EpisodeCriteria.HamD17)!.ResponseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(0, 0, 0), EpisodeCriteria.HamD17)!.ResponseOn);
    }

    [Fact]
    public void Ratings_on_the_same_day_are_in_date_order()
    {
        LongitudinalOutcome r = LongitudinalOutcomes.Assess([new(D0, 24), new(D0, 20), new(D0.AddDays(7), 6)], EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(7), r.ResponseOn);
    }

    [Fact]
    public void The_full_syndrome_starts_at_exactly_the_episode_threshold_and_needs_its_duration()
    {
        // Remitted from week 1; 15 (the HAM-D threshold) for 14 days is a relapse; one high rating is not.
        LongitudinalOutcome relapse = LongitudinalOutcomes.Assess(Weekly(24, 6, 7, 5, 15, 15, 15), EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(28), relapse.RelapseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 7, 5, 20), EpisodeCriteria.HamD17)!.RelapseOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 7, 5, 14, 14, 14), EpisodeCriteria.HamD17)!.RelapseOn);

        // 15 is not below the syndrome, so three weeks of it after an episode are no partial remission.
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 15, 15, 15), EpisodeCriteria.HamD17)!.PartialRemissionOn);
        Assert.Equal(D0.AddDays(7), LongitudinalOutcomes.Assess(Weekly(24, 14, 14, 14), EpisodeCriteria.HamD17)!.PartialRemissionOn);
    }

    [Fact]
    public void The_first_remission_and_the_first_relapse_are_kept_when_the_course_repeats()
    {
        // Remission from week 1, relapse from week 4, remission again from week 7, a second relapse from week 10.
        LongitudinalOutcome r = LongitudinalOutcomes.Assess(Weekly(24, 6, 6, 6, 18, 18, 18, 5, 5, 5, 19, 19, 19), EpisodeCriteria.HamD17)!;
        Assert.Equal(D0.AddDays(7), r.RemissionOn);
        Assert.Equal(D0.AddDays(28), r.RelapseOn);
        Assert.Null(r.RecoveryOn);
    }

    [Fact]
    public void Recovery_falls_exactly_when_the_remission_has_lasted_its_minimum_days()
    {
        var criteria = EpisodeCriteria.HamD17 with { RecoveryMinimumDays = 28 };
        LongitudinalOutcome at = LongitudinalOutcomes.Assess(Weekly(24, 6, 6, 6, 6, 6), criteria)!;
        Assert.Equal(D0.AddDays(7 + 28), at.RecoveryOn);
        Assert.Null(LongitudinalOutcomes.Assess(Weekly(24, 6, 6, 6, 6), criteria)!.RecoveryOn); // 21 days remitted
    }

    [Fact]
    public void Two_schedules_are_equal_exactly_when_every_setting_and_instrument_is()
    {
        MeasurementSchedule a = MeasurementSchedule.EveryNthSession("s", 4, true, "src", "phq-9", "gad-7");
        Assert.Equal(a, MeasurementSchedule.EveryNthSession("s", 4, true, "src", "phq-9", "gad-7"));
        Assert.Equal(a.GetHashCode(), MeasurementSchedule.EveryNthSession("s", 4, true, "src", "phq-9", "gad-7").GetHashCode());
        Assert.True(a.Equals(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"s"));
        Assert.NotEqual(a, MeasurementSchedule.EveryNthSession("t", 4, true, "src", "phq-9", "gad-7"));
        Assert.NotEqual(a, MeasurementSchedule.EveryNthSession("s", 3, true, "src", "phq-9", "gad-7"));
        Assert.NotEqual(a, MeasurementSchedule.EveryNthSession("s", 4, false, "src", "phq-9", "gad-7"));
        Assert.NotEqual(a, MeasurementSchedule.EveryNthSession("s", 4, true, "other", "phq-9", "gad-7"));
        Assert.NotEqual(a, MeasurementSchedule.EveryNthSession("s", 4, true, "src", "phq-9"));
        Assert.NotEqual(a, MeasurementSchedule.EveryNthSession("s", 4, true, "src", "phq-9", "epds"));
        Assert.NotEqual(a, MeasurementSchedule.EverySession("s", "src", "phq-9", "gad-7"));
    }

    [Fact]
    public void A_schedule_rates_baseline_and_end_only_when_it_rates_both()
    {
        Assert.True(MeasurementSchedule.EveryNthSession("s", 4, true, "src", "phq-9").RatesBaselineAndEnd);
        Assert.False(MeasurementSchedule.EveryNthSession("s", 4, false, "src", "phq-9").RatesBaselineAndEnd);
        Assert.True(MeasurementSchedule.BaselineAndTermination("s", "src", "phq-9").RatesBaselineAndEnd);
    }
}
