using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Tests.Generators;
using static Ipt.Domain.Tests.Generators.FormulationGenerators;

namespace Ipt.Domain.Tests.Formulation;

public class FormulationPropertyTests
{
    [IptProperty(100)]
    public Property Accepted_formulations_never_exceed_the_maximum()
    {
        Arbitrary<(ProblemArea[] Areas, PositiveInt Max)> arb =
            Arb.Zip(AreaChoices(), ArbMap.Default.ArbFor<PositiveInt>());
        InterpersonalInventory inventory = CompletedInventory();
        return Prop.ForAll(arb, input =>
        {
            int max = Math.Min(input.Max.Get, 8);
            FormulationRules rules = FormulationRules.StandardIpt with
            {
                MaxFocusAreas = max,
                AllowedAreas = Enum.GetValues<ProblemArea>(),
                DeficitsOnlyWhenNoOtherAreaFits = false,
            };
            var formulation = new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode,
                input.Areas.Select(a => FormulationFocus.Of(DetailFor(a))), AgreedAfter(inventory));
            Result<FormulationCheck> r = formulation.Check(rules, inventory);
            bool distinct = input.Areas.Distinct().Count() == input.Areas.Length;
            bool shouldAccept = input.Areas.Length >= 1 && input.Areas.Length <= max && distinct;
            return r.IsSuccess == shouldAccept
                && (!r.IsSuccess || r.Value.Formulation.Foci.Count <= rules.MaxFocusAreas)
                && (input.Areas.Length <= max || r.Error!.Code == FormulationErrors.TooManyFociCode);
        });
    }

    [IptProperty(300)]
    public Property Deficits_finding_appears_iff_a_qualifying_event_is_near_onset()
    {
        Arbitrary<((LifeEventKind Kind, int Days)[] Events, (NonNegativeInt Before, NonNegativeInt After) Window)> arb =
            Arb.Zip(TimelineEvents(), Arb.Zip(ArbMap.Default.ArbFor<NonNegativeInt>(), ArbMap.Default.ArbFor<NonNegativeInt>()));
        return Prop.ForAll(arb, input =>
        {
            int before = input.Window.Before.Get * 3;
            int after = input.Window.After.Get;
            FormulationRules rules = FormulationRules.StandardIpt with { NearOnsetDaysBefore = before, NearOnsetDaysAfter = after };
            InterpersonalInventory inventory = CompletedInventory(input.Events.Select(e => Event(e.Kind, e.Days)).ToArray());
            bool expected = input.Events.Any(e =>
                e.Kind != LifeEventKind.Other && e.Days >= -before && e.Days <= after);
            FormulationCheck check = InterpersonalFormulation
                .For(TargetCondition.MajorDepressiveEpisode, DetailFor(ProblemArea.InterpersonalDeficits), AgreedAfter(inventory))
                .Check(rules, inventory).Value;
            return check.Has(FormulationErrors.DeficitsDespiteOnsetEventFinding) == expected;
        });
    }
}

public class PrivacyPropertyTests
{
    [IptProperty(100)]
    public Property Labels_never_appear_in_messages_or_printed_forms()
    {
        return Prop.ForAll(LabelTexts(), text =>
        {
            var texts = new List<string>();
            PersonLabel label = PersonLabel.From(text);
            InventoryPerson person = Person(1, text) with { Notes = PrivateNote.From(text) };
            var focus = new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Dissolution)
            {
                OtherPartyLabel = label,
                OtherPartyPerson = PersonId.From(1),
                NonReciprocalExpectations = [PrivateNote.From(text)],
            };
            var evt = new LifeEvent(LifeEventKind.Death, Onset.AddDays(-3)) { Note = PrivateNote.From(text), Person = PersonId.From(1) };
            texts.AddRange([label.ToString(), person.ToString(), focus.ToString(), evt.ToString()]);

            // Broken inventories: every inventory error with a labelled person present.
            texts.Add(new InterpersonalInventory(Onset, [person, Person(1, text)], []).Complete(InventoryRules.Default, Onset).Error!.ToString());
            texts.Add(new InterpersonalInventory(Onset, [person with { Ring = ClosenessRing.From(9) }], []).Complete(InventoryRules.Default, Onset).Error!.ToString());
            texts.Add(new InterpersonalInventory(Onset, [person], [evt with { Person = PersonId.From(2) }]).Complete(InventoryRules.Default, Onset).Error!.ToString());
            InterpersonalInventory inventory = CompletedInventory([person], [evt]);
            texts.Add(inventory.ToString());

            // Formulation errors, findings and printed forms.
            var formulation = InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, focus, AgreedAfter(inventory));
            Result<FormulationCheck> ok = formulation.Check(FormulationRules.StandardIpt, inventory);
            texts.Add(formulation.ToString());
            texts.Add(ok.ToString());
            texts.AddRange(ok.Value.Findings.Select(f => f.ToString()));
            texts.Add(new InterpersonalFormulation(TargetCondition.Other, [new FormulationFocus(ProblemArea.Grief, focus)], AgreedAfter(inventory))
                .Check(FormulationRules.StandardIpt, inventory).ToString());
            texts.Add(formulation.Check(FormulationRules.StandardIpt, null).ToString());
            texts.Add(focus.MoveTo(DisputeStage.Impasse).ToString());
            texts.Add(ProblemAreaCatalog.Parse(text).ToString());
            texts.Add(global::Ipt.Domain.Techniques.TechniqueCatalog.RequireIpt(text).ToString());
            try
            {
                PersonLabel.From(text + new string('x', PersonLabel.MaxLength));
            }
            catch (ArgumentException e)
            {
                texts.Add(e.Message);
            }

            return texts.All(t => !t.Contains(text, StringComparison.Ordinal));
        });
    }
}
