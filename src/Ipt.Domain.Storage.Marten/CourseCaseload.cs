using System;

namespace Ipt.Domain.Storage.Marten;

/// <summary>
/// One row of the caseload read model: what a clinic asks across courses without replaying them. Written by the store
/// in the same transaction as every append (an inline projection), computed from the course as the library rebuilds it,
/// so it says exactly what <c>TreatmentCourse</c> says. Holds codes and dates only: no client reference, no note.
/// </summary>
public sealed class CourseCaseload
{
    /// <summary>The course id.</summary>
    public Guid Id { get; set; }

    /// <summary>The course's version this row was computed at.</summary>
    public int Version { get; set; }

    /// <summary>The protocol id, e.g. <c>ipt</c>.</summary>
    public string ProtocolId { get; set; } = string.Empty;

    /// <summary>The status code: <c>active</c>, <c>completed</c>, <c>discontinued</c>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>The phase code while active (e.g. <c>initial</c>, <c>middle</c>); null when closed.</summary>
    public string? Phase { get; set; }

    /// <summary>How many safety concerns are open (raised, no action recorded yet).</summary>
    public int OpenSafetyConcerns { get; set; }

    /// <summary>The instrument codes due at the latest session and not yet recorded (e.g. <c>phq-9</c>).</summary>
    public string[] MeasuresDue { get; set; } = [];

    /// <summary>How many instruments are due (<see cref="MeasuresDue"/>), for queries.</summary>
    public int MeasuresDueCount { get; set; }

    /// <summary>The start date.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>The date of the latest session, null before the first.</summary>
    public DateOnly? LastSessionOn { get; set; }

    /// <summary>While active: the latest session's date (or the start date) plus the nominal interval of the current
    /// phase's cadence (<c>ProtocolDefinition.CadenceOf</c>: the phase's own, e.g. IPSRT's fortnightly preventive
    /// stage, else the protocol's); a course is overdue for a session on any later date. Null when closed or when the
    /// cadence is flexible.</summary>
    public DateOnly? NextSessionDueBy { get; set; }

    /// <summary>A clinician or clinic tag the caller supplied (<see cref="MartenCourseStore.TagAsync"/>), or null.</summary>
    public string? Tag { get; set; }
}
