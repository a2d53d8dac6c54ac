#nullable disable warnings
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Fhir;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

public sealed class PlanDefinitionTests
{
    public static TheoryData<string> ProtocolIds() => new(BuiltInProtocols.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(ProtocolIds))]
    public void Every_built_in_protocol_validates_as_a_plan_definition(string id)
    {
        FhirValidation.AssertValid(BuiltInProtocols.Catalog.Get(id).Value.ToPlanDefinition(FhirTestData.Settings));
    }

    [Theory]
    [MemberData(nameof(ProtocolIds))]
    public void Every_built_in_protocol_reads_back_equal_through_json(string id)
    {
        ProtocolDefinition p = BuiltInProtocols.Catalog.Get(id).Value;
        string json = FhirJson.Serialize(p.ToPlanDefinition(FhirTestData.Settings));
        Result<ProtocolDefinition> back = PlanDefinitionReader.ReadProtocol(json);
        Assert.True(back.IsSuccess, back.Error?.Code + " " + back.Error?.Message);
        ProtocolAssert.Equal(p, back.Value);
    }

    [Fact]
    public void Plan_definition_is_a_clinical_protocol_with_phases_in_order_and_tasks_nested()
    {
        PlanDefinition pd = StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings);
        Assert.Equal("clinical-protocol", pd.Type.Coding.Single().Code);
        Assert.Equal(FhirTestData.Settings.PlanDefinitionUrl("ipt"), pd.Url);
        PlanDefinition.ActionComponent[] phases = pd.Action.Where(a => a.Code.Any(c => c.Coding[0].System == IptCodeSystems.Phase)).ToArray();
        Assert.Equal(StandardIpt.Definition.Phases.Select(p => Codes.Of(p.Kind)), phases.Select(a => a.ElementId));
        Assert.Equal(StandardIpt.InitialTasks.Count, phases[0].Action.Count);
        Assert.Equal("initial", phases[1].RelatedAction.Single().ActionId);
        Assert.Equal(3, phases[0].Timing is Timing t ? t.Repeat.Count : null);
        Assert.Contains(pd.Action, a => a.Action.Any(m => m.Definition is Canonical c && c.Value == FhirTestData.Settings.QuestionnaireUrl("phq-9")));
    }

    [Fact]
    public void A_plan_definition_that_cannot_be_a_protocol_is_refused_with_the_builder_error()
    {
        PlanDefinition pd = StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings);
        pd.Extension.First(e => e.Url == IptCodeSystems.Extension("sessions-minimum")).Value = new Integer(30);
        Result<ProtocolDefinition> r = pd.ToProtocol();
        Assert.Equal(ProtocolErrors.SessionCountsOutOfOrder, r.Error?.Code);

        PlanDefinition gap = StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings);
        gap.Action.RemoveAt(1);
        Assert.StartsWith("protocol.", gap.ToProtocol().Error?.Code, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_codes_and_rules_are_typed_errors()
    {
        PlanDefinition pd = StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings);
        pd.Action[0].Code[0].Coding[0].Code = "warp-phase";
        Assert.Equal(FhirMappingErrors.CodeUnknownCode, pd.ToProtocol().Error?.Code);

        ProtocolDefinition conjoint = BuiltInProtocols.All.First(p => !ReferenceEquals(p.Rules, ProtocolRules.None));
        PlanDefinition withRules = conjoint.ToPlanDefinition(FhirTestData.Settings);
        var none = new PlanDefinitionReadSettings { Rules = System.Collections.Immutable.ImmutableDictionary<string, ProtocolRules>.Empty };
        Assert.Equal(FhirMappingErrors.ProtocolRulesUnknownCode, withRules.ToProtocol(none).Error?.Code);
        Assert.Same(conjoint.Rules, withRules.ToProtocol().Value.Rules);

        PlanDefinition negative = StandardIpt.Definition.ToPlanDefinition(FhirTestData.Settings);
        negative.GetExtension(IptCodeSystems.Extension("inventory-rules")).Extension[0].Value = new Integer(-4);
        Assert.Equal(FhirMappingErrors.ValueOutOfRangeCode, negative.ToProtocol().Error?.Code);
    }
}

internal static class ProtocolAssert
{
    public static void Equal(ProtocolDefinition a, ProtocolDefinition b)
    {
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Name, b.Name);
        Assert.Equal(a.Abbreviation, b.Abbreviation);
        Assert.Equal(a.Description, b.Description);
        Assert.Equal(a.Family, b.Family);
        Assert.Equal(a.Format, b.Format);
        Assert.Equal(a.Cadence, b.Cadence);
        Assert.Equal(a.MinSessionMinutes, b.MinSessionMinutes);
        Assert.Equal(a.MaxSessionMinutes, b.MaxSessionMinutes);
        Assert.Equal(a.Phases.ToArray(), b.Phases.ToArray());
        Assert.Equal(a.Sessions, b.Sessions);
        Assert.Equal(a.TerminationNoticeSessions, b.TerminationNoticeSessions);
        Assert.Equal(a.CalendarSpanWeeks, b.CalendarSpanWeeks);
        Assert.Equal(a.EarlyTasks.OrderBy(e => e.Key), b.EarlyTasks.OrderBy(e => e.Key));
        Assert.Same(a.Rules, b.Rules);
        Assert.Equal(a.Provenance.ToArray(), b.Provenance.ToArray());
        Assert.Equal(
            (a.Formulation.MaxFocusAreas, a.Formulation.RequiresInventory, a.Formulation.PreferSingleFocus, a.Formulation.DeficitsOnlyWhenNoOtherAreaFits,
             a.Formulation.NearOnsetDaysBefore, a.Formulation.NearOnsetDaysAfter, a.Formulation.AllowNonDeathGrief),
            (b.Formulation.MaxFocusAreas, b.Formulation.RequiresInventory, b.Formulation.PreferSingleFocus, b.Formulation.DeficitsOnlyWhenNoOtherAreaFits,
             b.Formulation.NearOnsetDaysBefore, b.Formulation.NearOnsetDaysAfter, b.Formulation.AllowNonDeathGrief));
        Assert.Equal(a.Formulation.AllowedAreas, b.Formulation.AllowedAreas);
        Assert.Equal(a.Inventory, b.Inventory);
        Assert.Equal(a.MeasurementSchedules.ToArray(), b.MeasurementSchedules.ToArray());
        foreach (Attendance at in System.Enum.GetValues<Attendance>())
        {
            Assert.Equal(a.CountsTowardContract(at), b.CountsTowardContract(at));
        }
    }
}
