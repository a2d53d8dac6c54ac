using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>
/// Formulation settings that come from the protocol. Defaults are those of standard IPT; every numeric
/// default is documented with its source or marked as a product default.
/// </summary>
public sealed record FormulationRules
{
    private readonly int _maxFocusAreas = 2;
    private readonly int _nearOnsetDaysBefore = 182;
    private readonly int _nearOnsetDaysAfter = 182;
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
    /// (about six months): a product default, not sourced (no source gives a window); onset-proximal changes get
    /// particular weight [S07].
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

    /// <summary>Days after onset within which an event still counts as "near onset". Default 182: the brief ties a focus to
    /// the episode's onset OR maintenance (§4.4 [S05]), so an event after onset that keeps the episode going counts too.
    /// The width is a product default, not sourced (earlier releases used 0, i.e. nothing after onset counted).</summary>
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
        // Indexed, not foreach: the list is an interface, whose enumerator would be allocated on every check.
        for (int i = 0; i < _allowedAreas.Count; i++)
        {
            if (_allowedAreas[i] == area)
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
