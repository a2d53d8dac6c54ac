#nullable disable warnings
using System;
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Fhir;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>
/// The QuestionnaireResponse reader's rules one at a time (status, canonical, date, link ids, answers), and the small
/// public parts of the package a caller leans on: the JSON entry points, the answers value, the instrument lookup and
/// the mapping settings.
/// </summary>
public sealed class FhirReaderRuleTests
{
    private static readonly DateOnly On = new(2026, 1, 5);
    private static readonly int[] Ok = [0, 1, 2, 3, 0, 1, 2, 3, 0];

    private static QuestionnaireResponse Response(FhirMappingSettings settings = null) => FhirTestData.Response("phq-9", Ok, On, settings);

    private static MeasureAnswers Read(QuestionnaireResponse qr, string canonicalBase = IptCodeSystems.Base)
    {
        Result<MeasureAnswers> r = qr.ToMeasureAnswers(canonicalBase);
        Assert.True(r.IsSuccess, r.Error?.Code + " " + r.Error?.Message);
        return r.Value;
    }

    private static DomainError Refusal(QuestionnaireResponse qr)
    {
        Result<MeasureAnswers> r = qr.ToMeasureAnswers();
        Assert.True(r.IsFailure, "the response was read");
        return r.Error;
    }

    [Fact]
    public void An_amended_response_is_read_like_a_completed_one()
    {
        QuestionnaireResponse qr = Response();
        qr.Status = QuestionnaireResponse.QuestionnaireResponseStatus.Amended;
        Assert.Equal(Ok, Read(qr).Answers.ToArray());
    }

