using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>
/// The interpersonal formulation (INIT-09): the target condition linked to one (or, where the protocol allows,
/// more) interpersonal problem areas, with the patient's explicit agreement [S06][S52]. Immutable.
/// </summary>
public sealed class InterpersonalFormulation
{
    private readonly FormulationFocus[] _foci;

    /// <summary>Creates a formulation.</summary>
    /// <param name="target">The target condition.</param>
    /// <param name="foci">Focus areas, primary first.</param>
    /// <param name="agreedOn">Date of the patient's explicit agreement, or null when not yet agreed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="foci"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not defined.</exception>
    public InterpersonalFormulation(TargetCondition target, IEnumerable<FormulationFocus> foci, DateOnly? agreedOn = null)
    {
        Guard.Against.Null(foci);
        Target = Guard.Against.UndefinedEnum(target);
        _foci = [.. foci];
        foreach (FormulationFocus focus in _foci)
        {
            Guard.Against.Null(focus, nameof(foci));
        }

        AgreedOn = agreedOn;
    }

    /// <summary>The target condition.</summary>
    public TargetCondition Target { get; }

    /// <summary>Focus areas, primary first.</summary>
    public IReadOnlyList<FormulationFocus> Foci => _foci;

    /// <summary>Date of the patient's explicit agreement, or null.</summary>
    public DateOnly? AgreedOn { get; }

    /// <summary>A formulation on one focus whose area is the detail's own.</summary>
    /// <param name="target">The target condition.</param>
    /// <param name="detail">The focus detail.</param>
    /// <param name="agreedOn">Date of agreement, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    public static InterpersonalFormulation For(TargetCondition target, ProblemAreaFocus detail, DateOnly? agreedOn = null) =>
        new(target, [FormulationFocus.Of(detail)], agreedOn);

    /// <summary>A copy with the patient's agreement recorded on <paramref name="agreedOn"/>.</summary>
    /// <param name="agreedOn">Date of agreement.</param>
    public InterpersonalFormulation AgreedWith(DateOnly agreedOn) => new(Target, _foci, agreedOn);

    /// <summary>
    /// Checks the formulation against the protocol's rules and the inventory; pure, nothing is changed.
    /// Errors, in this order: no focus; too many foci; duplicate area; area not allowed; focus detail
    /// mismatch; non-death grief where not allowed; deficits combined with another area; not agreed;
    /// inventory missing or incomplete; agreed before the inventory was completed; a focus person not in the
    /// inventory. Findings (advisory): second focus; deficits despite a qualifying event near onset; deficits
    /// with adequate or unassessed prior functioning; deficits' poorer prognosis; grief without a recorded death.
    /// </summary>
    /// <param name="rules">The protocol's formulation rules.</param>
    /// <param name="inventory">The completed inventory.</param>
    /// <returns>The accepted formulation with its findings, or the first broken rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public Result<FormulationCheck> Check(FormulationRules rules, InterpersonalInventory? inventory)
    {
        Guard.Against.Null(rules);
        DomainError? error = CheckRules(rules, inventory);
        if (error is not null)
        {
            return error;
        }

        return new FormulationCheck(this, CollectFindings(rules, inventory));
    }

    /// <summary>The first rule of <see cref="Check"/> the formulation breaks, or null; without collecting the findings.</summary>
    internal DomainError? CheckRules(FormulationRules rules, InterpersonalInventory? inventory) =>
        CheckFoci(rules) ?? CheckAgreement(inventory, rules.RequiresInventory);

    /// <summary>Target, areas and agreement date; labels and notes are never printed.</summary>
    public override string ToString()
    {
        var areas = new string[_foci.Length];
        for (int i = 0; i < _foci.Length; i++)
        {
            areas[i] = ProblemAreaCatalog.Code(_foci[i].Area);
        }

        return "InterpersonalFormulation(" + Target + ": " + string.Join(", ", areas) + "; " +
            (AgreedOn is DateOnly d ? "agreed " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "not agreed") + ")";
    }

    private DomainError? CheckFoci(FormulationRules rules)
    {
        if (_foci.Length == 0)
        {
            // A therapy without IPT problem areas (MIT, M10) agrees a shared formulation that names no IPT focus.
            return rules.AllowedAreas.Count == 0 ? null : FormulationErrors.NoFocus();
        }

        if (_foci.Length > rules.MaxFocusAreas)
        {
            return FormulationErrors.TooManyFoci(_foci.Length, rules.MaxFocusAreas);
        }

        for (int i = 0; i < _foci.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (_foci[j].Area == _foci[i].Area)
                {
                    return FormulationErrors.DuplicateArea(_foci[i].Area);
                }
            }
        }

        foreach (FormulationFocus focus in _foci)
        {
            if (!rules.Allows(focus.Area))
            {
                return FormulationErrors.AreaNotAllowed(focus.Area);
            }
        }

