using System;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>
/// <c>QuestionnaireResponse</c> → the answers of a built-in instrument, with typed <c>fhir.*</c> errors for a wrong
/// questionnaire, a missing, doubled, mistyped or out-of-range answer, an unknown item or code. Nothing throws on bad
/// input.
/// </summary>
public static class QuestionnaireResponseReader
{
    /// <summary>Reads a QuestionnaireResponse from FHIR JSON.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="canonicalBase">Base of the Questionnaire URLs (as in <see cref="FhirMappingSettings.CanonicalBase"/>).</param>
    /// <returns>The answers, or a <c>fhir.*</c> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<MeasureAnswers> ReadMeasure(string json, string canonicalBase = IptCodeSystems.Base) =>
        FhirJson.Parse<QuestionnaireResponse>(json).Bind(qr => qr.ToMeasureAnswers(canonicalBase));

    /// <summary>Reads the answers of a QuestionnaireResponse written for one of the core's instruments.</summary>
    /// <param name="response">The response.</param>
    /// <param name="canonicalBase">Base of the Questionnaire URLs.</param>
    /// <returns>The answers, or a <c>fhir.*</c> error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<MeasureAnswers> ToMeasureAnswers(this QuestionnaireResponse response, string canonicalBase = IptCodeSystems.Base)
    {
        Guard.Against.Null(response);
        Guard.Against.Null(canonicalBase);
        if (response.Status is not (QuestionnaireResponse.QuestionnaireResponseStatus.Completed or QuestionnaireResponse.QuestionnaireResponseStatus.Amended))
        {
            return FhirMappingErrors.ResponseNotCompleted();
        }

        if (string.IsNullOrEmpty(response.Questionnaire))
        {
            return FhirMappingErrors.ElementMissing("QuestionnaireResponse.questionnaire");
        }

        string canonical = response.Questionnaire;
        int bar = canonical.IndexOf('|', StringComparison.Ordinal);
        canonical = bar >= 0 ? canonical[..bar] : canonical;
        string prefix = canonicalBase + "/Questionnaire/";
        InstrumentInfo? instrument = canonical.StartsWith(prefix, StringComparison.Ordinal) ? Instruments.Find(canonical[prefix.Length..]) : null;
        if (instrument is null)
        {
            return FhirMappingErrors.QuestionnaireUnknown();
        }

        if (!TryDate(response.Authored, out DateOnly on))
        {
            return FhirMappingErrors.ElementMissing("QuestionnaireResponse.authored");
        }

        Measures.InstrumentDescriptor d = instrument.Descriptor;
        var answers = new int?[d.ItemCount];
        foreach (QuestionnaireResponse.ItemComponent item in response.Item)
        {
            if (string.Equals(item.LinkId, QuestionnaireMapping.TotalLinkId, StringComparison.Ordinal))
            {
                continue; // derived; the core rescores from the answers
            }

            if (!int.TryParse(item.LinkId, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > d.ItemCount ||
                answers[n - 1] is not null || item.Item.Count > 0)
            {
                return FhirMappingErrors.ItemUnknown(d.DisplayName);
            }

            if (item.Answer.Count == 0)
            {
                return FhirMappingErrors.AnswerMissing(d.DisplayName, n);
            }

            if (item.Answer.Count > 1)
            {
                return FhirMappingErrors.AnswerWrongType(d.DisplayName, n);
            }

            switch (item.Answer[0].Value)
            {
                case Integer { Value: int v }:
                    if (v < d.ItemMinimum || v > d.ItemMaximum(n))
                    {
                        return FhirMappingErrors.AnswerOutOfRange(d.DisplayName, n, d.ItemMaximum(n));
                    }

                    answers[n - 1] = v;
                    break;
                case Coding:
                    return FhirMappingErrors.CodeUnknown("QuestionnaireResponse.item.answer.valueCoding");
                case null:
                    return FhirMappingErrors.AnswerMissing(d.DisplayName, n);
                default:
                    return FhirMappingErrors.AnswerWrongType(d.DisplayName, n);
            }
        }

        var values = ImmutableArray.CreateBuilder<int>(d.ItemCount);
        for (int i = 0; i < answers.Length; i++)
        {
            if (answers[i] is not int v)
            {
                return FhirMappingErrors.AnswerMissing(d.DisplayName, i + 1);
            }

            values.Add(v);
        }

        return new MeasureAnswers(d.Code, values.MoveToImmutable(), on);
    }

    private static bool TryDate(string? authored, out DateOnly on)
    {
        on = default;
        return authored is { Length: >= 10 } &&
            DateOnly.TryParseExact(authored.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on);
    }
}
