using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Fhir;

/// <summary>Instrument → <c>Questionnaire</c>: one <c>choice</c> item per scored item with integer answer options
/// 0…item maximum, and a read-only <c>total</c> item carrying the LOINC total-score code where the core has one.</summary>
public static class QuestionnaireMapping
{
    /// <summary>Link id of the read-only total item.</summary>
    public const string TotalLinkId = "total";

    /// <summary>The instrument as a Questionnaire; its canonical URL is <see cref="FhirMappingSettings.QuestionnaireUrl"/>.
    /// Item link ids are the item numbers (<c>1</c>, <c>2</c>, …); item texts are the descriptor's short labels, never
    /// the licensed wording.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static Questionnaire ToQuestionnaire(this InstrumentDescriptor instrument, FhirMappingSettings settings)
    {
        Guard.Against.Null(instrument);
        Guard.Against.Null(settings);
        var q = new Questionnaire
        {
            Id = instrument.Code,
            Url = settings.QuestionnaireUrl(instrument.Code),
            Version = instrument.Version,
            Name = ComputableName(instrument.Code),
            Title = instrument.DisplayName,
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Code = [new Coding(IptCodeSystems.Instrument, instrument.Code, instrument.DisplayName)],
            Purpose = "Item-scored instrument " + instrument.DisplayName + " (" + instrument.Rater switch
            {
                InstrumentRater.Clinician => "clinician-rated",
                _ => "self-report",
            } + "), recall period: " + instrument.RecallPeriod + ".",
        };
        FhirFormat.Stamp(q, settings);
        for (int item = 1; item <= instrument.ItemCount; item++)
        {
            var options = new List<Questionnaire.AnswerOptionComponent>();
            for (int score = instrument.ItemMinimum; score <= instrument.ItemMaximum(item); score++)
            {
                options.Add(new Questionnaire.AnswerOptionComponent { Value = new Integer(score) });
            }

            q.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = FhirFormat.N(item),
                Prefix = FhirFormat.N(item) + ".",
                Text = instrument.ItemLabels[item - 1],
                Type = Questionnaire.QuestionnaireItemType.Choice,
                Required = true,
                AnswerOption = options,
            });
        }

        var total = new Questionnaire.ItemComponent
        {
            LinkId = TotalLinkId,
            Text = "Total score (" + FhirFormat.N(instrument.TotalMinimum) + "–" + FhirFormat.N(instrument.TotalMaximum) + ")",
            Type = Questionnaire.QuestionnaireItemType.Integer,
            ReadOnly = true,
            Code = [new Coding(IptCodeSystems.Instrument, instrument.Code + "-total")],
        };
        if (instrument.LoincTotalScoreCode is { } loinc)
        {
            total.Code.Insert(0, new Coding(IptCodeSystems.Loinc, loinc));
        }

        q.Item.Add(total);
        return q;
    }

    // Questionnaire.name is a computable name (cnl-0): letters and digits, starting with a capital.
    internal static string ComputableName(string code)
    {
        var chars = new List<char>();
        bool upper = true;
        foreach (char c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            chars.Add(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (chars.Count == 0 || !char.IsAsciiLetter(chars[0]))
        {
            chars.Insert(0, 'I');
        }

        return new string([.. chars]);
    }
}
