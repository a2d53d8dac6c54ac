using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>Error codes returned when a protocol definition is invalid. Codes are public API (<c>docs/errors.md</c>).</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class ProtocolErrors
{
    /// <summary>The id is not lower-case kebab case of 2–40 characters.</summary>
    public const string IdInvalid = "protocol.id-invalid";

    /// <summary>The name or abbreviation is blank.</summary>
    public const string NameMissing = "protocol.name-missing";

    /// <summary>The protocol has no phase.</summary>
    public const string NoPhases = "protocol.no-phases";

    /// <summary>Two phases share a kind.</summary>
    public const string DuplicatePhase = "protocol.duplicate-phase";

    /// <summary>No phase counts toward the contract.</summary>
    public const string NoCountedPhase = "protocol.no-counted-phase";

    /// <summary>The counted phases do not start at session 1.</summary>
    public const string RangesNotFromOne = "protocol.ranges-not-from-one";

    /// <summary>Two consecutive counted phases leave sessions uncovered.</summary>
    public const string RangeGap = "protocol.range-gap";

    /// <summary>Two consecutive counted phases share sessions.</summary>
    public const string RangeOverlap = "protocol.range-overlap";

    /// <summary>The last counted phase does not end at the planned session count.</summary>
    public const string RangesNotEndingAtPlanned = "protocol.ranges-not-ending-at-planned";

    /// <summary>Minimum ≤ planned ≤ maximum ≤ hard cap does not hold, or the minimum is below 1.</summary>
    public const string SessionCountsOutOfOrder = "protocol.session-counts-out-of-order";

    /// <summary>A pre-treatment phase follows a counted phase.</summary>
    public const string PreTreatmentNotFirst = "protocol.pre-treatment-not-first";

    /// <summary>An open-ended phase is not last, or more than one exists.</summary>
    public const string OpenEndedNotLast = "protocol.open-ended-not-last";

    /// <summary>A counted phase is marked optional; only pre-treatment and open-ended phases may be.</summary>
    public const string OptionalCountedPhase = "protocol.optional-counted-phase";

    /// <summary>Two phases require the same task.</summary>
    public const string TaskRequiredTwice = "protocol.task-required-twice";

    /// <summary>An early-availability entry names a task no phase requires, or a phase that is not before the task's phase.</summary>
    public const string EarlyTaskInvalid = "protocol.early-task-invalid";

    /// <summary>The termination notice is negative or longer than the planned course.</summary>
    public const string TerminationNoticeOutOfRange = "protocol.termination-notice-out-of-range";

    /// <summary>The phase that absorbs a shorter contract is too short for the minimum session count.</summary>
    public const string ContractCannotShrink = "protocol.contract-cannot-shrink";

    /// <summary>An initial and a termination phase that leave no session for the middle phase.</summary>
    public const string NoMiddlePhase = "protocol.no-middle-phase";

    /// <summary>The formulation rules require an inventory that no phase requires (the formulation could never be agreed).</summary>
    public const string FormulationNeedsInventory = "protocol.formulation-needs-inventory";

    /// <summary>A session length is not positive or its minimum exceeds its maximum.</summary>
    public const string SessionLengthInvalid = "protocol.session-length-invalid";

    /// <summary>A per-phase setting (a phase cadence, a member symptom review) names a phase the protocol does not have.</summary>
    public const string PhaseSettingUnknownPhase = "protocol.phase-setting-unknown-phase";

    /// <summary>Every code a protocol validation can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        IdInvalid, NameMissing, NoPhases, DuplicatePhase, NoCountedPhase, RangesNotFromOne, RangeGap, RangeOverlap,
        RangesNotEndingAtPlanned, SessionCountsOutOfOrder, PreTreatmentNotFirst, OpenEndedNotLast, OptionalCountedPhase,
        TaskRequiredTwice, EarlyTaskInvalid, TerminationNoticeOutOfRange, ContractCannotShrink, SessionLengthInvalid,
        FormulationNeedsInventory, NoMiddlePhase, PhaseSettingUnknownPhase,
    ];

    internal static DomainError NoMiddlePhaseLeft(int initialSessions, int terminationSessions, int plannedSessions) =>
        new(NoMiddlePhase, "An initial phase of " + initialSessions + " and a termination phase of " + terminationSessions + " sessions leave no middle phase in " + plannedSessions + " sessions.");

    internal static DomainError MaintenanceContractEmpty() =>
        new(SessionCountsOutOfOrder, "A maintenance contract needs at least one session.");

    internal static DomainError NoIntermediateStage() =>
        new(RangeOverlap, "The initial and preventive stages leave no intermediate stage.");

    internal static DomainError GroupNeedsThreePhases() =>
        new(RangeOverlap, "Group IPT needs an initial, a middle and a termination session.");

    internal static DomainError NoPromotionOfChangeSessions() =>
        new(RangeOverlap, "The shared-formulation phase leaves no sessions for promotion of change.");

    internal static DomainError CounselingTooShort() =>
        new(RangeOverlap, "IPC needs at least three sessions: assessment, work on the focus, review and triage.");
}
