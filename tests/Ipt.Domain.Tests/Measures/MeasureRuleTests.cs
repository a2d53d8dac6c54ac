using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Measures;

/// <summary>The measures' rules at their boundaries: the instrument code's characters and length, item maxima and
/// triggers, nullable scoring, the misuse guards and schedule equality. (Each definition fault by field:
/// <see cref="InstrumentCatalogTests"/>; the change points at their thresholds: <see cref="LongitudinalOutcomeTests"/>.)</summary>
public class MeasureRuleTests
{
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
