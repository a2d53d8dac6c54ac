using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fhir;

/// <summary>
/// <c>PlanDefinition</c> → protocol: reads what <see cref="PlanDefinitionMapping"/> writes and builds it with the
/// protocol builder, so a definition that cannot be a valid protocol is refused with the builder's own error
/// (<c>protocol.*</c>). Malformed input gives <c>fhir.*</c> errors; nothing throws.
/// </summary>
public static class PlanDefinitionReader
{
    /// <summary>Reads a PlanDefinition from FHIR JSON.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="settings">Read settings, or null for <see cref="PlanDefinitionReadSettings.Default"/>.</param>
    /// <returns>The protocol, or a <c>fhir.*</c> or <c>protocol.*</c> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<ProtocolDefinition> ReadProtocol(string json, PlanDefinitionReadSettings? settings = null) =>
        FhirJson.Parse<PlanDefinition>(json).Bind(pd => pd.ToProtocol(settings));

    /// <summary>Reads a PlanDefinition into a protocol definition.</summary>
    /// <param name="planDefinition">The PlanDefinition.</param>
    /// <param name="settings">Read settings, or null for <see cref="PlanDefinitionReadSettings.Default"/>.</param>
    /// <returns>The protocol, or a <c>fhir.*</c> or <c>protocol.*</c> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="planDefinition"/> is null.</exception>
    public static Result<ProtocolDefinition> ToProtocol(this PlanDefinition planDefinition, PlanDefinitionReadSettings? settings = null)
    {
        Guard.Against.Null(planDefinition);
        settings ??= PlanDefinitionReadSettings.Default;
        try
        {
            return Read(planDefinition, settings);
        }
        catch (ArgumentException)
        {
            // A value the core's own types refuse (a negative ring count, a blank schedule id, ...).
            return FhirMappingErrors.ValueOutOfRange("PlanDefinition.extension");
        }
    }

    private static Result<ProtocolDefinition> Read(PlanDefinition pd, PlanDefinitionReadSettings settings)
    {
        string? id = pd.Identifier.FirstOrDefault(i => i.System == IptCodeSystems.Protocol)?.Value ?? pd.Id;
        if (string.IsNullOrEmpty(id))
        {
            return FhirMappingErrors.ElementMissing("PlanDefinition.identifier");
        }

        if (string.IsNullOrWhiteSpace(pd.Title))
        {
            return FhirMappingErrors.ElementMissing("PlanDefinition.title");
        }

        ProtocolBuilder b = ProtocolDefinition.Create(id, pd.Title);
        if (!string.IsNullOrEmpty(pd.Subtitle))
        {
            b.Abbreviation(pd.Subtitle);
        }

        b.Description(pd.Description ?? string.Empty);
        DomainError? error =
            ReadEnum<TherapyFamily>(pd, "family", f => b.Family(f)) ??
            ReadEnum<TherapyFormat>(pd, "format", f => b.Format(f)) ??
            ReadEnum<Cadence>(pd, "cadence", c => b.Cadence(c));
        if (error is not null)
        {
            return error;
        }

        int? minMinutes = Int(pd, "session-minutes-min"), maxMinutes = Int(pd, "session-minutes-max");
        int? planned = Int(pd, "sessions-planned"), minimum = Int(pd, "sessions-minimum"), maximum = Int(pd, "sessions-maximum"), cap = Int(pd, "sessions-hard-cap");
        if (minMinutes is null || maxMinutes is null)
        {
            return FhirMappingErrors.ElementMissing("PlanDefinition.extension:session-minutes");
        }

        if (planned is null || minimum is null || maximum is null || cap is null)
        {
            return FhirMappingErrors.ElementMissing("PlanDefinition.extension:sessions");
        }

        b.SessionLength(minMinutes.Value, maxMinutes.Value).Sessions(planned.Value, minimum.Value, maximum.Value, cap.Value);
        b.TerminationNotice(Int(pd, "termination-notice-sessions") ?? 0);
        if (Int(pd, "calendar-span-weeks") is { } weeks)
        {
            if (weeks < 1)
            {
                return FhirMappingErrors.ValueOutOfRange("PlanDefinition.extension:calendar-span-weeks");
            }

            b.CalendarSpan(weeks);
        }

        var counted = new List<Attendance>();
        foreach (Extension e in pd.Extension.Where(e => e.Url == IptCodeSystems.Extension("counted-attendance")))
        {
            if (!CodeLookup<Attendance>.TryParse((e.Value as Code)?.Value, out Attendance a))
            {
                return FhirMappingErrors.CodeUnknown("PlanDefinition.extension:counted-attendance");
            }

            counted.Add(a);
        }

        if (counted.Count > 0)
        {
            b.CountAsContractSession([.. counted]);
        }

        if (pd.GetExtension(IptCodeSystems.Extension("rules"))?.Value is FhirString rulesName)
        {
            if (rulesName.Value is null || !settings.Rules.TryGetValue(rulesName.Value, out ProtocolRules? rules))
            {
                return FhirMappingErrors.ProtocolRulesUnknown();
            }

            b.Rules(rules);
        }

        error = ReadFormulation(pd, b) ?? ReadInventory(pd, b) ?? ReadEarlyTasks(pd, b) ?? ReadProvenance(pd, b) ?? ReadActions(pd, b);
        return error ?? b.Build();
    }

