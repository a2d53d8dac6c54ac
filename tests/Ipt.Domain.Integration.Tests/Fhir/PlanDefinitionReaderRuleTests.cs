#nullable disable warnings
using System;
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Fhir;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>
/// The PlanDefinition reader's rules one at a time: which element is required and named in the refusal, which is
/// optional and what it reads as when absent, and which foreign content (another system's codes, actions and
/// citations) it passes over. Each test edits a PlanDefinition the mapping wrote, so the rest of it stays valid.
/// </summary>
public sealed class PlanDefinitionReaderRuleTests
{
    private static PlanDefinition Pd(ProtocolDefinition protocol = null) => (protocol ?? StandardIpt.Definition).ToPlanDefinition(FhirTestData.Settings);

    private static string Url(string name) => IptCodeSystems.Extension(name);

    private static ProtocolDefinition Read(PlanDefinition pd)
    {
        Result<ProtocolDefinition> r = pd.ToProtocol();
        Assert.True(r.IsSuccess, r.Error?.Code + " " + r.Error?.Message);
        return r.Value;
    }

    private static void AssertRefused(PlanDefinition pd, string code, string element)
    {
        Result<ProtocolDefinition> r = pd.ToProtocol();
        Assert.True(r.IsFailure, "read although " + element + " was wrong");
        Assert.Equal(code, r.Error.Code);
        Assert.Contains(element, r.Error.Message, StringComparison.Ordinal);
    }

    private static ProtocolDefinition With(Func<ProtocolDefinition, bool> predicate) => BuiltInProtocols.All.First(predicate);

    private static PlanDefinition.ActionComponent PhaseAction(PlanDefinition pd, int index = 0) =>
        pd.Action.Where(a => a.Code.Any(c => c.Coding.Any(k => k.System == IptCodeSystems.Phase))).ElementAt(index);

    private static PlanDefinition.ActionComponent ScheduleAction(PlanDefinition pd) =>
        pd.Action.First(a => a.GetExtension(Url("measurement-schedule")) is not null);

    [Fact]
    public void The_id_is_the_protocol_identifier_else_the_resource_id_and_one_of_them_is_required()
    {
        PlanDefinition foreignFirst = Pd();
        foreignFirst.Identifier.Insert(0, new Identifier("http://example.org/ids", "x-9"));
        foreignFirst.Id = "another-id";
        Assert.Equal("ipt", Read(foreignFirst).Id);

        PlanDefinition byId = Pd();
        byId.Identifier.Clear();
        byId.Id = "ipt-local";
        Assert.Equal("ipt-local", Read(byId).Id);

        byId.Id = null;
        AssertRefused(byId, FhirMappingErrors.ElementMissingCode, "PlanDefinition.identifier");
    }

    [Fact]
    public void A_blank_title_is_refused_as_missing_and_the_subtitle_is_the_abbreviation_when_present()
    {
        PlanDefinition blank = Pd();
        blank.Title = "  ";
        AssertRefused(blank, FhirMappingErrors.ElementMissingCode, "PlanDefinition.title");

        PlanDefinition renamed = Pd();
        renamed.Subtitle = "IPT-X";
        Assert.Equal("IPT-X", Read(renamed).Abbreviation);

        PlanDefinition none = Pd();
        none.Subtitle = null;
        Assert.Equal("IPT", Read(none).Abbreviation); // the builder's default: the id in upper case
    }

    [Fact]
    public void A_missing_description_reads_as_empty()
    {
        PlanDefinition pd = Pd();
        pd.Description = null;
        Assert.Equal(string.Empty, Read(pd).Description);
    }

