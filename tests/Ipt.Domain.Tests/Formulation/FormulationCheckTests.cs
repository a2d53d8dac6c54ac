using System;
using System.Linq;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using static Ipt.Domain.Tests.Generators.FormulationGenerators;

namespace Ipt.Domain.Tests.Formulation;

public class FormulationCheckTests
{
    private static readonly FormulationRules Rules = FormulationRules.StandardIpt;

    private static InterpersonalFormulation Agreed(InterpersonalInventory inventory, params ProblemAreaFocus[] details) =>
        new(TargetCondition.MajorDepressiveEpisode, details.Select(FormulationFocus.Of), AgreedAfter(inventory));

    private static string ErrorCode(Result<FormulationCheck> r) => r.Error!.Code;

    [Fact]
    public void Single_dispute_focus_is_accepted_without_findings()
    {
        InterpersonalInventory inv = CompletedInventory(Event(LifeEventKind.Dispute, -30, 1));
        FormulationCheck check = Agreed(inv, new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse) { OtherPartyPerson = PersonId.From(1) })
            .Check(Rules, inv).Value;
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void Default_rules_are_documented_defaults()
    {
        Assert.Equal(2, Rules.MaxFocusAreas);
        Assert.True(Rules.PreferSingleFocus);
        Assert.True(Rules.DeficitsOnlyWhenNoOtherAreaFits);
        Assert.Equal(182, Rules.NearOnsetDaysBefore);
        Assert.Equal(0, Rules.NearOnsetDaysAfter);
        Assert.False(Rules.AllowNonDeathGrief);
        Assert.Equal(ProblemAreaSets.StandardIpt, Rules.AllowedAreas);
    }

    [Fact]
    public void No_focus_is_refused()
    {
        InterpersonalInventory inv = CompletedInventory();
        Assert.Equal(FormulationErrors.NoFocusCode, ErrorCode(Agreed(inv).Check(Rules, inv)));
    }

    [Fact]
    public void A_third_focus_is_too_many()
    {
        InterpersonalInventory inv = CompletedInventory(Event(LifeEventKind.Death, -10));
        var f = Agreed(inv, DetailFor(ProblemArea.Grief), DetailFor(ProblemArea.RoleDispute), DetailFor(ProblemArea.RoleTransition));
        Assert.Equal(FormulationErrors.TooManyFociCode, ErrorCode(f.Check(Rules, inv)));
        Assert.True(f.Check(Rules with { MaxFocusAreas = 3 }, inv).IsSuccess);
    }

    [Fact]
    public void A_second_focus_is_accepted_with_an_advisory_finding()
    {
        InterpersonalInventory inv = CompletedInventory(Event(LifeEventKind.Transition, -10));
        FormulationCheck check = Agreed(inv, DetailFor(ProblemArea.RoleTransition), DetailFor(ProblemArea.RoleDispute)).Check(Rules, inv).Value;
        Finding finding = Assert.Single(check.Findings);
        Assert.Equal(FormulationErrors.SecondFocusFinding, finding.Code);
        Assert.Equal(FormulationFindingSeverity.Advisory, finding.Severity);
        Assert.Empty(Agreed(inv, DetailFor(ProblemArea.RoleTransition), DetailFor(ProblemArea.RoleDispute))
            .Check(Rules with { PreferSingleFocus = false }, inv).Value.Findings);
    }

    [Fact]
    public void Duplicate_area_is_refused()
    {
        InterpersonalInventory inv = CompletedInventory();
        Assert.Equal(FormulationErrors.DuplicateAreaCode,
            ErrorCode(Agreed(inv, DetailFor(ProblemArea.RoleDispute), DetailFor(ProblemArea.RoleDispute)).Check(Rules, inv)));
    }

