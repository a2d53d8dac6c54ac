using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fhir;

/// <summary>
/// Protocol → <c>PlanDefinition</c> of type <c>clinical-protocol</c>. What FHIR expresses natively is written natively:
/// phases are actions in order (each <c>after-end</c> of the one before), their sessions as <c>timingTiming</c> (count
/// from the range, frequency from the cadence, duration from the session length), optional phases as
/// <c>requiredBehavior = could</c>, required tasks as nested actions, measurement schedules as actions whose nested
/// actions name each instrument's Questionnaire, provenance as <c>relatedArtifact</c> citations. Everything else the
/// protocol needs to be rebuilt exactly (session counts, the notice rule, formulation and inventory rules, early tasks,
/// the exact ranges, schedule parameters, evidence status) is in documented extensions, so
/// <see cref="PlanDefinitionReader"/> reads back an equal protocol. Entry conditions of the phase machine are written
/// as readable text (<c>entry-condition</c>); FHIR cannot evaluate them, the library does.
/// </summary>
public static class PlanDefinitionMapping
{
    /// <summary>The protocol as a PlanDefinition with canonical URL <see cref="FhirMappingSettings.PlanDefinitionUrl"/>.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static PlanDefinition ToPlanDefinition(this ProtocolDefinition protocol, FhirMappingSettings settings)
    {
        Guard.Against.Null(protocol);
        Guard.Against.Null(settings);
        var pd = new PlanDefinition
        {
            Id = protocol.Id,
            Url = settings.PlanDefinitionUrl(protocol.Id),
            Identifier = [new Identifier(IptCodeSystems.Protocol, protocol.Id)],
            Name = QuestionnaireMapping.ComputableName(protocol.Id),
            Title = protocol.Name,
            Subtitle = protocol.Abbreviation,
            Type = FhirFormat.Concept(IptCodeSystems.PlanDefinitionType, "clinical-protocol", "Clinical Protocol"),
            Status = PublicationStatus.Active,
            Description = protocol.Description.Length == 0 ? null : protocol.Description,
        };
        FhirFormat.Stamp(pd, settings);
        Ext(pd, "family", new Code(Codes.Of(protocol.Family)));
        Ext(pd, "format", new Code(Codes.Of(protocol.Format)));
        Ext(pd, "cadence", new Code(Codes.Of(protocol.Cadence)));
        Ext(pd, "session-minutes-min", new Integer(protocol.MinSessionMinutes));
        Ext(pd, "session-minutes-max", new Integer(protocol.MaxSessionMinutes));
        Ext(pd, "sessions-planned", new Integer(protocol.Sessions.Planned));
        Ext(pd, "sessions-minimum", new Integer(protocol.Sessions.Minimum));
        Ext(pd, "sessions-maximum", new Integer(protocol.Sessions.Maximum));
        Ext(pd, "sessions-hard-cap", new Integer(protocol.Sessions.HardCap));
        Ext(pd, "termination-notice-sessions", new Integer(protocol.TerminationNoticeSessions));
        if (protocol.CalendarSpanWeeks is { } weeks)
        {
            Ext(pd, "calendar-span-weeks", new Integer(weeks));
        }

        foreach (Attendance a in System.Enum.GetValues<Attendance>())
        {
            if (protocol.CountsTowardContract(a))
            {
                Ext(pd, "counted-attendance", new Code(Codes.Of(a)));
            }
        }

        if (!ReferenceEquals(protocol.Rules, ProtocolRules.None))
        {
            Ext(pd, "rules", new FhirString(PlanDefinitionReadSettings.RulesName(protocol.Rules)));
        }

        pd.Extension.Add(Formulation(protocol.Formulation));
        pd.Extension.Add(Complex("inventory-rules", ("ring-count", new Integer(protocol.Inventory.RingCount)), ("minimum-people", new Integer(protocol.Inventory.MinimumPeople))));
        foreach (KeyValuePair<TherapyTask, PhaseKind> early in Sorted(protocol.EarlyTasks))
        {
            pd.Extension.Add(Complex("early-task", ("task", new Code(TherapyTasks.Code(early.Key))), ("from-phase", new Code(Codes.Of(early.Value)))));
        }

        foreach (SourcedValue v in protocol.Provenance)
        {
            var artifact = new RelatedArtifact
            {
                Type = RelatedArtifact.RelatedArtifactType.Citation,
                Label = v.Setting,
                Display = v.Value,
                Citation = v.Sources,
            };
            artifact.Extension.Add(new Extension(IptCodeSystems.Extension("evidence-status"), new Coding(IptCodeSystems.EvidenceStatus, Codes.Of(v.Status))));
            pd.RelatedArtifact.Add(artifact);
        }

        string? previous = null;
        foreach (PhaseDefinition phase in protocol.Phases)
        {
            pd.Action.Add(PhaseAction(protocol, phase, previous));
            previous = Codes.Of(phase.Kind);
        }

        foreach (MeasurementSchedule schedule in protocol.MeasurementSchedules)
        {
            pd.Action.Add(ScheduleAction(schedule, settings));
        }

        return pd;
    }

