using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>The syndrome the formulation names (target diagnosis, brief §1 [S03][S06]).</summary>
public enum TargetCondition
{
    /// <summary>Major depressive episode (the original IPT target).</summary>
    MajorDepressiveEpisode = 0,

    /// <summary>Persistent depressive disorder (dysthymia).</summary>
    PersistentDepressiveDisorder = 1,

    /// <summary>Depression in pregnancy or after birth.</summary>
    PerinatalDepression = 2,

    /// <summary>Bipolar disorder (IPSRT, with medication).</summary>
    BipolarDisorder = 3,

    /// <summary>Bulimia nervosa.</summary>
    BulimiaNervosa = 4,

    /// <summary>Binge-eating disorder.</summary>
    BingeEatingDisorder = 5,

    /// <summary>Post-traumatic stress disorder.</summary>
    PosttraumaticStressDisorder = 6,

    /// <summary>Another syndrome named by the protocol.</summary>
    Other = 7,
}

/// <summary>One focus of a formulation: the chosen area and its area-specific detail.</summary>
/// <param name="Area">The chosen problem area.</param>
/// <param name="Detail">The detail; must be the case for <paramref name="Area"/> (checked by <see cref="InterpersonalFormulation.Check"/>).</param>
public sealed record FormulationFocus(ProblemArea Area, ProblemAreaFocus Detail)
{
    /// <summary>The chosen problem area.</summary>
    public ProblemArea Area { get; init; } = Guard.Against.UndefinedEnum(Area);

    /// <summary>The area-specific detail.</summary>
    public ProblemAreaFocus Detail { get; init; } = Guard.Against.Null(Detail);

    /// <summary>A focus on the area the detail belongs to.</summary>
    /// <param name="detail">The detail.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    public static FormulationFocus Of(ProblemAreaFocus detail)
    {
        Guard.Against.Null(detail);
        return new FormulationFocus(detail.Area, detail);
    }
}

/// <summary>
/// Formulation settings that come from the protocol. Defaults are those of standard IPT; every numeric
/// default is documented with its source or marked as a product default.
/// </summary>
public sealed record FormulationRules
{
    private readonly int _maxFocusAreas = 2;
    private readonly int _nearOnsetDaysBefore = 182;
    private readonly int _nearOnsetDaysAfter;
    private readonly IReadOnlyList<ProblemArea> _allowedAreas = ProblemAreaSets.StandardIpt;

    /// <summary>Standard IPT rules.</summary>
    public static FormulationRules StandardIpt { get; } = new();

    /// <summary>
    /// Most focus areas a formulation may name. Default 2. Contested (brief §4.4): "prefer one focus" is
    /// confirmed [S14]; "at most two" is confirmed only for Brief IPT in MOMCare [S29] and unconfirmed for
    /// standard IPT.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MaxFocusAreas
    {
        get => _maxFocusAreas;
        init
        {
            Guard.Against.LessThanOrEqual(value, 0);
            _maxFocusAreas = value;
        }
    }

    /// <summary>When true (default), the formulation can be agreed only after the interpersonal inventory is complete
    /// (INIT-06 before INIT-09). Related therapies without an IPT inventory (DIT, MIT) set it to false.</summary>
    public bool RequiresInventory { get; init; } = true;

    /// <summary>When true (default), a second focus yields the advisory finding <see cref="FormulationErrors.SecondFocusFinding"/> [S14].</summary>
    public bool PreferSingleFocus { get; init; } = true;

    /// <summary>The problem-area set of the protocol variant (C04). Default: <see cref="ProblemAreaSets.StandardIpt"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<ProblemArea> AllowedAreas
    {
        get => _allowedAreas;
        init => _allowedAreas = [.. Guard.Against.Null(value)];
    }

    /// <summary>
    /// When true (default), interpersonal deficits are "none of the above" [S02]: combining them with another
    /// focus is an error, and a qualifying life event near onset yields
    /// <see cref="FormulationErrors.DeficitsDespiteOnsetEventFinding"/>.
    /// </summary>
    public bool DeficitsOnlyWhenNoOtherAreaFits { get; init; } = true;

    /// <summary>
    /// Days before onset within which a death, dispute or transition counts as "near onset". Default 182
    /// (about six months): a product default, not sourced; onset-proximal changes get particular weight [S07].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int NearOnsetDaysBefore
    {
        get => _nearOnsetDaysBefore;
        init
        {
            Guard.Against.LessThan(value, 0);
            _nearOnsetDaysBefore = value;
        }
    }

    /// <summary>Days after onset within which an event still counts as "near onset". Default 0: a product default, not sourced.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int NearOnsetDaysAfter
    {
        get => _nearOnsetDaysAfter;
        init
        {
            Guard.Against.LessThan(value, 0);
            _nearOnsetDaysAfter = value;
        }
    }

    /// <summary>When false (default), grief is restricted to a death, as in the Guide [S01][S05]; variants using "grief and loss" set it true (C30).</summary>
    public bool AllowNonDeathGrief { get; init; }

    /// <summary>True when the protocol uses <paramref name="area"/>.</summary>
    /// <param name="area">An area.</param>
    public bool Allows(ProblemArea area)
    {
        foreach (ProblemArea allowed in _allowedAreas)
        {
            if (allowed == area)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a life event is a death, dispute or transition within the near-onset window.</summary>
    /// <param name="lifeEvent">The event.</param>
    /// <param name="onset">Date of symptom onset.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lifeEvent"/> is null.</exception>
    public bool IsQualifyingOnsetEvent(LifeEvent lifeEvent, DateOnly onset)
    {
        Guard.Against.Null(lifeEvent);
        int days = lifeEvent.DaysFromOnset(onset);
        return lifeEvent.Kind is LifeEventKind.Death or LifeEventKind.Dispute or LifeEventKind.Transition
            && days >= -NearOnsetDaysBefore && days <= NearOnsetDaysAfter;
    }
}

/// <summary>How much attention a finding needs.</summary>
public enum FormulationFindingSeverity
{
    /// <summary>For information.</summary>
    Info = 0,

    /// <summary>A choice worth reconsidering.</summary>
    Advisory = 1,

    /// <summary>A choice that contradicts recorded information.</summary>
    Warning = 2,
}

/// <summary>An advisory observation about an accepted formulation: not an error, nothing was refused.</summary>
/// <param name="Code">Stable dotted code.</param>
/// <param name="Severity">How much attention it needs.</param>
/// <param name="Message">Plain message without labels or notes.</param>
public sealed record Finding(string Code, FormulationFindingSeverity Severity, string Message);

/// <summary>The outcome of an accepted <see cref="InterpersonalFormulation.Check"/>.</summary>
/// <param name="Formulation">The formulation checked.</param>
/// <param name="Findings">Advisory findings, possibly empty.</param>
public sealed record FormulationCheck(InterpersonalFormulation Formulation, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when a finding with <paramref name="code"/> was raised.</summary>
    /// <param name="code">A finding code.</param>
    public bool Has(string code)
    {
        foreach (Finding finding in Findings)
        {
            if (string.Equals(finding.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

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
        DomainError? error = CheckFoci(rules) ?? CheckAgreement(inventory, rules.RequiresInventory);
        if (error is not null)
        {
            return error;
        }

        return new FormulationCheck(this, CollectFindings(rules, inventory));
    }

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