    [Fact]
    public void Area_outside_the_protocol_set_is_refused()
    {
        InterpersonalInventory inv = CompletedInventory();
        Assert.Equal(FormulationErrors.AreaNotAllowedCode, ErrorCode(Agreed(inv, DetailFor(ProblemArea.SingleParentFamily)).Check(Rules, inv)));
        Assert.Equal(FormulationErrors.AreaNotAllowedCode,
            ErrorCode(Agreed(inv, DetailFor(ProblemArea.Grief)).Check(Rules with { AllowedAreas = ProblemAreaSets.IptAst }, inv)));
        Assert.True(Agreed(inv, DetailFor(ProblemArea.SingleParentFamily)).Check(Rules with { AllowedAreas = ProblemAreaSets.IptA1993 }, inv).IsSuccess);
    }

    [Fact]
    public void Detail_of_another_area_is_a_mismatch()
    {
        InterpersonalInventory inv = CompletedInventory();
        var f = new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode,
            [new FormulationFocus(ProblemArea.RoleTransition, DetailFor(ProblemArea.RoleDispute))], AgreedAfter(inv));
        Result<FormulationCheck> r = f.Check(Rules, inv);
        Assert.Equal(FormulationErrors.FocusDetailMismatchCode, ErrorCode(r));
        Assert.Contains("role-transition", r.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_death_grief_is_variant_specific()
    {
        InterpersonalInventory inv = CompletedInventory();
        var f = Agreed(inv, new GriefFocus(RelationshipKind.FormerPartner, null, GriefType.Normal, LossKind.NonDeathLoss));
        Assert.Equal(FormulationErrors.GriefLossNotDeathCode, ErrorCode(f.Check(Rules, inv)));
        Assert.True(f.Check(Rules with { AllowNonDeathGrief = true }, inv).IsSuccess);
    }

    [Fact]
    public void Deficits_cannot_be_combined_with_another_area()
    {
        InterpersonalInventory inv = CompletedInventory();
        var f = Agreed(inv, DetailFor(ProblemArea.InterpersonalDeficits), DetailFor(ProblemArea.RoleTransition));
        Assert.Equal(FormulationErrors.DeficitsWithOtherAreaCode, ErrorCode(f.Check(Rules, inv)));
        Assert.True(f.Check(Rules with { DeficitsOnlyWhenNoOtherAreaFits = false }, inv).IsSuccess);
    }

    [Fact]
    public void Agreement_is_required()
    {
        InterpersonalInventory inv = CompletedInventory();
        var f = InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, DetailFor(ProblemArea.RoleTransition));
        Assert.Equal(FormulationErrors.NotAgreedCode, ErrorCode(f.Check(Rules, inv)));
        Assert.True(f.AgreedWith(AgreedAfter(inv)).Check(Rules, inv).IsSuccess);
    }