    private static PlanDefinition.ActionComponent PhaseAction(ProtocolDefinition protocol, PhaseDefinition phase, string? previous)
    {
        string code = Codes.Of(phase.Kind);
        var action = new PlanDefinition.ActionComponent
        {
            ElementId = code,
            Title = phase.DisplayName,
            Description = phase.Sessions.ToString(),
            Code = [FhirFormat.Concept(IptCodeSystems.Phase, code)],
            RequiredBehavior = phase.IsOptional ? ActionRequiredBehavior.Could : ActionRequiredBehavior.Must,
            Timing = PhaseTiming(protocol, phase.Sessions),
        };
        action.Extension.Add(Complex(
            "session-range",
            ("kind", new Code(Codes.Of(phase.Sessions.Kind))),
            ("first", new Integer(phase.Sessions.First)),
            ("last", new Integer(phase.Sessions.Last))));
        if (previous is not null)
        {
            action.RelatedAction.Add(new PlanDefinition.RelatedActionComponent
            {
                ActionId = previous,
                Relationship = ActionRelationshipType.AfterEnd,
            });
        }

        foreach (PhaseTransition t in protocol.Machine.Transitions)
        {
            if (t.To.Status == Phases.CourseStatus.Active && t.To.Phase == phase.Kind)
            {
                var names = new List<string>();
                foreach (PhaseGuard g in t.Guards)
                {
                    names.Add(g.Name);
                }

                action.Extension.Add(new Extension(
                    IptCodeSystems.Extension("entry-condition"),
                    new FhirString(Codes.Of(t.Trigger) + (names.Count == 0 ? string.Empty : " [" + string.Join(", ", names) + "]"))));
            }
        }

        foreach (TherapyTask task in phase.RequiredTasks.ToList())
        {
            action.Action.Add(new PlanDefinition.ActionComponent
            {
                ElementId = code + "." + TherapyTasks.Code(task),
                Title = TherapyTasks.DisplayName(task),
                Code = [FhirFormat.Concept(IptCodeSystems.Task, TherapyTasks.Code(task), TherapyTasks.DisplayName(task))],
                RequiredBehavior = ActionRequiredBehavior.Must,
            });
        }

        return action;
    }

