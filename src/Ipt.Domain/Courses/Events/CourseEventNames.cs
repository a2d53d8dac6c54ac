namespace Ipt.Domain.Courses.Events;

/// <summary>The <c>$type</c> name of each event, for errors that name an event of a history (the public table is
/// <c>Ipt.Domain.Serialization.CourseEventTypes</c>; a test keeps the two equal).</summary>
internal static class CourseEventNames
{
    public static string Of(CourseEvent e) => e switch
    {
        CourseStarted => "course-started",
        SessionRecorded => "session-recorded",
        TaskCompleted => "task-completed",
        PhaseBegun => "phase-begun",
        ContractExtended => "contract-extended",
        CourseCompleted => "course-completed",
        CourseDiscontinued => "course-discontinued",
        ContinuationDecided => "continuation-decided",
        InventoryCompleted => "inventory-completed",
        FormulationAgreed => "formulation-agreed",
        SessionWorkRecorded => "session-work-recorded",
        DisputeStageChanged => "dispute-stage-changed",
        MeasureRecorded => "measure-recorded",
        SafetyConcernRaised => "safety-concern-raised",
        SafetyActionRecorded => "safety-action-recorded",
        SocialRhythmWeekRecorded => "social-rhythm-week-recorded",
        EntryCorrected => "entry-corrected",
        _ => "unknown",
    };
}