    [Theory]
    [InlineData("family")]
    [InlineData("format")]
    [InlineData("cadence")]
    public void A_family_format_or_cadence_of_another_code_is_refused_and_an_absent_one_is_the_default(string name)
    {
        PlanDefinition unknown = Pd();
        unknown.SetExtension(Url(name), new Code("warp"));
        AssertRefused(unknown, FhirMappingErrors.CodeUnknownCode, "PlanDefinition.extension:" + name);

        PlanDefinition wrongType = Pd();
        wrongType.SetExtension(Url(name), new FhirString(Codes.Of(TherapyFamily.Ipt)));
        AssertRefused(wrongType, FhirMappingErrors.CodeUnknownCode, "PlanDefinition.extension:" + name);

        // DIT is none of the defaults (IPT family, individual, weekly) in at least one of the three
        ProtocolDefinition dit = With(p => p.Family != TherapyFamily.Ipt);
        PlanDefinition absent = Pd(dit);
        absent.RemoveExtension(Url(name));
        ProtocolDefinition read = Read(absent);
        Assert.Equal(name == "family" ? TherapyFamily.Ipt : dit.Family, read.Family);
        Assert.Equal(name == "format" ? TherapyFormat.Individual : dit.Format, read.Format);
        Assert.Equal(name == "cadence" ? Cadence.Weekly : dit.Cadence, read.Cadence);
    }

    [Theory]
    [InlineData("session-minutes-min", "extension:session-minutes")]
    [InlineData("session-minutes-max", "extension:session-minutes")]
    [InlineData("sessions-planned", "extension:sessions")]
    [InlineData("sessions-minimum", "extension:sessions")]
    [InlineData("sessions-maximum", "extension:sessions")]
    [InlineData("sessions-hard-cap", "extension:sessions")]
    public void Each_session_length_and_count_is_required(string name, string element)
    {
        PlanDefinition pd = Pd();
        pd.RemoveExtension(Url(name));
        AssertRefused(pd, FhirMappingErrors.ElementMissingCode, element);
    }

    [Fact]
    public void An_absent_termination_notice_is_none()
    {
        ProtocolDefinition withNotice = With(p => p.TerminationNoticeSessions > 0);
        PlanDefinition pd = Pd(withNotice);
        pd.RemoveExtension(Url("termination-notice-sessions"));
        Assert.Equal(0, Read(pd).TerminationNoticeSessions);
    }

    [Fact]
    public void A_calendar_span_below_one_week_is_refused_at_its_element_and_one_week_reads()
    {
        ProtocolDefinition spanned = With(p => p.CalendarSpanWeeks is not null);
        PlanDefinition zero = Pd(spanned);
        zero.SetExtension(Url("calendar-span-weeks"), new Integer(0));
        AssertRefused(zero, FhirMappingErrors.ValueOutOfRangeCode, "extension:calendar-span-weeks");

        PlanDefinition one = Pd(spanned);
        one.SetExtension(Url("calendar-span-weeks"), new Integer(1));
        Assert.Equal(1, Read(one).CalendarSpanWeeks);

        PlanDefinition none = Pd(spanned);
        none.RemoveExtension(Url("calendar-span-weeks"));
        Assert.Null(Read(none).CalendarSpanWeeks);
    }

    [Fact]
    public void Counted_attendance_of_another_code_is_refused_and_none_written_counts_attended_sessions_only()
    {
        PlanDefinition unknown = Pd();
        unknown.Extension.Add(new Extension(Url("counted-attendance"), new Code("late-arrival")));
        AssertRefused(unknown, FhirMappingErrors.CodeUnknownCode, "extension:counted-attendance");

        PlanDefinition none = Pd();
        none.RemoveExtension(Url("counted-attendance"));
        ProtocolDefinition read = Read(none);
        foreach (Attendance a in Enum.GetValues<Attendance>())
        {
            Assert.Equal(a == Attendance.Attended, read.CountsTowardContract(a));
        }
    }

    [Fact]
    public void Rules_named_without_a_name_are_refused_as_unknown_rules()
    {
        PlanDefinition pd = Pd(With(p => !ReferenceEquals(p.Rules, ProtocolRules.None)));
        pd.SetExtension(Url("rules"), new FhirString(null));
        AssertRefused(pd, FhirMappingErrors.ProtocolRulesUnknownCode, "protocol rules");
    }