    private static Timing PhaseTiming(ProtocolDefinition protocol, SessionRange range)
    {
        var repeat = new Timing.RepeatComponent
        {
            Duration = protocol.MinSessionMinutes,
            DurationMax = protocol.MaxSessionMinutes,
            DurationUnit = Timing.UnitsOfTime.Min,
        };
        if (range.Length is { } n)
        {
            repeat.Count = n;
        }

        (int? frequency, int? period, Timing.UnitsOfTime? unit) = protocol.Cadence switch
        {
            Protocols.Cadence.Weekly => (1, 1, Timing.UnitsOfTime.Wk),
            Protocols.Cadence.TwiceWeekly => (2, 1, Timing.UnitsOfTime.Wk),
            Protocols.Cadence.Fortnightly => (1, 2, Timing.UnitsOfTime.Wk),
            Protocols.Cadence.Monthly => (1, 1, Timing.UnitsOfTime.Mo),
            _ => ((int?)null, (int?)null, (Timing.UnitsOfTime?)null),
        };
        if (frequency is { } f)
        {
            repeat.Frequency = f;
            repeat.Period = period;
            repeat.PeriodUnit = unit;
        }

        return new Timing { Repeat = repeat };
    }

    private static PlanDefinition.ActionComponent ScheduleAction(MeasurementSchedule schedule, FhirMappingSettings settings)
    {
        var action = new PlanDefinition.ActionComponent
        {
            ElementId = "measure." + schedule.Id,
            Title = "Measurement schedule " + schedule.Id,
            Description = Codes.Of(schedule.Cadence) + (schedule.Cadence == MeasurementCadence.EveryNthSession ? " (every " + FhirFormat.N(schedule.IntervalSessions) + " sessions)" : string.Empty),
        };
        action.Extension.Add(Complex(
            "measurement-schedule",
            ("id", new FhirString(schedule.Id)),
            ("cadence", new Code(Codes.Of(schedule.Cadence))),
            ("interval-sessions", new Integer(schedule.IntervalSessions)),
            ("includes-final-session", new FhirBoolean(schedule.IncludesFinalSession)),
            ("sources", new FhirString(schedule.SourceTags))));
        foreach (string instrument in schedule.InstrumentCodes)
        {
            var measure = new PlanDefinition.ActionComponent
            {
                Title = instrument,
                Code = [FhirFormat.Concept(IptCodeSystems.Instrument, instrument)],
            };
            if (Instruments.Find(instrument) is not null)
            {
                measure.Definition = new Canonical(settings.QuestionnaireUrl(instrument));
            }

            action.Action.Add(measure);
        }

        return action;
    }

    private static Extension Formulation(FormulationRules r)
    {
        var ext = Complex(
            "formulation-rules",
            ("max-focus-areas", new Integer(r.MaxFocusAreas)),
            ("requires-inventory", new FhirBoolean(r.RequiresInventory)),
            ("prefer-single-focus", new FhirBoolean(r.PreferSingleFocus)),
            ("deficits-only-when-no-other-area-fits", new FhirBoolean(r.DeficitsOnlyWhenNoOtherAreaFits)),
            ("near-onset-days-before", new Integer(r.NearOnsetDaysBefore)),
            ("near-onset-days-after", new Integer(r.NearOnsetDaysAfter)),
            ("allow-non-death-grief", new FhirBoolean(r.AllowNonDeathGrief)));
        foreach (ProblemAreas.ProblemArea area in r.AllowedAreas)
        {
            ext.Extension.Add(new Extension("allowed-area", new Code(Codes.Of(area))));
        }

        return ext;
    }

    private static List<KeyValuePair<TherapyTask, PhaseKind>> Sorted(IReadOnlyDictionary<TherapyTask, PhaseKind> early)
    {
        var list = new List<KeyValuePair<TherapyTask, PhaseKind>>(early);
        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        return list;
    }

    private static void Ext(DomainResource r, string name, DataType value) => r.Extension.Add(new Extension(IptCodeSystems.Extension(name), value));

    private static Extension Complex(string name, params (string Name, DataType Value)[] parts)
    {
        var ext = new Extension { Url = IptCodeSystems.Extension(name) };
        foreach ((string n, DataType v) in parts)
        {
            ext.Extension.Add(new Extension(n, v));
        }

        return ext;
    }
}
