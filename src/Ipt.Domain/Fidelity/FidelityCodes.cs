using System.Collections.Generic;

namespace Ipt.Domain.Fidelity;

/// <summary>
/// The stable finding codes of a fidelity review, in one place. Codes are public API: researchers count them and
/// integrators translate them. Each code has one severity (<see cref="SeverityOf"/>) and is listed with its source in
/// <c>docs/fidelity.md</c>.
/// </summary>
public static class FidelityCodes
{
    /// <summary>Error: a task the initial phase requires was not done although the initial phase's planned sessions were held.</summary>
    public const string InitialTaskMissing = "fidelity.initial-task-missing";

    /// <summary>Warning: a task the initial phase requires was done only after the initial phase's planned sessions.</summary>
    public const string InitialTaskLate = "fidelity.initial-task-late";

    /// <summary>Error: the middle phase began before the formulation was agreed (INIT-09, M5).</summary>
    public const string MiddleBeforeAgreement = "fidelity.middle-before-agreement";


    /// <summary>Info: the agreed formulation names more than one focus where the protocol prefers one [S14].</summary>
    public const string SecondFocus = "fidelity.second-focus";


    /// <summary>Error: the ending was raised with fewer contract sessions remaining than the protocol's notice (TERM-01, M6).</summary>
    public const string EndingRaisedLate = "fidelity.ending-raised-late";

    /// <summary>Error: fewer contract sessions remain than the protocol's notice and the ending has not been raised (TERM-01, M6).</summary>
    public const string EndingNotRaised = "fidelity.ending-not-raised";

    /// <summary>Warning: more contract sessions were held than the protocol's maximum (an extension toward the hard cap).</summary>
    public const string SessionsAboveMaximum = "fidelity.sessions-above-maximum";

    /// <summary>Info: the course was discontinued before the protocol's minimum number of sessions.</summary>
    public const string DiscontinuedBeforeMinimum = "fidelity.discontinued-before-minimum";

    /// <summary>Warning: the interval between two attended sessions lies outside the cadence tolerance.</summary>
    public const string CadenceOutsideTolerance = "fidelity.cadence-outside-tolerance";

    /// <summary>Warning: an instrument the measurement schedule asks for at an attended session was not recorded (MID-06, §17.7).</summary>
    public const string MeasureMissed = "fidelity.measure-missed";

    /// <summary>Warning: a schedule names the SRM-5 for an attended session and no diary week was reviewed there (IPSRT, §15.1 [S56]).</summary>
    public const string SrmNotReviewed = "fidelity.srm-not-reviewed";

    /// <summary>Error: a safety concern has no recorded action (RULE-10).</summary>
    public const string SafetyConcernWithoutAction = "fidelity.safety-concern-without-action";

    /// <summary>Warning: the first action on a safety concern was recorded later than the reviewer's limit (RULE-10: "immediate").</summary>
    public const string SafetyActionLate = "fidelity.safety-action-late";

    /// <summary>Every finding code, in the order the reviewer checks them.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        InitialTaskMissing, InitialTaskLate, MiddleBeforeAgreement, SecondFocus,
        EndingRaisedLate, EndingNotRaised, SessionsAboveMaximum, DiscontinuedBeforeMinimum, CadenceOutsideTolerance,
        MeasureMissed, SrmNotReviewed, SafetyConcernWithoutAction, SafetyActionLate,
        ProscribedBehaviourObserved, EssentialItemMissing, AreaStrategyNotObserved,
    ];

    /// <summary>Error: a rated session shows a behaviour the protocol's adherence checklist proscribes (e.g. transference
    /// interpretation, homework-driven CBT techniques [S08]; exposure in IPT for PTSD [S88]).</summary>
    public const string ProscribedBehaviourObserved = "fidelity.proscribed-behaviour-observed";

    /// <summary>Warning: a rated session lacks an essential item the checklist asks of every session (e.g. linking mood
    /// to interpersonal events, MID-02).</summary>
    public const string EssentialItemMissing = "fidelity.essential-item-missing";

    /// <summary>Warning: a strategy of the session focus's problem area was not observed in any rated session of that focus.</summary>
    public const string AreaStrategyNotObserved = "fidelity.area-strategy-not-observed";

    /// <summary>The severity every finding with this code carries.</summary>
    /// <param name="code">A finding code.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="System.ArgumentException">The code is not a fidelity code.</exception>
    public static FidelitySeverity SeverityOf(string code) => code switch
    {
        InitialTaskMissing or MiddleBeforeAgreement or EndingRaisedLate or EndingNotRaised or SafetyConcernWithoutAction or ProscribedBehaviourObserved => FidelitySeverity.Error,
        InitialTaskLate or SessionsAboveMaximum or CadenceOutsideTolerance or MeasureMissed or SrmNotReviewed or SafetyActionLate
            or EssentialItemMissing or AreaStrategyNotObserved => FidelitySeverity.Warning,
        SecondFocus or DiscontinuedBeforeMinimum => FidelitySeverity.Info,
        _ => throw new System.ArgumentException("Not a fidelity finding code.", nameof(code)),
    };
}
