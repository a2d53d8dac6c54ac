using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>A session in a course's log, with the phase it fell in and the contract session it counted as.</summary>
/// <param name="Number">Position in the session log, starting at 1; every recorded session has one.</param>
/// <param name="Date">Date of the session.</param>
/// <param name="Attendance">Whether the client came.</param>
/// <param name="Modality">How it was delivered.</param>
/// <param name="Participants">Who else took part.</param>
/// <param name="Phase">The phase the course was in.</param>
/// <param name="ContractSession">The contract session it counted as ("session 5 of 16"), or null when it did not count
/// (a no-show or cancellation under the default counting, or a pre-treatment or maintenance session).</param>
/// <param name="Note">Optional private note; its text is never printed.</param>
public readonly record struct SessionRecord(
    int Number,
    DateOnly Date,
    Attendance Attendance,
    SessionModality Modality,
    SessionParticipants Participants,
    PhaseKind Phase,
    int? ContractSession,
    PrivateNote? Note)
{
    /// <summary>E.g. <c>Session 5 on 2026-02-02 (Middle, Attended, counts as 5)</c>; the note is never shown.</summary>
    public override string ToString() =>
        "Session " + Number + " on " + Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) +
        " (" + Phase + ", " + Attendance + (ContractSession is { } c ? ", counts as " + c : ", not counted") + ")";
}
