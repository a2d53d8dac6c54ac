using System.Collections.Generic;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses;

/// <summary>Error codes returned by <see cref="TreatmentCourse"/> commands and history replay. Codes are public
/// API (<c>docs/errors.md</c>); phase-move codes are in <see cref="PhaseErrors"/>.</summary>
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
}
