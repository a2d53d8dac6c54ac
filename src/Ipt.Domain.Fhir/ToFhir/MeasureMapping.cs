using System;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>
/// Measure → <c>QuestionnaireResponse</c> (the raw answers as given) plus a score <c>Observation</c> (the total, LOINC
/// coded where the core's descriptor has a code, the severity band as interpretation, derived from the response), and a
/// safety concern → <c>Flag</c> (see decision 0040).
/// </summary>
public static class MeasureMapping
{
    /// <summary>The raw answers of one administration as a completed QuestionnaireResponse. Item link ids are item
    /// numbers; each answer is <c>valueInteger</c> (for the EPDS the response position 0–3, before reverse scoring, as the
    /// core stores it).</summary>
    /// <param name="measure">The measure event.</param>
    /// <param name="client">The client (only the opaque reference is used).</param>
    /// <param name="settings">Mapping settings.</param>
    /// <param name="encounter">The session's Encounter when the measure is tied to one, or null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="encounter"/> is null.</exception>
    public static QuestionnaireResponse ToQuestionnaireResponse(
        this MeasureRecorded measure, ClientRef client, FhirMappingSettings settings, ResourceReference? encounter = null)
    {
        Guard.Against.Null(measure);
        Guard.Against.Null(client);
        Guard.Against.Null(settings);
        var qr = new QuestionnaireResponse
        {
            Questionnaire = settings.QuestionnaireUrl(measure.InstrumentCode),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = settings.Patient(client),
            Authored = FhirFormat.Date(measure.OccurredOn),
            Encounter = encounter,
        };
        FhirFormat.Stamp(qr, settings);
        for (int i = 0; i < measure.Answers.Length; i++)
        {
            qr.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = FhirFormat.N(i + 1),
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(measure.Answers[i]) }],
            });
        }

        return qr;
    }

    /// <summary>The total score as a <c>survey</c> Observation: <c>code</c> the LOINC total-score code where the core has
    /// one, plus the library's own instrument code; <c>valueInteger</c> the total; <c>interpretation</c> the severity band
    /// (code system per band set); <c>issued</c> from the settings.</summary>
    /// <param name="score">The score.</param>
    /// <param name="on">Date of administration (<c>effectiveDateTime</c>).</param>
    /// <param name="client">The client.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <param name="derivedFrom">The QuestionnaireResponse it was scored from, or null.</param>
    /// <param name="encounter">The session's Encounter, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static Observation ToObservation(
        this InstrumentScore score, DateOnly on, ClientRef client, FhirMappingSettings settings,
        ResourceReference? derivedFrom = null, ResourceReference? encounter = null)
    {
        Guard.Against.Null(score);
        Guard.Against.Null(client);
        Guard.Against.Null(settings);
        var code = new CodeableConcept { Text = score.Instrument.DisplayName + " total score" };
        if (score.Instrument.LoincTotalScoreCode is { } loinc)
        {
            code.Coding.Add(new Coding(IptCodeSystems.Loinc, loinc));
        }

        code.Coding.Add(new Coding(IptCodeSystems.Instrument, score.InstrumentCode + "-total", score.Instrument.DisplayName + " total score"));
        var o = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [FhirFormat.Concept(IptCodeSystems.ObservationCategory, "survey", "Survey")],
            Code = code,
            Subject = settings.Patient(client),
            Effective = new FhirDateTime(FhirFormat.Date(on)),
            Issued = settings.Issued,
            Value = new Integer(score.Total),
            Interpretation = [FhirFormat.Concept(IptCodeSystems.SeverityBandPrefix + score.Severity.BandSetId, score.Severity.Code, score.Severity.Label)],
            Encounter = encounter,
        };
        if (derivedFrom is not null)
        {
            o.DerivedFrom.Add(derivedFrom);
        }

        FhirFormat.Stamp(o, settings);
        return o;
    }

    /// <summary>A safety concern (RULE-10) as a <c>safety</c> Flag: <c>active</c> while no action is recorded, <c>inactive</c>
    /// from the first action on (period end = its date); each action is a <c>safety-action</c> extension (code and date).
    /// Notes on actions are never exported.</summary>
    /// <param name="concern">The concern.</param>
    /// <param name="client">The client.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <param name="encounter">The session's Encounter, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static Flag ToFlag(this SafetyConcern concern, ClientRef client, FhirMappingSettings settings, ResourceReference? encounter = null)
    {
        Guard.Against.Null(concern);
        Guard.Against.Null(client);
        Guard.Against.Null(settings);
        var flag = new Flag
        {
            Status = concern.IsOpen ? Flag.FlagStatus.Active : Flag.FlagStatus.Inactive,
            Category = [FhirFormat.Concept(IptCodeSystems.FlagCategory, "safety", "Safety")],
            Code = new CodeableConcept
            {
                Coding = [new Coding(IptCodeSystems.SafetyFlag, concern.Flag.Code)],
                Text = "Safety item positive: immediate risk assessment (" + SafetyFlag.RuleId + ")",
            },
            Subject = settings.Patient(client),
            Period = new Period { Start = FhirFormat.Date(concern.RaisedOn) },
            Encounter = encounter,
        };
        flag.Extension.Add(FhirFormat.IntegerExtension("safety-item", concern.Flag.ItemNumber));
        flag.Extension.Add(FhirFormat.IntegerExtension("safety-item-score", concern.Flag.ItemScore));
        foreach (SafetyActionTaken action in concern.Actions)
        {
            var ext = new Extension { Url = IptCodeSystems.Extension("safety-action") };
            ext.Extension.Add(new Extension("action", new Coding(IptCodeSystems.SafetyAction, Codes.Of(action.Action))));
            ext.Extension.Add(new Extension("date", new Date(FhirFormat.Date(action.On))));
            flag.Extension.Add(ext);
        }

        if (!concern.IsOpen)
        {
            flag.Period.End = FhirFormat.Date(concern.Actions[0].On);
        }

        FhirFormat.Stamp(flag, settings);
        return flag;
    }
}
