#nullable disable warnings
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fhir;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>Malformed FHIR JSON gives a typed error, never an unhandled exception.</summary>
public sealed class FhirFuzzProperties
{
    private static readonly string ValidResponse = FhirJson.Serialize(
        new MeasureRecorded(new DateOnly(2026, 1, 5), "phq-9", [1, 2, 0, 1, 3, 0, 1, 2, 0], null).ToQuestionnaireResponse(ClientRef.From("c-1"), FhirTestData.Settings));

    private static readonly string ValidPlan = FhirJson.Serialize(StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings));

    private static readonly string[] Replacements =
    [
        "\"resourceType\":\"Patient\"", "\"resourceType\":\"NoSuchType\"", "\"valueInteger\":\"three\"", "\"valueInteger\":99999999999999999999",
        "\"valueInteger\":-2147483648", "\"valueInteger\":1.5", "\"item\":[]", "\"item\":{}", "\"linkId\":null", "\"answer\":[{}]",
        "\"status\":\"bogus\"", "\"authored\":\"yesterday\"", "\"valueInteger\":1e308", "{", "}", "]", "\"", ":", ",", "null", "[[[[[[[[",
        "\"extension\":[{\"url\":\"x\"}]", "\"valueBoolean\":3", "\"action\":[{\"title\":\"" + new string('x', 5000) + "\"}]",
    ];

    private static Gen<string> Mutated(string valid) =>
        from cut in Gen.Choose(0, valid.Length)
        from len in Gen.Choose(0, 40)
        from pick in Gen.Choose(0, Replacements.Length - 1)
        from mode in Gen.Choose(0, 3)
        select mode switch
        {
            0 => valid[..cut],
            1 => valid[..cut] + Replacements[pick] + valid[Math.Min(valid.Length, cut + len)..],
            2 => ReplaceFirstValue(valid, cut, Replacements[pick]),
            _ => valid.Remove(cut, Math.Min(len, valid.Length - cut)),
        };

    // Replaces the JSON member that starts after position cut with a replacement member.
    private static string ReplaceFirstValue(string json, int cut, string member)
    {
        int start = json.IndexOf(",\"", Math.Min(cut, json.Length), StringComparison.Ordinal);
        if (start < 0)
        {
            return json;
        }

        int end = json.IndexOf(",\"", start + 2, StringComparison.Ordinal);
        return end < 0 ? json : json[..(start + 1)] + member + json[end..];
    }

    [Property(MaxTest = 300)]
    public Property Malformed_questionnaire_responses_give_typed_errors() =>
        Prop.ForAll(Mutated(ValidResponse).ToArbitrary(), json =>
        {
            Result<MeasureAnswers> r = QuestionnaireResponseReader.ReadMeasure(json);
            return r.IsSuccess || (r.Error!.Code.StartsWith("fhir.", StringComparison.Ordinal) && FhirMappingErrors.AllCodes.Contains(r.Error.Code));
        });

    [Property(MaxTest = 200)]
    public Property Malformed_plan_definitions_give_typed_errors() =>
        Prop.ForAll(Mutated(ValidPlan).ToArbitrary(), json =>
        {
            Result<ProtocolDefinition> r = PlanDefinitionReader.ReadProtocol(json);
            return r.IsSuccess || FhirMappingErrors.AllCodes.Contains(r.Error!.Code) || r.Error.Code.StartsWith("protocol.", StringComparison.Ordinal);
        });

    [Property(MaxTest = 200)]
    public Property Arbitrary_strings_give_typed_errors() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), s =>
            s is null || QuestionnaireResponseReader.ReadMeasure(s).Error?.Code is FhirMappingErrors.JsonInvalidCode or FhirMappingErrors.WrongResourceTypeCode);
}