    [Fact]
    public void Formulation_rules_read_their_defaults_for_every_absent_part_and_refuse_an_unknown_area()
    {
        PlanDefinition absent = Pd();
        absent.RemoveExtension(Url("formulation-rules"));
        FormulationRules d = FormulationRules.StandardIpt;
        FormulationRules read = Read(absent).Formulation;
        Assert.Equal(
            (d.MaxFocusAreas, d.RequiresInventory, d.PreferSingleFocus, d.DeficitsOnlyWhenNoOtherAreaFits, d.NearOnsetDaysBefore, d.NearOnsetDaysAfter, d.AllowNonDeathGrief),
            (read.MaxFocusAreas, read.RequiresInventory, read.PreferSingleFocus, read.DeficitsOnlyWhenNoOtherAreaFits, read.NearOnsetDaysBefore, read.NearOnsetDaysAfter, read.AllowNonDeathGrief));

        // a protocol whose formulation rules differ from the standard's: each part removed reads as the standard's
        ProtocolDefinition other = With(p => p.Formulation.MaxFocusAreas != d.MaxFocusAreas || p.Formulation.PreferSingleFocus != d.PreferSingleFocus ||
            p.Formulation.AllowNonDeathGrief != d.AllowNonDeathGrief || p.Formulation.RequiresInventory != d.RequiresInventory);
        PlanDefinition emptied = Pd(other);
        emptied.GetExtension(Url("formulation-rules")).Extension.RemoveAll(e => e.Url != "allowed-area");
        FormulationRules back = Read(emptied).Formulation;
        Assert.Equal(
            (d.MaxFocusAreas, d.RequiresInventory, d.PreferSingleFocus, d.DeficitsOnlyWhenNoOtherAreaFits, d.NearOnsetDaysBefore, d.NearOnsetDaysAfter, d.AllowNonDeathGrief),
            (back.MaxFocusAreas, back.RequiresInventory, back.PreferSingleFocus, back.DeficitsOnlyWhenNoOtherAreaFits, back.NearOnsetDaysBefore, back.NearOnsetDaysAfter, back.AllowNonDeathGrief));

        PlanDefinition area = Pd();
        area.GetExtension(Url("formulation-rules")).Extension.Add(new Extension("allowed-area", new Code("loneliness")));
        AssertRefused(area, FhirMappingErrors.CodeUnknownCode, "formulation-rules.allowed-area");
    }

    [Fact]
    public void Inventory_rules_absent_or_emptied_read_as_the_default_inventory()
    {
        PlanDefinition absent = Pd();
        absent.RemoveExtension(Url("inventory-rules"));
        Assert.Equal(InventoryRules.Default, Read(absent).Inventory);

        PlanDefinition emptied = Pd();
        emptied.GetExtension(Url("inventory-rules")).Extension.Clear();
        Assert.Equal(InventoryRules.Default, Read(emptied).Inventory);
    }

    [Theory]
    [InlineData("task")]
    [InlineData("from-phase")]
    public void An_early_task_with_an_unknown_task_or_phase_is_refused(string part)
    {
        PlanDefinition pd = Pd(With(p => p.EarlyTasks.Count > 0));
        Extension early = pd.Extension.First(e => e.Url == Url("early-task"));
        early.SetExtension(part, new Code("warp"));
        AssertRefused(pd, FhirMappingErrors.CodeUnknownCode, "extension:early-task");
    }

