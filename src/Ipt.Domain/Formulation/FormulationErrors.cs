using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>
/// Stable error and finding codes of the interpersonal inventory and formulation rules. Codes are public API;
/// messages never repeat labels or notes.
/// </summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class FormulationErrors
{
    /// <summary>Inventory: no symptom-onset date.</summary>
    public const string OnsetMissingCode = "inventory.onset-missing";

    /// <summary>Inventory: fewer important people than the rules require.</summary>
    public const string NoPeopleCode = "inventory.no-people";

    /// <summary>Inventory: two people share an id.</summary>
    public const string DuplicatePersonCode = "inventory.person-duplicate";

    /// <summary>Inventory: a closeness ring beyond the configured ring count.</summary>
    public const string RingOutOfRangeCode = "inventory.ring-out-of-range";

    /// <summary>Inventory: a life event refers to a person not in the inventory.</summary>
    public const string EventPersonUnknownCode = "inventory.event-person-unknown";

    /// <summary>Inventory: a life event is dated after the inventory's completion.</summary>
    public const string EventAfterCompletionCode = "inventory.event-after-completion";

    /// <summary>Inventory: completion dated before symptom onset.</summary>
    public const string CompletedBeforeOnsetCode = "inventory.completed-before-onset";

    /// <summary>Formulation: no focus area.</summary>
    public const string NoFocusCode = "formulation.no-focus";

    /// <summary>Formulation: more focus areas than the protocol allows.</summary>
    public const string TooManyFociCode = "formulation.too-many-foci";

    /// <summary>Formulation: the same area chosen twice.</summary>
    public const string DuplicateAreaCode = "formulation.duplicate-area";

    /// <summary>Formulation: an area the protocol variant does not use (C04).</summary>
    public const string AreaNotAllowedCode = "formulation.area-not-allowed";

    /// <summary>Formulation: a focus's detail belongs to another area.</summary>
    public const string FocusDetailMismatchCode = "formulation.focus-detail-mismatch";

    /// <summary>Formulation: a grief focus on a non-death loss where the protocol keeps the Guide's definition (C30).</summary>
    public const string GriefLossNotDeathCode = "formulation.grief-loss-not-death";

    /// <summary>Formulation: interpersonal deficits chosen together with another area ("none of the above" [S02]).</summary>
    public const string DeficitsWithOtherAreaCode = "formulation.deficits-with-other-area";

    /// <summary>Formulation: no recorded patient agreement.</summary>
    public const string NotAgreedCode = "formulation.not-agreed";

    /// <summary>Formulation: the inventory is missing or not completed.</summary>
    public const string InventoryIncompleteCode = "formulation.inventory-incomplete";

    /// <summary>Formulation: agreement dated before the inventory was completed.</summary>
    public const string AgreedBeforeInventoryCode = "formulation.agreed-before-inventory";

    /// <summary>Formulation: a focus refers to a person not in the inventory.</summary>
    public const string FocusPersonUnknownCode = "formulation.focus-person-unknown";

    /// <summary>Finding: a second focus while a single focus is preferred [S14].</summary>
    public const string SecondFocusFinding = "formulation.second-focus";

    /// <summary>Finding: deficits chosen while the timeline shows a death, dispute or transition near onset [S02][S07].</summary>
    public const string DeficitsDespiteOnsetEventFinding = "formulation.deficits-despite-onset-event";

    /// <summary>Finding: deficits chosen although relationships were adequate before the episode [S23].</summary>
    public const string DeficitsPriorFunctioningAdequateFinding = "formulation.deficits-prior-functioning-adequate";

    /// <summary>Finding: deficits chosen before the history of prior functioning was taken [S23].</summary>
    public const string DeficitsPriorFunctioningNotAssessedFinding = "formulation.deficits-prior-functioning-not-assessed";

    /// <summary>Finding: deficits carry a poorer prognosis (RULE-08 [S02]).</summary>
    public const string DeficitsPoorerPrognosisFinding = "formulation.deficits-poorer-prognosis";

    /// <summary>Finding: a grief focus on a death while the inventory timeline records no death.</summary>
    public const string GriefNoDeathRecordedFinding = "formulation.grief-no-death-recorded";

    internal static DomainError OnsetMissing() => new(OnsetMissingCode, "The inventory needs the date of symptom onset.");

    internal static DomainError NoPeople(int minimum) =>
        new(NoPeopleCode, "The inventory needs at least " + minimum + " important person(s).");

    internal static DomainError DuplicatePerson(PersonId id) =>
        new(DuplicatePersonCode, "Two people in the inventory share the id " + id + ".");

    internal static DomainError RingOutOfRange(PersonId id, int ringCount) =>
        new(RingOutOfRangeCode, "Person " + id + " is placed outside the " + ringCount + " rings of the closeness circle.");

    internal static DomainError EventPersonUnknown(PersonId id) =>
        new(EventPersonUnknownCode, "A life event refers to person " + id + ", who is not in the inventory.");

    internal static DomainError EventAfterCompletion() =>
        new(EventAfterCompletionCode, "A life event is dated after the inventory's completion date.");

    internal static DomainError CompletedBeforeOnset() =>
        new(CompletedBeforeOnsetCode, "The inventory cannot be completed before the date of symptom onset.");

    internal static DomainError NoFocus() => new(NoFocusCode, "A formulation needs at least one focus problem area.");

    internal static DomainError TooManyFoci(int count, int maximum) =>
        new(TooManyFociCode, "The formulation names " + count + " focus areas; the protocol allows at most " + maximum + ".");

    internal static DomainError DuplicateArea(ProblemArea area) =>
        new(DuplicateAreaCode, "The problem area " + ProblemAreaCatalog.Code(area) + " is named more than once.");

    internal static DomainError AreaNotAllowed(ProblemArea area) =>
        new(AreaNotAllowedCode, "The protocol does not use the problem area " + ProblemAreaCatalog.Code(area) + ".");

    internal static DomainError FocusDetailMismatch(ProblemArea area, ProblemArea detailArea) =>
        new(FocusDetailMismatchCode,
            "The focus on " + ProblemAreaCatalog.Code(area) + " carries detail for " + ProblemAreaCatalog.Code(detailArea) + ".");

    internal static DomainError GriefLossNotDeath() =>
        new(GriefLossNotDeathCode, "This protocol restricts grief to the death of a significant person; a non-death loss is variant-specific (C30).");

    internal static DomainError DeficitsWithOtherArea() =>
        new(DeficitsWithOtherAreaCode, "Interpersonal deficits are chosen only when no other problem area fits, so they cannot be combined with another focus.");

    internal static DomainError NotAgreed() => new(NotAgreedCode, "The patient's explicit agreement to the formulation has not been recorded.");

    internal static DomainError InventoryIncomplete() =>
        new(InventoryIncompleteCode, "The formulation cannot be agreed before the interpersonal inventory is complete.");

    internal static DomainError AgreedBeforeInventory() =>
        new(AgreedBeforeInventoryCode, "The formulation's agreement date is before the date the inventory was completed.");

    internal static DomainError FocusPersonUnknown(PersonId id) =>
        new(FocusPersonUnknownCode, "A focus refers to person " + id + ", who is not in the inventory.");
}