    [Fact]
    public void Agreement_before_the_inventory_is_complete_is_refused()
    {
        var f = InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, DetailFor(ProblemArea.RoleTransition), Onset.AddDays(30));
        Assert.Equal(FormulationErrors.InventoryIncompleteCode, ErrorCode(f.Check(Rules, null)));
        Assert.Equal(FormulationErrors.InventoryIncompleteCode, ErrorCode(f.Check(Rules, new InterpersonalInventory(Onset, [Person(1)], []))));
    }

    [Fact]
    public void Agreement_dated_before_inventory_completion_is_refused()
    {
        InterpersonalInventory inv = CompletedInventory(Event(LifeEventKind.Other, 20));
        var f = InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, DetailFor(ProblemArea.RoleTransition), inv.CompletedOn!.Value.AddDays(-1));
        Assert.Equal(FormulationErrors.AgreedBeforeInventoryCode, ErrorCode(f.Check(Rules, inv)));
        Assert.True(f.AgreedWith(inv.CompletedOn.Value).Check(Rules, inv).IsSuccess);
    }

    [Fact]
    public void Focus_person_must_be_in_the_inventory()
    {
        InterpersonalInventory inv = CompletedInventory();
        var f = Agreed(inv, new RoleDisputeFocus(RelationshipKind.Parent, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(5) });
        Assert.Equal(FormulationErrors.FocusPersonUnknownCode, ErrorCode(f.Check(Rules, inv)));
    }

    [Fact]
    public void Deficits_near_an_onset_event_raise_a_warning()
    {
        InterpersonalInventory inv = CompletedInventory(Event(LifeEventKind.Death, -100));
        FormulationCheck check = Agreed(inv, DetailFor(ProblemArea.InterpersonalDeficits)).Check(Rules, inv).Value;
        Assert.True(check.Has(FormulationErrors.DeficitsDespiteOnsetEventFinding));
        Assert.True(check.Has(FormulationErrors.DeficitsPoorerPrognosisFinding));
        Assert.Equal(FormulationFindingSeverity.Warning, check.Findings.First(f => f.Code == FormulationErrors.DeficitsDespiteOnsetEventFinding).Severity);
    }

    [Theory]
    [InlineData(LifeEventKind.Death, -183, false)]
    [InlineData(LifeEventKind.Death, -182, true)]
    [InlineData(LifeEventKind.Dispute, 0, true)]
    [InlineData(LifeEventKind.Transition, 1, false)]
    [InlineData(LifeEventKind.Other, -10, false)]
    public void Near_onset_window_boundaries(LifeEventKind kind, int days, bool expected)
    {
        InterpersonalInventory inv = CompletedInventory(Event(kind, days));
        Assert.Equal(expected, Agreed(inv, DetailFor(ProblemArea.InterpersonalDeficits)).Check(Rules, inv).Value
            .Has(FormulationErrors.DeficitsDespiteOnsetEventFinding));
    }

    [Theory]
    [InlineData(PriorFunctioning.AdequateBeforeEpisode, FormulationErrors.DeficitsPriorFunctioningAdequateFinding)]
    [InlineData(PriorFunctioning.NotAssessed, FormulationErrors.DeficitsPriorFunctioningNotAssessedFinding)]
    public void Deficits_prior_functioning_findings(PriorFunctioning prior, string code)
    {
        InterpersonalInventory inv = CompletedInventory();
        Assert.True(Agreed(inv, new InterpersonalDeficitsFocus(IsolationPattern.ChronicIsolation, prior)).Check(Rules, inv).Value.Has(code));
    }

    [Fact]
    public void Grief_without_a_recorded_death_is_an_advisory()
    {
        InterpersonalInventory inv = CompletedInventory();
        Assert.True(Agreed(inv, DetailFor(ProblemArea.Grief)).Check(Rules, inv).Value.Has(FormulationErrors.GriefNoDeathRecordedFinding));
        InterpersonalInventory withDeath = CompletedInventory(Event(LifeEventKind.Death, -30));
        Assert.Empty(Agreed(withDeath, DetailFor(ProblemArea.Grief)).Check(Rules, withDeath).Value.Findings);
    }

    [Fact]
    public void ToString_names_codes_only()
    {
        InterpersonalInventory inv = CompletedInventory();
        var f = Agreed(inv, DetailFor(ProblemArea.RoleTransition));
        Assert.Equal("InterpersonalFormulation(MajorDepressiveEpisode: role-transition; agreed " + AgreedAfter(inv).ToString("yyyy-MM-dd") + ")", f.ToString());
        Assert.DoesNotContain("employed", DetailFor(ProblemArea.RoleTransition).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Misuse_throws()
    {
        Assert.Throws<ArgumentNullException>(() => InterpersonalFormulation.For(TargetCondition.Other, null!));
        Assert.Throws<ArgumentNullException>(() => InterpersonalFormulation.For(TargetCondition.Other, DetailFor(ProblemArea.Grief)).Check(null!, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rules with { MaxFocusAreas = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Rules with { NearOnsetDaysBefore = -1 });
    }
}