    [Fact]
    public void Citations_without_an_evidence_status_and_other_artifacts_are_not_provenance_and_an_unknown_status_is_refused()
    {
        ProtocolDefinition p = StandardIpt.Definition;
        PlanDefinition pd = Pd(p);
        var documentation = new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Documentation, Label = "Manual", Display = "x" };
        documentation.Extension.Add(new Extension(Url("evidence-status"), new Coding(IptCodeSystems.EvidenceStatus, Codes.Of(EvidenceStatus.Confirmed))));
        pd.RelatedArtifact.Add(documentation);
        pd.RelatedArtifact.Add(new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Citation, Label = "Other", Citation = "Someone 2020" });
        Assert.Equal(p.Provenance.ToArray(), Read(pd).Provenance.ToArray());

        PlanDefinition unknown = Pd(p);
        unknown.RelatedArtifact[0].GetExtension(Url("evidence-status")).Value = new Coding(IptCodeSystems.EvidenceStatus, "rumour");
        AssertRefused(unknown, FhirMappingErrors.CodeUnknownCode, "relatedArtifact.extension:evidence-status");
    }

    [Fact]
    public void Actions_and_sub_actions_of_another_system_are_passed_over()
    {
        ProtocolDefinition p = StandardIpt.Definition;
        PlanDefinition pd = Pd(p);
        pd.Action.Insert(0, new PlanDefinition.ActionComponent { Title = "Intake call" });
        pd.Action.Add(new PlanDefinition.ActionComponent { Title = "Coded elsewhere", Code = [new CodeableConcept("http://example.org/cs", "x")] });
        PhaseAction(pd).Action.Add(new PlanDefinition.ActionComponent { Title = "Offer tea", Code = [new CodeableConcept("http://example.org/cs", "tea")] });
        PhaseAction(pd).Action.Add(new PlanDefinition.ActionComponent { Title = "Uncoded" });
        ProtocolDefinition read = Read(pd);
        Assert.Equal(p.Phases.ToArray(), read.Phases.ToArray());
    }

    [Fact]
    public void A_phase_action_needs_a_session_range_of_a_known_kind_a_known_task_and_a_title()
    {
        PlanDefinition noRange = Pd();
        PhaseAction(noRange).RemoveExtension(Url("session-range"));
        AssertRefused(noRange, FhirMappingErrors.ElementMissingCode, "action.extension:session-range");

        PlanDefinition kind = Pd();
        PhaseAction(kind).GetExtension(Url("session-range")).SetExtension("kind", new Code("warp"));
        AssertRefused(kind, FhirMappingErrors.CodeUnknownCode, "session-range.kind");

        PlanDefinition task = Pd();
        PhaseAction(task).Action[0].Code[0].Coding[0].Code = "warp";
        AssertRefused(task, FhirMappingErrors.CodeUnknownCode, "action.action.code");

        PlanDefinition title = Pd();
        PhaseAction(title).Title = " ";
        AssertRefused(title, FhirMappingErrors.ElementMissingCode, "action.title");
    }

    [Theory]
    [InlineData(0, 3)] // counted from session 0
    [InlineData(3, 2)] // last before first
    public void A_counted_session_range_that_is_not_a_range_is_refused(int first, int last)
    {
        PlanDefinition pd = Pd();
        Extension range = PhaseAction(pd).GetExtension(Url("session-range"));
        range.SetExtension("first", new Integer(first));
        range.SetExtension("last", new Integer(last));
        AssertRefused(pd, FhirMappingErrors.ValueOutOfRangeCode, "action.extension:session-range");
    }

    [Fact]
    public void A_one_session_range_is_a_range_which_the_builder_then_judges()
    {
        PlanDefinition pd = Pd(); // initial 1-3 shortened to 1-1 leaves a gap before the middle phase
        PhaseAction(pd).GetExtension(Url("session-range")).SetExtension("last", new Integer(1));
        Result<ProtocolDefinition> r = pd.ToProtocol();
        Assert.True(r.IsFailure);
        Assert.StartsWith("protocol.", r.Error.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pre_treatment_range_needs_at_least_one_session()
    {
        ProtocolDefinition p = With(x => x.Phases.Any(ph => ph.Sessions.Kind == SessionRangeKind.PreTreatment));
        PlanDefinition pd = Pd(p);
        int index = p.Phases.ToList().FindIndex(ph => ph.Sessions.Kind == SessionRangeKind.PreTreatment);
        PhaseAction(pd, index).GetExtension(Url("session-range")).SetExtension("last", new Integer(0));
        AssertRefused(pd, FhirMappingErrors.ValueOutOfRangeCode, "action.extension:session-range");
    }

    [Fact]
    public void A_measurement_schedule_needs_an_id_an_instrument_and_a_known_cadence()
    {
        PlanDefinition noId = Pd();
        ScheduleAction(noId).GetExtension(Url("measurement-schedule")).RemoveExtension("id");
        AssertRefused(noId, FhirMappingErrors.ElementMissingCode, "extension:measurement-schedule");

        PlanDefinition blankId = Pd();
        ScheduleAction(blankId).GetExtension(Url("measurement-schedule")).SetExtension("id", new FhirString(" "));
        AssertRefused(blankId, FhirMappingErrors.ElementMissingCode, "extension:measurement-schedule");

        PlanDefinition noInstrument = Pd();
        ScheduleAction(noInstrument).Action.Clear();
        AssertRefused(noInstrument, FhirMappingErrors.ElementMissingCode, "extension:measurement-schedule");

        PlanDefinition cadence = Pd();
        ScheduleAction(cadence).GetExtension(Url("measurement-schedule")).SetExtension("cadence", new Code("hourly"));
        AssertRefused(cadence, FhirMappingErrors.CodeUnknownCode, "measurement-schedule.cadence");
    }

    [Fact]
    public void A_schedule_passes_over_uncoded_measures_and_reads_absent_sources_as_empty()
    {
        ProtocolDefinition p = StandardIpt.Definition;
        PlanDefinition pd = Pd(p);
        PlanDefinition.ActionComponent schedule = ScheduleAction(pd);
        schedule.Action.Add(new PlanDefinition.ActionComponent { Title = "blank", Code = [new CodeableConcept(IptCodeSystems.Instrument, " ")] });
        schedule.Action.Add(new PlanDefinition.ActionComponent { Title = "elsewhere", Code = [new CodeableConcept("http://example.org/cs", "bdi")] });
        schedule.GetExtension(Url("measurement-schedule")).RemoveExtension("sources");
        MeasurementSchedule read = Read(pd).MeasurementSchedules[0];
        Assert.Equal(p.MeasurementSchedules[0].InstrumentCodes.ToArray(), read.InstrumentCodes.ToArray());
        Assert.Equal(string.Empty, read.SourceTags);
    }

    [Fact]
    public void An_every_nth_session_schedule_needs_an_interval_of_at_least_two_and_an_absent_final_flag_is_false()
    {
        ProtocolDefinition p = With(x => x.MeasurementSchedules.Any(s => s.Cadence == MeasurementCadence.EveryNthSession && s.IncludesFinalSession));
        int index = p.MeasurementSchedules.ToList().FindIndex(s => s.Cadence == MeasurementCadence.EveryNthSession);
        Extension Ext(PlanDefinition pd) => pd.Action.Where(a => a.GetExtension(Url("measurement-schedule")) is not null).ElementAt(index).GetExtension(Url("measurement-schedule"));

        PlanDefinition one = Pd(p);
        Ext(one).SetExtension("interval-sessions", new Integer(1));
        AssertRefused(one, FhirMappingErrors.ValueOutOfRangeCode, "measurement-schedule.interval-sessions");

        PlanDefinition two = Pd(p);
        Ext(two).SetExtension("interval-sessions", new Integer(2));
        Assert.Equal(2, Read(two).MeasurementSchedules[index].IntervalSessions);

        PlanDefinition noFinal = Pd(p);
        Ext(noFinal).RemoveExtension("includes-final-session");
        Assert.False(Read(noFinal).MeasurementSchedules[index].IncludesFinalSession);
    }

    [Fact]
    public void Read_settings_hold_the_rules_of_every_built_in_protocol_by_type_name_and_take_more()
    {
        ProtocolRules[] builtIn = BuiltInProtocols.All.Select(p => p.Rules).Where(r => !ReferenceEquals(r, ProtocolRules.None)).Distinct().ToArray();
        Assert.NotEmpty(builtIn);
        Assert.Equal(builtIn.Select(PlanDefinitionReadSettings.RulesName).Distinct().OrderBy(n => n, StringComparer.Ordinal),
            PlanDefinitionReadSettings.Default.Rules.Keys.OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain(PlanDefinitionReadSettings.RulesName(ProtocolRules.None), PlanDefinitionReadSettings.Default.Rules.Keys);
        Assert.Equal(builtIn[0].GetType().FullName, PlanDefinitionReadSettings.RulesName(builtIn[0]));

        var none = new PlanDefinitionReadSettings { Rules = System.Collections.Immutable.ImmutableDictionary<string, ProtocolRules>.Empty };
        PlanDefinitionReadSettings one = none.WithRules(builtIn[0]);
        Assert.Same(builtIn[0], one.Rules[PlanDefinitionReadSettings.RulesName(builtIn[0])]);
        Assert.Empty(none.Rules); // settings are values: adding made a new one
        Assert.Throws<ArgumentNullException>(() => PlanDefinitionReadSettings.RulesName(null));
    }
}