    private static DomainError? ReadFormulation(PlanDefinition pd, ProtocolBuilder b)
    {
        if (pd.GetExtension(IptCodeSystems.Extension("formulation-rules")) is not { } f)
        {
            return null;
        }

        var areas = new List<ProblemArea>();
        foreach (Extension e in f.Extension.Where(e => e.Url == "allowed-area"))
        {
            if (!CodeLookup<ProblemArea>.TryParse((e.Value as Code)?.Value, out ProblemArea area))
            {
                return FhirMappingErrors.CodeUnknown("PlanDefinition.extension:formulation-rules.allowed-area");
            }

            areas.Add(area);
        }

        var defaults = FormulationRules.StandardIpt;
        b.FormulationRules(new FormulationRules
        {
            MaxFocusAreas = SubInt(f, "max-focus-areas") ?? defaults.MaxFocusAreas,
            RequiresInventory = SubBool(f, "requires-inventory") ?? defaults.RequiresInventory,
            PreferSingleFocus = SubBool(f, "prefer-single-focus") ?? defaults.PreferSingleFocus,
            DeficitsOnlyWhenNoOtherAreaFits = SubBool(f, "deficits-only-when-no-other-area-fits") ?? defaults.DeficitsOnlyWhenNoOtherAreaFits,
            NearOnsetDaysBefore = SubInt(f, "near-onset-days-before") ?? defaults.NearOnsetDaysBefore,
            NearOnsetDaysAfter = SubInt(f, "near-onset-days-after") ?? defaults.NearOnsetDaysAfter,
            AllowNonDeathGrief = SubBool(f, "allow-non-death-grief") ?? defaults.AllowNonDeathGrief,
            AllowedAreas = areas,
        });
        return null;
    }

    private static DomainError? ReadInventory(PlanDefinition pd, ProtocolBuilder b)
    {
        if (pd.GetExtension(IptCodeSystems.Extension("inventory-rules")) is { } i)
        {
            b.InventoryRules(new InventoryRules
            {
                RingCount = SubInt(i, "ring-count") ?? InventoryRules.DefaultRingCount,
                MinimumPeople = SubInt(i, "minimum-people") ?? InventoryRules.Default.MinimumPeople,
            });
        }

        return null;
    }

    private static DomainError? ReadEarlyTasks(PlanDefinition pd, ProtocolBuilder b)
    {
        foreach (Extension e in pd.Extension.Where(e => e.Url == IptCodeSystems.Extension("early-task")))
        {
            if (!TherapyTaskCode(SubCode(e, "task"), out TherapyTask task) || !CodeLookup<PhaseKind>.TryParse(SubCode(e, "from-phase"), out PhaseKind from))
            {
                return FhirMappingErrors.CodeUnknown("PlanDefinition.extension:early-task");
            }

            b.AllowEarly(task, from);
        }

        return null;
    }

    private static DomainError? ReadProvenance(PlanDefinition pd, ProtocolBuilder b)
    {
        foreach (RelatedArtifact a in pd.RelatedArtifact)
        {
            if (a.Type != RelatedArtifact.RelatedArtifactType.Citation || a.GetExtension(IptCodeSystems.Extension("evidence-status")) is not { } ext)
            {
                continue; // a citation someone else added: not part of the protocol's provenance
            }

            if (!CodeLookup<EvidenceStatus>.TryParse((ext.Value as Coding)?.Code, out EvidenceStatus status))
            {
                return FhirMappingErrors.CodeUnknown("PlanDefinition.relatedArtifact.extension:evidence-status");
            }

            b.Source(a.Label ?? string.Empty, a.Display ?? string.Empty, a.Citation ?? string.Empty, status);
        }

        return null;
    }

