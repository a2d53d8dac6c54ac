using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Simulation;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Measures;

public class InstrumentCatalogTests
{
    private const string Code = "demo-7";

    // A caller's own instrument: 7 items 0–4, total 0–28, item 7 a self-harm item.
    private static InstrumentDefinition Demo() => new()
    {
        Code = Code,
        DisplayName = "DEMO-7",
        Version = "test form",
        ItemLabels = [.. Enumerable.Range(1, 7).Select(i => "Item " + i)],
        ItemMaxima = [4, 4, 4, 4, 4, 4, 4],
        RecallPeriod = "last 7 days",
        Bands = new SeverityBandSet("demo7-bands", Code, 0, 28,
            [new SeverityBand(0, 9, "low", "Low"), new SeverityBand(10, 28, "high", "High")], "test"),
        SourceTags = "test",
        SafetyItem = new SafetyItemRule(7, "safety.demo7-item7-positive"),
        DefaultOutcomeCriteria = new OutcomeCriteria("demo7-half", Code, 0.5, 4, "test"),
    };

    private static Instrument DemoInstrument() => Instrument.Define(Demo()).Value;

    private static ProtocolDefinition ProtocolWithDemo() =>
        StandardIpt.Definition.ToBuilder("ipt-demo7", "Standard IPT with DEMO-7")
            .Instruments(InstrumentCatalog.BuiltIn.With(DemoInstrument()).Value)
            .MeasurementSchedule(MeasurementSchedule.EverySession("demo7-every-session", "test", Code))
            .Build().Value;

    [Fact]
    public void The_built_in_catalogue_holds_every_item_scored_instrument_once_and_not_the_srm()
    {
        Assert.Equal(["phq-9", "gad-7", "epds", "ham-d-17", "pcl-5", "phq-a"], InstrumentCatalog.BuiltIn.All.Select(i => i.Code));
        Assert.False(InstrumentCatalog.BuiltIn.Contains(SocialRhythmMetric.Code));
        Assert.Equal(InstrumentCatalogErrors.UnknownInstrument, InstrumentCatalog.BuiltIn.Get("srm-5").Error!.Code);
        Assert.All(BuiltInProtocols.All, p => Assert.Same(InstrumentCatalog.BuiltIn, p.Instruments));
    }

    public static TheoryData<string, int?, string?> SafetyItems() => new()
    {
        { "phq-9", 9, SafetyFlag.Phq9SelfHarmItemCode },
        { "gad-7", null, null },
        { "epds", 10, SafetyFlag.EpdsSelfHarmItemCode },
        { "ham-d-17", 3, SafetyFlag.HamD17SuicideItemCode },
        { "pcl-5", null, null },
        { "phq-a", 9, SafetyFlag.PhqASelfHarmItemCode },
    };

    [Theory]
    [MemberData(nameof(SafetyItems))]
    public void Each_built_in_instrument_names_its_safety_item(string code, int? item, string? flag)
    {
        Instrument i = InstrumentCatalog.BuiltIn.Get(code).Value;
        Assert.Equal(item, i.SafetyItem?.ItemNumber);
        Assert.Equal(flag, i.SafetyItem?.FlagCode);
        Assert.Equal(code, i.Bands.InstrumentCode);
        Assert.Equal(i.Descriptor.TotalMaximum, i.Bands.Maximum);
    }

