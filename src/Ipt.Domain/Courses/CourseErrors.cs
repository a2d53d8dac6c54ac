using System;
using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>Error codes returned by <see cref="TreatmentCourse"/> commands and history replay. Codes are public
/// API (<c>docs/errors.md</c>); phase-move codes are in <see cref="PhaseErrors"/>.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class CourseErrors
{
    /// <summary>The course is completed.</summary>
    public const string Completed = PhaseErrors.CourseCompleted;

    /// <summary>The course is discontinued.</summary>
    public const string Discontinued = PhaseErrors.CourseDiscontinued;

    /// <summary>A command is dated before the course started.</summary>
    public const string DateBeforeStart = "course.date-before-start";

    /// <summary>A command is dated before the last thing recorded on the course.</summary>
    public const string DateOutOfOrder = "course.date-out-of-order";

    /// <summary>A session is dated on or before the previous session.</summary>
    public const string SessionDateNotAfterPrevious = "session.date-not-after-previous";

    /// <summary>Every contracted session has been held; the contract must be extended first.</summary>
    public const string ContractExhausted = "session.contract-exhausted";

    /// <summary>The pre-treatment phase already holds its maximum number of attended sessions (a missed one does not count: it is rescheduled).</summary>
    public const string PhaseSessionLimitReached = "session.phase-limit-reached";

    /// <summary>No phase of the protocol requires the task.</summary>
    public const string TaskNotInProtocol = "task.not-in-protocol";

    /// <summary>The task was already completed.</summary>
    public const string TaskAlreadyCompleted = "task.already-completed";

    /// <summary>The task belongs to a later phase and may not be completed yet.</summary>
    public const string TaskNotYetAvailable = "task.not-yet-available";

    /// <summary>The task carries clinical detail and is completed by its own command (inventory, formulation, continuation).</summary>
    public const string TaskRequiresDetail = "task.requires-detail";

    /// <summary>Session work needs a recorded latest session.</summary>
    public const string WorkNoSession = "work.no-session";

    /// <summary>Session work cannot be recorded for a session the client did not attend.</summary>
    public const string WorkSessionNotAttended = "work.session-not-attended";

    /// <summary>The latest session already has its work recorded.</summary>
    public const string WorkAlreadyRecorded = "work.already-recorded";

    /// <summary>Problem-area work needs an agreed formulation.</summary>
    public const string WorkNoFormulation = "work.no-formulation";

    /// <summary>The focus area is not part of the agreed formulation.</summary>
    public const string WorkFocusNotInFormulation = "work.focus-not-in-formulation";

    /// <summary>A dispute stage change needs a role-dispute focus in the formulation.</summary>
    public const string WorkNoDisputeFocus = "work.no-dispute-focus";

    /// <summary>Finding: the ending was raised with fewer contract sessions left than the protocol's notice (TERM-01).</summary>
    public const string EndingRaisedLateFinding = "course.ending-raised-late";

    /// <summary>A contract length outside the protocol's minimum and maximum.</summary>
    public const string ContractOutsideProtocol = "contract.outside-protocol-bounds";

    /// <summary>An "extension" that does not increase the contract.</summary>
    public const string ContractNotAnExtension = "contract.not-an-extension";

    /// <summary>An extension beyond the protocol's hard cap.</summary>
    public const string ContractExceedsHardCap = "contract.exceeds-hard-cap";

    /// <summary>The contract cannot change once the course is in an open-ended phase.</summary>
    public const string ContractClosed = "contract.acute-phases-over";

    /// <summary>A command's value holds something its stored form cannot hold (a null inside an inventory or formulation,
    /// an undefined enum value): stored, the history would not read back. The message names the value's path.</summary>
    public const string ValueNotStorable = "course.value-not-storable";

    /// <summary>A history holds no event.</summary>
    public const string HistoryEmpty = "history.empty";

    /// <summary>A history does not begin with <c>course-started</c>.</summary>
    public const string HistoryFirstEventNotStart = "history.first-event-not-start";

    /// <summary>A history holds a second <c>course-started</c>.</summary>
    public const string HistoryStartedTwice = "history.course-started-twice";

    /// <summary>A history was written for another protocol than the one given to replay it.</summary>
    public const string HistoryProtocolMismatch = "history.protocol-mismatch";

    /// <summary>A session number in a history is not one more than the previous one (a gap or a repeat).</summary>
    public const string HistorySessionNumberMismatch = "history.session-number-mismatch";

    /// <summary>An event in a history is missing a value or holds an undefined one.</summary>
    public const string HistoryEventInvalid = "history.event-invalid";

    /// <summary>Two events of a history carry the same command id though one command appended only one of them: a retried
    /// command was stored twice.</summary>
    public const string HistoryCommandRepeated = "history.command-repeated";

    /// <summary>A JSON history could not be read.</summary>
    public const string HistoryJsonInvalid = "history.json-invalid";

    /// <summary>A JSON history has a schema version this library cannot read.</summary>
    public const string HistorySchemaUnsupported = "history.schema-unsupported";

    /// <summary>A correction names no earlier entry of the history (its position is below 1 or not before the correction).</summary>
    public const string CorrectionEntryUnknown = "correction.entry-unknown";

    /// <summary>A correction names an entry that cannot be corrected: only a session, a task completion, a measure or a
    /// safety action can be marked entered in error or amended.</summary>
    public const string CorrectionEntryNotCorrectable = "correction.entry-not-correctable";

    /// <summary>A correction names an entry already marked entered in error.</summary>
    public const string CorrectionEntryInError = "correction.entry-already-in-error";

    /// <summary>An amendment is not an entry of the corrected entry's kind with the same identity (session number, task,
    /// instrument and session tie, concern), carries a command id, or changes nothing.</summary>
    public const string CorrectionAmendmentMismatch = "correction.amendment-mismatch";

    /// <summary>A correction would undo progress: a phase move, the completion or the discontinuation of the course
    /// depended on the entry, or the corrected record would leave the course in another phase or status.</summary>
    public const string CorrectionUndoesProgress = "correction.undoes-progress";

    /// <summary>With the correction the record would no longer hold: a later entry would be refused (e.g. a measure tied to
    /// a session marked in error, a safety concern without the measure that raised it, a session out of order).</summary>
    public const string CorrectionBreaksRecord = "correction.breaks-record";

    /// <summary>A late entry is dated on or after its entry date, or a late entry's date breaks the clinical
    /// chronology (e.g. a measure tied to a session but not dated on the session's date, an action before its concern).</summary>
    public const string LateEntryMisdated = "course.late-entry-misdated";

    /// <summary>Every code a course command or replay can return (besides the phase codes).</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        Completed, Discontinued, DateBeforeStart, DateOutOfOrder, SessionDateNotAfterPrevious, ContractExhausted,
        PhaseSessionLimitReached, TaskNotInProtocol, TaskAlreadyCompleted, TaskNotYetAvailable, ContractOutsideProtocol,
        ContractNotAnExtension, ContractExceedsHardCap, ContractClosed, ValueNotStorable, HistoryEmpty, HistoryFirstEventNotStart,
        HistoryStartedTwice, HistoryProtocolMismatch, HistorySessionNumberMismatch, HistoryEventInvalid, HistoryCommandRepeated,
        HistoryJsonInvalid, HistorySchemaUnsupported, TaskRequiresDetail, WorkNoSession, WorkSessionNotAttended,
        WorkAlreadyRecorded, WorkNoFormulation, WorkFocusNotInFormulation, WorkNoDisputeFocus,
        CorrectionEntryUnknown, CorrectionEntryNotCorrectable, CorrectionEntryInError, CorrectionAmendmentMismatch,
        CorrectionUndoesProgress, CorrectionBreaksRecord, LateEntryMisdated,
    ];

    // Message factories: every refusal of the course is built here, beside its code. Messages name dates, numbers,
    // codes and protocol ids only, never caller-supplied free text.
    internal static DomainError Invalid(string message) => new(HistoryEventInvalid, message);

    internal static DomainError StartIncomplete() => Invalid("course-started lacks its course id, client reference or protocol id.");

    internal static DomainError ProtocolMismatch(string written, string protocol) =>
        new(HistoryProtocolMismatch, "The history was written on protocol '" + written + "', not '" + protocol + "'.");

    internal static DomainError ContractOutside(int contracted, int minimum, int maximum) =>
        new(ContractOutsideProtocol, "A contract of " + N(contracted) + " sessions is outside the protocol's " + N(minimum) + "–" + N(maximum) + ".");

    internal static DomainError AgeAtStartMissing() =>
        new(Protocols.CourseStartErrors.AgeRequired, "The protocol needs the client's age at the start of the course.");

    internal static DomainError AgeAtStartInvalid() => Invalid("course-started has an invalid ageAtStart.");

    internal static DomainError LateEntryNotAllowed() => Invalid("Only a measure, its safety concern, an SRM-5 diary week and a safety action can be entered late.");

    internal static DomainError UnknownEventType() => Invalid("Unknown event type.");

    internal static DomainError Undefined(string what) => Invalid("An event names an undefined " + what + ".");

    internal static DomainError StartedTwice() => new(HistoryStartedTwice, "A history can hold only one course-started event.");

    internal static DomainError EventMissing() => Invalid("The event is missing.");

    internal static DomainError FirstEventNotStart() => new(HistoryFirstEventNotStart, "A history must begin with course-started.");

    internal static DomainError Empty() => new(HistoryEmpty, "The history holds no event.");

    internal static DomainError CommandIdMalformed() => Invalid("Its command id is not well-formed.");

    internal static DomainError CommandRepeated(int firstPosition) =>
        new(HistoryCommandRepeated, "Its command id was already used by event " + N(firstPosition) + ": a retried command was stored twice.");

    internal static DomainError BeforeStart(DateOnly on, DateOnly startedOn) =>
        new(DateBeforeStart, "The date " + Iso(on) + " is before the course started on " + Iso(startedOn) + ".");

    internal static DomainError OutOfOrder(DateOnly on, DateOnly lastActivity) =>
        new(DateOutOfOrder, "The date " + Iso(on) + " is before the last recorded activity on " + Iso(lastActivity) + ".");

    internal static DomainError EntryOutOfOrder(DateOnly entered, DateOnly lastActivity) =>
        new(DateOutOfOrder, "The entry date " + Iso(entered) + " is before the last recorded activity on " + Iso(lastActivity) + ".");

    internal static DomainError LateEntryNotAfter(DateOnly on, DateOnly entered) =>
        new(LateEntryMisdated, "A late entry dated " + Iso(on) + " must be entered after that date, not on " + Iso(entered) + ".");

    internal static DomainError TaskDetailRequired(string task) =>
        new(TaskRequiresDetail, "The task '" + task + "' carries clinical detail: use its own command (CompleteInventory, AgreeFormulation, DecideContinuation).");

    internal static DomainError SessionNumberMismatch(int number, int previous) =>
        new(HistorySessionNumberMismatch, "Session number " + N(number) + " follows session " + N(previous) + ".");

    internal static DomainError SessionUndefined(int number) => Invalid("Session " + N(number) + " has an undefined attendance or modality.");

    internal static DomainError SessionNotAfter(DateOnly on, DateOnly previous) =>
        new(SessionDateNotAfterPrevious, "A session on " + Iso(on) + " is not after the previous session on " + Iso(previous) + ".");

    internal static DomainError PhaseLimit(string phase, int last) =>
        new(PhaseSessionLimitReached, "The " + phase.ToLowerInvariant() + " allows " + N(last) + " attended session(s); begin the next phase to record more.");

    internal static DomainError Exhausted(int contracted, int hardCap) =>
        new(ContractExhausted, "All " + N(contracted) + " contracted sessions have been held; extend the contract (hard cap " + N(hardCap) + ") to record another.");

    internal static DomainError NotInProtocol(string protocol, string task) =>
        new(TaskNotInProtocol, "The protocol '" + protocol + "' does not require the task '" + task + "'.");

    internal static DomainError AlreadyCompleted(string task) => new(TaskAlreadyCompleted, "The task '" + task + "' is already completed.");

    internal static DomainError NotYetAvailable(string task, string phase) =>
        new(TaskNotYetAvailable, "The task '" + task + "' can be completed from the " + phase.ToLowerInvariant() + " on.");

    internal static DomainError Closed(string phase) =>
        new(ContractClosed, "The contract cannot change once the " + phase.ToLowerInvariant() + " has begun.");

    internal static DomainError NotAnExtension(int contracted) =>
        new(ContractNotAnExtension, "The contract already holds " + N(contracted) + " sessions; an extension must increase it.");

    internal static DomainError ExceedsHardCap(int contracted, int hardCap) =>
        new(ContractExceedsHardCap, "A contract of " + N(contracted) + " sessions exceeds the protocol's hard cap of " + N(hardCap) + ".");

    internal static DomainError Lacks(string eventType, string what) => Invalid(eventType + " lacks its " + what + ".");

    internal static DomainError FormulationDateDiffers() => Invalid("The formulation's agreement date differs from the event's date.");

    internal static DomainError NoSessionForWork() => new(WorkNoSession, "Session work is recorded for the latest session; record the session first.");

    internal static DomainError WorkNotAttended(int session) =>
        new(WorkSessionNotAttended, "Session " + N(session) + " was not attended; no work can be recorded for it.");

    internal static DomainError WorkRecorded(int session) => new(WorkAlreadyRecorded, "Work for session " + N(session) + " is already recorded.");

    internal static DomainError NoFormulation() => new(WorkNoFormulation, "Problem-area work needs an agreed formulation.");

    internal static DomainError FocusNotInFormulation(string area) => new(WorkFocusNotInFormulation, "The agreed formulation has no " + area + " focus.");

    internal static DomainError TechniqueUnknown() => new(Techniques.TechniqueErrors.NotInCatalogueCode, "A technique is not in the catalogue.");

    internal static DomainError TechniqueOfOtherFamily(string technique, string family, string protocolFamily) =>
        new(Techniques.TechniqueErrors.NotIptCode, "The technique '" + technique + "' belongs to " + family + ", not to this protocol's " + protocolFamily + ".");

    internal static DomainError GoalNotOfStrategy(string area) =>
        new(ProblemAreas.ProblemAreaErrors.UnknownGoalCode, "A goal rating names a goal the " + area + " strategy does not have.");

    internal static DomainError NoDisputeFocus() => new(WorkNoDisputeFocus, "The agreed formulation has no role-dispute focus.");

    internal static DomainError TiedNotLatest(int session) =>
        Invalid("A measurement event is tied to session " + N(session) + ", which is not the latest session.");

    internal static DomainError TiedNotRecorded(int session) =>
        Invalid("A measurement event is tied to session " + N(session) + ", which is not recorded.");

    internal static DomainError TiedMisdated(int session, DateOnly sessionDate) =>
        new(LateEntryMisdated, "A measure tied to session " + N(session) + " is dated on that session's date, " + Iso(sessionDate) + ".");

    internal static DomainError ActionBeforeConcern() => new(LateEntryMisdated, "A safety action cannot be dated before its concern was raised.");

    internal static DomainError CorrectionInvalid() =>
        Invalid("A correction has an undefined kind or reason, or an amendment that does not match its kind.");

    internal static DomainError EntryUnknown(int entry) => new(CorrectionEntryUnknown, "Entry " + N(entry) + " is not an earlier entry of the history.");

    internal static DomainError NotCorrectable(int entry, string type) =>
        new(CorrectionEntryNotCorrectable, "Entry " + N(entry) + " (" + type + ") cannot be corrected; only a session, a task, a measure or a safety action can.");

    internal static DomainError AlreadyInError(int entry) => new(CorrectionEntryInError, "Entry " + N(entry) + " is already marked entered in error.");

    internal static DomainError AmendmentMismatch(int entry, string type) =>
        new(
            CorrectionAmendmentMismatch,
            "The amendment of entry " + N(entry) + " must be a " + type +
            " with the same identity (session number, task, instrument and session, concern), no command id, and a change.");

    internal static DomainError CorrectedRecordRefuses(string code, int entry, string type, string refusal) =>
        new(code, "Corrected, the record would not hold: entry " + N(entry) + " (" + type + ") would be refused with " + refusal + ".");

    internal static DomainError CorrectedConcernMissing() =>
        new(CorrectionBreaksRecord, "Corrected, the record would hold a positive safety item without its safety concern.");

    internal static DomainError CorrectedState(string corrected, string current) =>
        new(CorrectionUndoesProgress, "Corrected, the course would be " + corrected + " instead of " + current + ".");

    internal static Formulation.Finding EndingRaisedLate(int left, int notice) =>
        new(
            EndingRaisedLateFinding,
            Formulation.FormulationFindingSeverity.Warning,
            "The ending was raised with " + N(left) + (left == 1 ? " contract session" : " contract sessions") + " left; the protocol asks for at least " + N(notice) + " (TERM-01).");

    // A replay error names the event at fault: "Event 7 (session-recorded): ..." and, as data, DomainError.Event.
    internal static DomainError AtEvent(DomainError error, int position, string? type) =>
        new(error.Code, "Event " + N(position) + (type is null ? string.Empty : " (" + type + ")") + ": " + error.Message)
        {
            Event = new EventLocation(position, type, null),
        };

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The history document's refusals (course and group histories alike), beside their codes.
    internal static DomainError JsonUnpairedSurrogate(string document) =>
        new(HistoryJsonInvalid, "The JSON is not a valid " + document + " (the text holds an unpaired surrogate).");

    internal static DomainError JsonNotValid(string document) =>
        new(HistoryJsonInvalid, "The JSON is not a valid " + document + ".");

    internal static DomainError JsonHoldsNoDocument(string document) =>
        new(HistoryJsonInvalid, "The JSON holds no " + document + " document.");

    internal static DomainError DocumentPropertyUnknown(string document) =>
        new(HistoryJsonInvalid, "The " + document + " document has an unknown or repeated property; it holds only schemaVersion and events.");

    internal static DomainError JsonMoreThanOneValue() =>
        new(HistoryJsonInvalid, "The JSON holds more than one value.");

    internal static DomainError DocumentNoSchemaVersion(string document) =>
        new(HistoryJsonInvalid, "The " + document + " document has no schemaVersion number.");

    internal static DomainError SchemaVersionUnsupported(int version, string supported) =>
        new(HistorySchemaUnsupported, "Schema version " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not supported; " + supported + ".");

    internal static DomainError DocumentNoEvents(string document) =>
        new(HistoryJsonInvalid, "The " + document + " document has no events array.");
}