    private static DomainError? ReadActions(PlanDefinition pd, ProtocolBuilder b)
    {
        foreach (PlanDefinition.ActionComponent action in pd.Action)
        {
            if (action.GetExtension(IptCodeSystems.Extension("measurement-schedule")) is { } schedule)
            {
                DomainError? error = ReadSchedule(action, schedule, b);
                if (error is not null)
                {
                    return error;
                }

                continue;
            }

            Coding? phaseCode = action.Code.SelectMany(c => c.Coding).FirstOrDefault(c => c.System == IptCodeSystems.Phase);
            if (phaseCode is null)
            {
                continue; // an action someone else added
            }

            if (!CodeLookup<PhaseKind>.TryParse(phaseCode.Code, out PhaseKind kind))
            {
                return FhirMappingErrors.CodeUnknown("PlanDefinition.action.code");
            }

            if (action.GetExtension(IptCodeSystems.Extension("session-range")) is not { } range)
            {
                return FhirMappingErrors.ElementMissing("PlanDefinition.action.extension:session-range");
            }

            if (!CodeLookup<SessionRangeKind>.TryParse(SubCode(range, "kind"), out SessionRangeKind rangeKind))
            {
                return FhirMappingErrors.CodeUnknown("PlanDefinition.action.extension:session-range.kind");
            }

            int first = SubInt(range, "first") ?? 0, last = SubInt(range, "last") ?? 0;
            SessionRange? sessions = rangeKind switch
            {
                SessionRangeKind.Counted when first >= 1 && last >= first => SessionRange.Of(first, last),
                SessionRangeKind.PreTreatment when last >= 1 => SessionRange.PreTreatment(last),
                SessionRangeKind.OpenEnded => SessionRange.OpenEnded,
                _ => null,
            };
            if (sessions is null)
            {
                return FhirMappingErrors.ValueOutOfRange("PlanDefinition.action.extension:session-range");
            }

            TaskSet tasks = TaskSet.Empty;
            foreach (PlanDefinition.ActionComponent sub in action.Action)
            {
                Coding? taskCode = sub.Code.SelectMany(c => c.Coding).FirstOrDefault(c => c.System == IptCodeSystems.Task);
                if (taskCode is null)
                {
                    continue;
                }

                if (!TherapyTaskCode(taskCode.Code, out TherapyTask task))
                {
                    return FhirMappingErrors.CodeUnknown("PlanDefinition.action.action.code");
                }

                tasks = tasks.With(task);
            }

            if (string.IsNullOrWhiteSpace(action.Title))
            {
                return FhirMappingErrors.ElementMissing("PlanDefinition.action.title");
            }

            b.Phase(kind, sessions.Value, action.Title, tasks, action.RequiredBehavior == ActionRequiredBehavior.Could);
        }

        return null;
    }

    private static DomainError? ReadSchedule(PlanDefinition.ActionComponent action, Extension ext, ProtocolBuilder b)
    {
        string? id = (ext.GetExtension("id")?.Value as FhirString)?.Value;
        string sources = (ext.GetExtension("sources")?.Value as FhirString)?.Value ?? string.Empty;
        int interval = SubInt(ext, "interval-sessions") ?? 0;
        bool final = SubBool(ext, "includes-final-session") ?? false;
        string[] instruments = action.Action
            .Select(a => a.Code.SelectMany(c => c.Coding).FirstOrDefault(c => c.System == IptCodeSystems.Instrument)?.Code)
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c!)
            .ToArray();
        if (string.IsNullOrWhiteSpace(id) || instruments.Length == 0)
        {
            return FhirMappingErrors.ElementMissing("PlanDefinition.action.extension:measurement-schedule");
        }

        if (!CodeLookup<MeasurementCadence>.TryParse(SubCode(ext, "cadence"), out MeasurementCadence cadence))
        {
            return FhirMappingErrors.CodeUnknown("PlanDefinition.action.extension:measurement-schedule.cadence");
        }

        if (cadence == MeasurementCadence.EveryNthSession && interval < 2)
        {
            return FhirMappingErrors.ValueOutOfRange("PlanDefinition.action.extension:measurement-schedule.interval-sessions");
        }

        b.MeasurementSchedule(cadence switch
        {
            MeasurementCadence.EverySession => MeasurementSchedule.EverySession(id, sources, instruments),
            MeasurementCadence.EveryNthSession => MeasurementSchedule.EveryNthSession(id, interval, final, sources, instruments),
            _ => MeasurementSchedule.BaselineAndTermination(id, sources, instruments),
        });
        return null;
    }

    private static bool TherapyTaskCode(string? code, out TherapyTask task)
    {
        foreach (TherapyTask t in Enum.GetValues<TherapyTask>())
        {
            if (string.Equals(TherapyTasks.Code(t), code, StringComparison.Ordinal))
            {
                task = t;
                return true;
            }
        }

        task = default;
        return false;
    }

    private static DomainError? ReadEnum<TEnum>(PlanDefinition pd, string name, Action<TEnum> set)
        where TEnum : struct, System.Enum
    {
        if (pd.GetExtension(IptCodeSystems.Extension(name)) is not { } e)
        {
            return null;
        }

        if (!CodeLookup<TEnum>.TryParse((e.Value as Code)?.Value, out TEnum value))
        {
            return FhirMappingErrors.CodeUnknown("PlanDefinition.extension:" + name);
        }

        set(value);
        return null;
    }

    private static int? Int(DomainResource r, string name) => (r.GetExtension(IptCodeSystems.Extension(name))?.Value as Integer)?.Value;

    private static int? SubInt(Extension e, string name) => (e.GetExtension(name)?.Value as Integer)?.Value;

    private static bool? SubBool(Extension e, string name) => (e.GetExtension(name)?.Value as FhirBoolean)?.Value;

    private static string? SubCode(Extension e, string name) => (e.GetExtension(name)?.Value as Code)?.Value;
}