    [IptProperty(200)]
    public Property A_catalogue_instrument_scores_exactly_as_its_own_scoring_and_flags_only_from_its_safety_item()
    {
        Gen<(Instrument, int[])> gen =
            from instrument in Gen.Elements(InstrumentCatalog.BuiltIn.All.ToArray())
            from raw in Gen.ArrayOf(Gen.Choose(0, 1000), instrument.Descriptor.ItemCount)
            select (instrument, raw.Select((v, i) => v % (instrument.Descriptor.ItemMaxima[i] + 1)).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (Instrument instrument, int[] answers) = t;
            InstrumentScore viaCatalogue = instrument.Score(answers).Value;
            InstrumentScore direct = Direct(instrument.Code, answers);
            int? safetyScore = instrument.SafetyItem is { } s ? viaCatalogue.Item(s.ItemNumber) : null;
            return viaCatalogue.Total == direct.Total
                && viaCatalogue.Severity == direct.Severity
                && viaCatalogue.Items.SequenceEqual(direct.Items)
                && Equals(viaCatalogue.SafetyFlag, direct.SafetyFlag)
                && viaCatalogue.HasSafetyFlag == safetyScore is >= 1;
        });
    }

    [IptProperty(100)]
    public Property AnswerFor_writes_the_answer_that_scores_the_item()
    {
        Gen<(Instrument, int, int)> gen =
            from instrument in Gen.Elements(InstrumentCatalog.BuiltIn.All.ToArray())
            from item in Gen.Choose(1, instrument.Descriptor.ItemCount)
            from score in Gen.Choose(0, instrument.Descriptor.ItemMaximum(item))
            select (instrument, item, score);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            (Instrument instrument, int item, int score) = t;
            int[] answers = new int[instrument.Descriptor.ItemCount];
            for (int n = 1; n <= answers.Length; n++)
            {
                answers[n - 1] = instrument.AnswerFor(n, 0);
            }

            answers[item - 1] = instrument.AnswerFor(item, score);
            return instrument.Score(answers).Value.Item(item) == score;
        });
    }

    private static InstrumentScore Direct(string code, int[] a) => code switch
    {
        "phq-9" => Phq9.Score(a).Value,
        "gad-7" => Gad7.Score(a).Value,
        "epds" => Epds.Score(a).Value,
        "ham-d-17" => HamD17.Score(a).Value,
        "pcl-5" => Pcl5.Score(a).Value,
        "phq-a" => PhqA.Score(a).Value,
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    [Fact]
    public void A_caller_defined_instrument_sums_its_items_classifies_and_raises_its_safety_flag()
    {
        Instrument demo = DemoInstrument();
        InstrumentScore calm = demo.Score([1, 1, 1, 1, 1, 1, 0]).Value;
        Assert.IsType<ItemSumScore>(calm);
        Assert.Equal(6, calm.Total);
        Assert.Equal("low", calm.Severity.Code);
        Assert.Null(calm.SafetyFlag);

        InstrumentScore flagged = demo.Score([2, 2, 2, 2, 2, 2, 1]).Value;
        Assert.Equal("high", flagged.Severity.Code);
        Assert.Equal(new SafetyFlag("safety.demo7-item7-positive", Code, 7, 1), flagged.SafetyFlag);

        Assert.Equal(MeasureErrors.ItemOutOfRangeCode, demo.Score([5, 0, 0, 0, 0, 0, 0]).Error!.Code);
        Assert.Equal(MeasureErrors.ItemMissingCode, demo.Score([1, null, 1, 1, 1, 1, 1]).Error!.Code);
    }

    public static TheoryData<string, string> BadDefinitions() => new()
    {
        { "code", "code" },
        { "srm", "code" },
        { "display-name", "display name" },
        { "no-items", "item maxima" },
        { "labels", "item labels" },
        { "blank-label", "item labels" },
        { "maximum", "item maxima" },
        { "maximum-1001", "item maxima" },
        { "bands-code", "bands" },
        { "bands-range", "bands" },
        { "safety", "safety item" },
        { "trigger", "safety item" },
        { "criteria", "default outcome criteria" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public void A_definition_that_the_course_could_not_score_is_refused_with_a_coded_error_naming_the_field(string fault, string field)
    {
        InstrumentDefinition d = Demo();
        InstrumentDefinition bad = fault switch
        {
            "code" => d with { Code = "Demo 7" },
            "srm" => d with { Code = SocialRhythmMetric.Code },
            "display-name" => d with { DisplayName = " " },
            "no-items" => d with { ItemMaxima = [], ItemLabels = [] },
            "labels" => d with { ItemLabels = d.ItemLabels.RemoveAt(0) },
            "blank-label" => d with { ItemLabels = d.ItemLabels.SetItem(1, "") },
            "maximum" => d with { ItemMaxima = d.ItemMaxima.SetItem(0, 0) },
            "maximum-1001" => d with { ItemMaxima = d.ItemMaxima.SetItem(0, 1001) },
            "bands-code" => d with { Bands = Phq9.Bands },
            "bands-range" => d with { ItemMaxima = d.ItemMaxima.SetItem(0, 3) },
            "safety" => d with { SafetyItem = new SafetyItemRule(8, "safety.x") },
            "trigger" => d with { SafetyItem = new SafetyItemRule(7, "safety.x", 5) },
            _ => d with { DefaultOutcomeCriteria = OutcomeCriteria.Phq9Default },
        };
        DomainError error = Instrument.Define(bad).Error!;
        Assert.Equal(InstrumentCatalogErrors.DefinitionInvalid, error.Code);
        Assert.Contains("definition's " + field + " ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_registered_twice_is_refused()
    {
        Result<InstrumentCatalog> twice = InstrumentCatalog.BuiltIn.With(Phq9.Instrument);
        Assert.Equal(InstrumentCatalogErrors.DuplicateCode, twice.Error!.Code);
        Assert.Equal(6, InstrumentCatalog.BuiltIn.Count);
    }

    [Fact]
    public void A_copied_protocol_keeps_its_catalogue_and_a_protocol_without_one_has_the_built_ins()
    {
        ProtocolDefinition mine = ProtocolWithDemo();
        Assert.True(mine.Instruments.Contains(Code));
        Assert.Same(mine.Instruments, mine.ToBuilder("ipt-demo7-copy", "Copy").Build().Value.Instruments);
        Assert.Same(InstrumentCatalog.BuiltIn, StandardIpt.Definition.Instruments);
    }

    [Fact]
    public void A_course_on_a_protocol_with_the_instrument_records_scores_raises_concerns_and_replays_it()
    {
        ProtocolDefinition protocol = ProtocolWithDemo();
        TreatmentCourse c = CourseFixture.NewCourse(protocol).Sessions(1);
        MeasureRecording r = c.RecordMeasure(Code, [3, 3, 3, 3, 3, 3, 2], CourseFixture.Start, atLatestSession: true).Value;
        Assert.Equal(20, r.Score.Total);
        Assert.NotNull(r.Concern);
        Assert.Single(c.OpenSafetyConcerns());

        Assert.True(c.RecordMeasure(Code, [1, 1, 1, 0, 0, 0, 0], CourseFixture.Week(1)).IsSuccess);
        MeasureSeries series = c.MeasureSeries(Code)!;
        Assert.Equal("demo7-half", series.Outcome!.CriteriaId);      // the instrument's default criteria
        Assert.True(series.Outcome.IsResponse);

        string json = CourseHistoryJson.Serialize(c.History);
        TreatmentCourse replayed = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(json).Value, protocol).Value;
        Assert.Equal(c.ToSnapshot(), replayed.ToSnapshot());
        Assert.Equal(2, replayed.Measures().Count);
    }

    [Fact]
    public void A_course_on_a_protocol_without_the_instrument_refuses_it()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        int version = c.Version;
        Result<MeasureRecording> r = c.RecordMeasure(Code, [0, 0, 0, 0, 0, 0, 0], CourseFixture.Start);
        Assert.Equal(MeasureCourseErrors.UnknownInstrument, r.Error!.Code);
        Assert.Equal(version, c.Version);
    }

    [Fact]
    public void The_simulator_answers_a_caller_defined_instrument_on_the_protocols_schedule()
    {
        SimulationResult run = CohortSimulator.Default.Run(new SimulationSettings
        {
            CohortSize = 20,
            Seed = 11,
            Protocol = ProtocolWithDemo(),
            KeepCourses = true,
        });
        Assert.All(run.Courses, sc =>
        {
            ImmutableArray<CourseMeasure> demo = [.. sc.Course.Measures().Where(m => m.Score.InstrumentCode == Code)];
            Assert.Equal(sc.Course.Sessions.Count(s => s.Attendance == Attendance.Attended), demo.Length);
            Assert.All(demo, m => Assert.InRange(m.Score.Total, 0, 28));
        });
    }
}
