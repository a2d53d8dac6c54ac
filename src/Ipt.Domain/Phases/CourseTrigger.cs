namespace Ipt.Domain.Phases;

/// <summary>
/// An explicit clinician action that moves a course between phases. A course never changes phase by itself:
/// a session count can make a move <em>due</em>, but only a trigger makes it happen.
/// </summary>
public enum CourseTrigger
{
    /// <summary>Begin the engagement phase (<c>begin-engagement</c>); only used by protocols that do not start in it.</summary>
    BeginEngagement = 0,

    /// <summary>Begin the initial phase (<c>begin-initial-phase</c>), e.g. after an engagement session.</summary>
    BeginInitialPhase = 1,

    /// <summary>Begin the middle phase (<c>begin-middle-phase</c>); needs the initial tasks, including the agreed formulation.</summary>
    BeginMiddlePhase = 2,

    /// <summary>Begin the termination phase (<c>begin-termination-phase</c>).</summary>
    BeginTerminationPhase = 3,

    /// <summary>Begin continuation or maintenance treatment (<c>begin-maintenance-phase</c>).</summary>
    BeginMaintenancePhase = 4,

    /// <summary>Complete the course as planned (<c>complete</c>).</summary>
    Complete = 5,

    /// <summary>End the course early, with a reason (<c>discontinue</c>).</summary>
    Discontinue = 6,
}
