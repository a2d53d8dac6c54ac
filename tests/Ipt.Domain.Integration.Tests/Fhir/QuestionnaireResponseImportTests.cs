#nullable disable warnings
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fhir;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

public sealed class QuestionnaireResponseImportTests
{
    private static QuestionnaireResponse Response(string code, int[] answers, DateOnly on) => FhirTestData.Response(code, answers, on);

    private static int[] Valid(InstrumentDescriptor d) => Enumerable.Range(1, d.ItemCount).Select(i => (i * 7) % (d.ItemMaximum(i) + 1)).ToArray();

    [Fact]
    public void Every_measure_of_every_instrument_round_trips_through_json()
    {
        var on = new DateOnly(2026, 3, 2);
        foreach (InstrumentInfo i in Instruments.All)
        {
            int[] answers = Valid(i.Descriptor);
            string json = FhirJson.Serialize(Response(i.Descriptor.Code, answers, on));
            MeasureAnswers back = QuestionnaireResponseReader.ReadMeasure(json).Value;
            Assert.Equal(new MeasureAnswers(i.Descriptor.Code, [.. answers], on), back);
        }
    }

    [Property(MaxTest = 50)]
    public Property Generated_phq9_answers_round_trip()
    {
        Gen<int[]> gen = Gen.Choose(0, 3).ArrayOf(9);
        return Prop.ForAll(gen.ToArbitrary(), answers =>
            QuestionnaireResponseReader.ReadMeasure(FhirJson.Serialize(Response("phq-9", answers, new DateOnly(2026, 1, 5)))).Value.Answers.SequenceEqual(answers));
    }

    [Fact]
    public void Imported_answers_become_the_course_measure_with_the_response_date()
    {
        TreatmentCourse course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-2"), StandardIpt.Definition, new DateOnly(2026, 1, 5));
        course.RecordSession(new DateOnly(2026, 1, 5), Attendance.Attended);
        int[] answers = [1, 2, 1, 0, 0, 1, 0, 0, 1];
        string json = FhirJson.Serialize(Response("phq-9", answers, new DateOnly(2026, 1, 6)));
        MeasureRecording rec = QuestionnaireResponseReader.ReadMeasure(json).Bind(a => a.RecordOn(course)).Value;
        Assert.Equal(new DateOnly(2026, 1, 6), rec.Event.OccurredOn);
        Assert.Equal(answers, rec.Event.Answers);
        Assert.NotNull(rec.Concern); // item 9 positive: the course raised its safety concern
    }

    [Fact]
    public void Wrong_questionnaire_missing_doubled_out_of_range_and_mistyped_answers_are_typed_errors()
    {
        var on = new DateOnly(2026, 1, 5);
        int[] ok = Valid(Phq9.Descriptor);

        QuestionnaireResponse wrong = Response("phq-9", ok, on);
        wrong.Questionnaire = "http://example.org/Questionnaire/other";
        Assert.Equal(FhirMappingErrors.QuestionnaireUnknownCode, wrong.ToMeasureAnswers().Error?.Code);

        QuestionnaireResponse missing = Response("phq-9", ok, on);
        missing.Item.RemoveAt(4);
        Assert.Equal(FhirMappingErrors.AnswerMissingCode, missing.ToMeasureAnswers().Error?.Code);
        Assert.Contains("item 5", missing.ToMeasureAnswers().Error!.Message, StringComparison.Ordinal);

        QuestionnaireResponse range = Response("phq-9", ok, on);
        range.Item[2].Answer[0].Value = new Integer(4);
        Assert.Equal(FhirMappingErrors.AnswerOutOfRangeCode, range.ToMeasureAnswers().Error?.Code);

        QuestionnaireResponse typed = Response("phq-9", ok, on);
        typed.Item[0].Answer[0].Value = new FhirString("often");
        Assert.Equal(FhirMappingErrors.AnswerWrongTypeCode, typed.ToMeasureAnswers().Error?.Code);
        Assert.DoesNotContain("often", typed.ToMeasureAnswers().Error!.Message, StringComparison.Ordinal);

        QuestionnaireResponse coded = Response("phq-9", ok, on);
        coded.Item[0].Answer[0].Value = new Coding("http://example.org/cs", "x");
        Assert.Equal(FhirMappingErrors.CodeUnknownCode, coded.ToMeasureAnswers().Error?.Code);

        QuestionnaireResponse unknownItem = Response("phq-9", ok, on);
        unknownItem.Item[0].LinkId = "10";
        Assert.Equal(FhirMappingErrors.ItemUnknownCode, unknownItem.ToMeasureAnswers().Error?.Code);

        QuestionnaireResponse twice = Response("phq-9", ok, on);
        twice.Item[1].LinkId = "1";
        Assert.Equal(FhirMappingErrors.ItemUnknownCode, twice.ToMeasureAnswers().Error?.Code);

        QuestionnaireResponse draft = Response("phq-9", ok, on);
        draft.Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress;
        Assert.Equal(FhirMappingErrors.ResponseNotCompletedCode, draft.ToMeasureAnswers().Error?.Code);

        QuestionnaireResponse undated = Response("phq-9", ok, on);
        undated.Authored = null;
        Assert.Equal(FhirMappingErrors.ElementMissingCode, undated.ToMeasureAnswers().Error?.Code);

        Assert.Equal(FhirMappingErrors.WrongResourceTypeCode, QuestionnaireResponseReader.ReadMeasure(FhirJson.Serialize(new Patient { Id = "p1", Active = true })).Error?.Code);
    }
}