    [Fact]
    public void A_response_without_a_questionnaire_is_refused_as_missing_it()
    {
        QuestionnaireResponse qr = Response();
        qr.Questionnaire = null;
        DomainError e = Refusal(qr);
        Assert.Equal(FhirMappingErrors.ElementMissingCode, e.Code);
        Assert.Contains("QuestionnaireResponse.questionnaire", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_questionnaire_is_matched_by_canonical_base_and_code_with_any_version()
    {
        QuestionnaireResponse versioned = Response();
        versioned.Questionnaire += "|1.0.0";
        Assert.Equal("phq-9", Read(versioned).InstrumentCode);

        QuestionnaireResponse prefixed = Response();
        prefixed.Questionnaire = "http://mirror.example.org/?u=" + prefixed.Questionnaire;
        Assert.Equal(FhirMappingErrors.QuestionnaireUnknownCode, Refusal(prefixed).Code);

        QuestionnaireResponse unknownInstrument = Response();
        unknownInstrument.Questionnaire = IptCodeSystems.Base + "/Questionnaire/bdi-ii";
        Assert.Equal(FhirMappingErrors.QuestionnaireUnknownCode, Refusal(unknownInstrument).Code);

        const string ownBase = "http://clinic.example.org/fhir";
        QuestionnaireResponse own = Response(FhirTestData.Settings with { CanonicalBase = ownBase });
        Assert.Equal("phq-9", Read(own, ownBase).InstrumentCode);
        Assert.Equal(FhirMappingErrors.QuestionnaireUnknownCode, own.ToMeasureAnswers().Error?.Code);
        Assert.Throws<ArgumentNullException>(() => own.ToMeasureAnswers(null));
    }

    [Theory]
    [InlineData("2026-01-05T10:30:00+01:00", true)]
    [InlineData("2026-01-05", true)]
    [InlineData("2026-01", false)]
    [InlineData("2026-13-45", false)]
    [InlineData("05.01.2026", false)]
    public void The_date_is_the_day_authored_and_a_response_without_one_is_refused(string authored, bool read)
    {
        QuestionnaireResponse qr = Response();
        qr.Authored = authored;
        Result<MeasureAnswers> r = qr.ToMeasureAnswers();
        if (read)
        {
            Assert.Equal(On, r.Value.On);
        }
        else
        {
            Assert.Equal(FhirMappingErrors.ElementMissingCode, r.Error?.Code);
            Assert.Contains("QuestionnaireResponse.authored", r.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_total_item_is_passed_over_because_the_course_rescores_the_answers()
    {
        QuestionnaireResponse qr = Response();
        qr.Item.Add(new QuestionnaireResponse.ItemComponent
        {
            LinkId = QuestionnaireMapping.TotalLinkId,
            Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(99) }],
        });
        Assert.Equal(Ok, Read(qr).Answers.ToArray());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1.0")]
    [InlineData("q1")]
    public void A_link_id_that_is_not_an_item_number_is_an_unknown_item(string linkId)
    {
        QuestionnaireResponse qr = Response();
        qr.Item[0].LinkId = linkId;
        Assert.Equal(FhirMappingErrors.ItemUnknownCode, Refusal(qr).Code);
    }

    [Fact]
    public void The_last_item_number_is_an_item_and_a_nested_item_is_not()
    {
        QuestionnaireResponse last = Response();
        last.Item.Reverse(); // item 9 first: order does not matter, the number does
        Assert.Equal(Ok, Read(last).Answers.ToArray());

        QuestionnaireResponse nested = Response();
        nested.Item[0].Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = "1.1" });
        Assert.Equal(FhirMappingErrors.ItemUnknownCode, Refusal(nested).Code);
    }

    [Fact]
    public void An_item_with_no_answer_or_a_null_value_is_missing_and_one_with_two_answers_is_mistyped()
    {
        QuestionnaireResponse none = Response();
        none.Item[3].Answer.Clear();
        DomainError missing = Refusal(none);
        Assert.Equal(FhirMappingErrors.AnswerMissingCode, missing.Code);
        Assert.Contains("item 4", missing.Message, StringComparison.Ordinal);

        QuestionnaireResponse nullValue = Response();
        nullValue.Item[6].Answer[0].Value = null;
        DomainError alsoMissing = Refusal(nullValue);
        Assert.Equal(FhirMappingErrors.AnswerMissingCode, alsoMissing.Code);
        Assert.Contains("item 7", alsoMissing.Message, StringComparison.Ordinal);

        QuestionnaireResponse two = Response();
        two.Item[1].Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = new Integer(1) });
        DomainError mistyped = Refusal(two);
        Assert.Equal(FhirMappingErrors.AnswerWrongTypeCode, mistyped.Code);
        Assert.Contains("item 2", mistyped.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void An_answer_is_read_from_the_item_minimum_to_its_maximum(int score, bool read)
    {
        QuestionnaireResponse qr = Response();
        qr.Item[8].Answer[0].Value = new Integer(score);
        Result<MeasureAnswers> r = qr.ToMeasureAnswers();
        if (read)
        {
            Assert.Equal(score, r.Value.Answers[8]);
        }
        else
        {
            Assert.Equal(FhirMappingErrors.AnswerOutOfRangeCode, r.Error?.Code);
            Assert.Contains("item 9", r.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Answers_are_equal_by_instrument_date_and_every_answer_and_print_without_the_answers()
    {
        var a = new MeasureAnswers("phq-9", [.. Ok], On);
        Assert.Equal(a, new MeasureAnswers("phq-9", [.. Ok], On));
        Assert.Equal(a.GetHashCode(), new MeasureAnswers("phq-9", [.. Ok], On).GetHashCode());
        Assert.NotEqual(a, new MeasureAnswers("phq-9", [0, 1, 2, 3, 0, 1, 2, 3, 1], On));
        Assert.NotEqual(a, new MeasureAnswers("phq-9", [.. Ok], On.AddDays(1)));
        Assert.NotEqual(a, new MeasureAnswers("gad-7", [.. Ok], On));
        Assert.False(a.Equals(null));
        Assert.Equal("phq-9 on 2026-01-05", a.ToString());
        Assert.Throws<ArgumentNullException>(() => a.RecordOn(null));
    }

    [Fact]
    public void Json_is_compact_unless_indented_and_both_read_back()
    {
        QuestionnaireResponse qr = Response();
        string compact = FhirJson.Serialize(qr);
        string indented = FhirJson.Serialize(qr, indented: true);
        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.Contains("\n", indented, StringComparison.Ordinal);
        Assert.Equal(QuestionnaireResponseReader.ReadMeasure(compact).Value, QuestionnaireResponseReader.ReadMeasure(indented).Value);
        Assert.Throws<ArgumentNullException>(() => FhirJson.Serialize(null));
        Assert.Throws<ArgumentNullException>(() => FhirJson.Parse(null));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"resourceType\":\"Patient\",\"shoeSize\":44}")]
    [InlineData("{\"resourceType\":\"Spaceship\"}")]
    public void Anything_the_strict_parser_refuses_is_invalid_json(string json)
    {
        Assert.Equal(FhirMappingErrors.JsonInvalidCode, FhirJson.Parse(json).Error?.Code);
    }

    [Fact]
    public void A_resource_of_another_type_is_refused_naming_both_types()
    {
        string patient = FhirJson.Serialize(new Patient { Id = "p1", Active = true });
        DomainError e = FhirJson.Parse<PlanDefinition>(patient).Error;
        Assert.Equal(FhirMappingErrors.WrongResourceTypeCode, e.Code);
        Assert.Contains("PlanDefinition", e.Message, StringComparison.Ordinal);
        Assert.Contains("Patient", e.Message, StringComparison.Ordinal);
        Assert.IsType<Patient>(FhirJson.Parse<Patient>(patient).Value);
    }

    [Fact]
    public void Instruments_are_the_core_catalogue_ordered_by_code_and_found_by_exact_code()
    {
        Assert.Equal(InstrumentCatalog.BuiltIn.All.Select(i => i.Descriptor.Code).OrderBy(c => c, StringComparer.Ordinal), Instruments.All.Select(i => i.Descriptor.Code));
        Assert.Equal("phq-9", Instruments.Find("phq-9").Descriptor.Code);
        Assert.Null(Instruments.Find("PHQ-9"));
        Assert.Null(Instruments.Find(null));
        Assert.Null(Instruments.Find("bdi-ii"));
    }

    [Fact]
    public void Settings_build_canonical_urls_stamp_last_updated_only_when_set_and_fall_back_to_the_identifier_reference()
    {
        FhirMappingSettings plain = FhirMappingSettings.At(FhirTestData.Issued);
        Assert.Equal(FhirTestData.Issued, plain.Issued);
        Assert.Equal(IptCodeSystems.Base + "/PlanDefinition/ipt", plain.PlanDefinitionUrl("ipt"));
        Assert.Equal(IptCodeSystems.Base + "/Questionnaire/phq-9", plain.QuestionnaireUrl("phq-9"));
        Assert.Null(StandardIpt.Definition.ToPlanDefinition(plain).Meta);
        Assert.Equal(FhirTestData.Issued, StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings).Meta.LastUpdated);

        FhirMappingSettings nullReference = plain with { PatientReference = _ => null };
        QuestionnaireResponse qr = FhirTestData.Response("phq-9", Ok, On, nullReference, client: "c-77");
        Assert.Equal(IptCodeSystems.ClientRef, qr.Subject.Identifier.System);
        Assert.Equal("c-77", qr.Subject.Identifier.Value);
        Assert.Equal(IptCodeSystems.ExtensionPrefix + "current-phase", IptCodeSystems.Extension("current-phase"));
    }
}
