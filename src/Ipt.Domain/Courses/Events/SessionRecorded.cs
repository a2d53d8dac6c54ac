using System;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses.Events;

/// <summary>A session was recorded. <paramref name="Number"/> is the session's position in the course's session
/// log (1, 2, 3, ...); it is carried so that replay can detect a missing or repeated session.</summary>
/// <param name="OccurredOn">Date of the session.</param>
/// <param name="Number">Position in the session log, starting at 1.</param>
/// <param name="Attendance">Whether the client came.</param>
/// <param name="Modality">How it was delivered.</param>
/// <param name="Participants">Who else took part.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record SessionRecorded(
    DateOnly OccurredOn,
    int Number,
    Attendance Attendance,
    SessionModality Modality,
    SessionParticipants Participants,
    PrivateNote? Note) : CourseEvent(OccurredOn);