        foreach (FormulationFocus focus in _foci)
        {
            if (focus.Detail.Area != focus.Area)
            {
                return FormulationErrors.FocusDetailMismatch(focus.Area, focus.Detail.Area);
            }

            if (focus.Detail is GriefFocus { IsVariantSpecific: true } && !rules.AllowNonDeathGrief)
            {
                return FormulationErrors.GriefLossNotDeath();
            }
        }

        if (rules.DeficitsOnlyWhenNoOtherAreaFits && _foci.Length > 1 && HasArea(ProblemArea.InterpersonalDeficits))
        {
            return FormulationErrors.DeficitsWithOtherArea();
        }

        return null;
    }

    private DomainError? CheckAgreement(InterpersonalInventory? inventory, bool requiresInventory)
    {
        if (AgreedOn is not DateOnly agreedOn)
        {
            return FormulationErrors.NotAgreed();
        }

        if (inventory is not { CompletedOn: DateOnly completedOn })
        {
            if (requiresInventory)
            {
                return FormulationErrors.InventoryIncomplete();
            }
        }
        else if (agreedOn < completedOn)
        {
            return FormulationErrors.AgreedBeforeInventory();
        }

        foreach (FormulationFocus focus in _foci)
        {
            if (focus.Detail.Person is PersonId id && inventory?.Find(id) is null)
            {
                return FormulationErrors.FocusPersonUnknown(id);
            }
        }

        return null;
    }

    private List<Finding> CollectFindings(FormulationRules rules, InterpersonalInventory? inventory)
    {
        var findings = new List<Finding>();
        if (_foci.Length > 1 && rules.PreferSingleFocus)
        {
            findings.Add(new Finding(FormulationErrors.SecondFocusFinding, FormulationFindingSeverity.Advisory,
                "A single focus is preferred to keep treatment organised; when disputes and transitions co-exist, choose the one most important to the patient."));
        }

        foreach (FormulationFocus focus in _foci)
        {
            if (focus.Detail is InterpersonalDeficitsFocus deficits)
            {
                AddDeficitsFindings(findings, rules, inventory, deficits);
            }
            else if (inventory is not null && focus.Detail is GriefFocus { Loss: LossKind.Death } && !TimelineHas(inventory, LifeEventKind.Death))
            {
                findings.Add(new Finding(FormulationErrors.GriefNoDeathRecordedFinding, FormulationFindingSeverity.Advisory,
                    "A grief focus names a death, but the inventory timeline records no death."));
            }
        }

        return findings;
    }

    private static void AddDeficitsFindings(
        List<Finding> findings, FormulationRules rules, InterpersonalInventory? inventory, InterpersonalDeficitsFocus deficits)
    {
        if (inventory is not null && rules.DeficitsOnlyWhenNoOtherAreaFits && HasQualifyingOnsetEvent(rules, inventory))
        {
            findings.Add(new Finding(FormulationErrors.DeficitsDespiteOnsetEventFinding, FormulationFindingSeverity.Warning,
                "Interpersonal deficits are chosen only when no other area fits, but the timeline shows a death, dispute or transition near onset; reassess for grief, a dispute or a transition."));
        }

        if (deficits.PriorFunctioning == PriorFunctioning.AdequateBeforeEpisode)
        {
            findings.Add(new Finding(FormulationErrors.DeficitsPriorFunctioningAdequateFinding, FormulationFindingSeverity.Warning,
                "Relationships were adequate before the episode: withdrawal caused by the episode is not interpersonal deficits."));
        }
        else if (deficits.PriorFunctioning == PriorFunctioning.NotAssessed)
        {
            findings.Add(new Finding(FormulationErrors.DeficitsPriorFunctioningNotAssessedFinding, FormulationFindingSeverity.Advisory,
                "A history of prior functioning is needed to tell interpersonal deficits from withdrawal caused by the episode."));
        }

        findings.Add(new Finding(FormulationErrors.DeficitsPoorerPrognosisFinding, FormulationFindingSeverity.Info, InterpersonalDeficitsFocus.PrognosisNote));
    }

    /// <summary>True when the inventory's timeline has a death, dispute or transition near onset under <paramref name="rules"/>.</summary>
    internal static bool HasQualifyingOnsetEvent(FormulationRules rules, InterpersonalInventory inventory)
    {
        if (inventory.SymptomOnset is not DateOnly onset)
        {
            return false;
        }

        foreach (LifeEvent lifeEvent in inventory.Events)
        {
            if (rules.IsQualifyingOnsetEvent(lifeEvent, onset))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TimelineHas(InterpersonalInventory inventory, LifeEventKind kind)
    {
        foreach (LifeEvent lifeEvent in inventory.Events)
        {
            if (lifeEvent.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasArea(ProblemArea area)
    {
        foreach (FormulationFocus focus in _foci)
        {
            if (focus.Area == area)
            {
                return true;
            }
        }

        return false;
    }
}
