using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Tests.Generators;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_FromHistory
{
    private static List<CourseEvent> History() => [.. InMiddlePhase().Sessions(2).History];

    private static string Replay(IEnumerable<CourseEvent> events) =>
        TreatmentCourse.FromHistory(events, Ipt.Domain.Protocols.StandardIpt.Definition).Match(_ => "ok", e => e.Code);

    [Fact]
    public void A_real_history_rebuilds_an_equal_course()
    {
        TreatmentCourse live = ReadyToComplete();
        Assert.Equal(live.ToSnapshot(), TreatmentCourse.FromHistory(live.History, live.Protocol).Value.ToSnapshot());
    }

    [Fact]
    public void An_empty_history_is_rejected() => Assert.Equal(CourseErrors.HistoryEmpty, Replay([]));

    [Fact]
    public void A_history_not_starting_with_course_started_is_rejected() =>
        Assert.Equal(CourseErrors.HistoryFirstEventNotStart, Replay(History().Skip(1)));

    [Fact]
    public void A_second_course_started_is_rejected()
    {
        List<CourseEvent> h = History();
        h.Add(h[0]);
        Assert.Equal(CourseErrors.HistoryStartedTwice, Replay(h));
    }

    [Fact]
    public void A_missing_session_is_detected_as_a_gap()
    {
        List<CourseEvent> h = History();
        h.RemoveAt(h.FindIndex(e => e is SessionRecorded { Number: 2 }));
        Assert.Equal(CourseErrors.HistorySessionNumberMismatch, Replay(h));
    }

    [Fact]
    public void Out_of_order_dates_are_rejected()
    {
        List<CourseEvent> h = History();
        int i = h.FindLastIndex(e => e is SessionRecorded);
        h[i] = h[i] with { OccurredOn = Start.AddDays(1) };
        Assert.Equal(CourseErrors.SessionDateNotAfterPrevious, Replay(h));
    }

    [Fact]
    public void A_history_for_another_protocol_is_rejected()
    {
        TreatmentCourse other = NewCourse(TestProtocols.IptUk);
        Assert.Equal(CourseErrors.HistoryProtocolMismatch, Replay(other.History));
    }

    [Fact]
    public void A_phase_move_that_could_not_have_happened_is_rejected_with_the_guard_code()
    {
        List<CourseEvent> h = [.. NewCourse().Sessions(1).History];
        h.Add(new PhaseBegun(Start, PhaseKind.Middle));
        Assert.Equal(PhaseErrors.TaskMissingCode(TherapyTask.Diagnosis), Replay(h));
    }

    [Fact]
    public void Null_events_and_undefined_values_are_rejected()
    {
        List<CourseEvent> h = History();
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay([.. h, null!]));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay([.. h, new SessionRecorded(Week(10), 6, (Attendance)7, SessionModality.InPerson, SessionParticipants.ClientOnly, null)]));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay([new CourseStarted(Start, new CourseId(Guid.Empty), ClientRef.From("c"), "ipt", 16)]));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay([new CourseStarted(Start, CourseId.New(), null!, "ipt", 16)]));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay([new CourseStarted(Start, CourseId.New(), ClientRef.From("c"), null!, 16)]));
        Assert.Equal(CourseErrors.HistoryEventInvalid, Replay([.. h, new ContinuationDecided(Week(10), (ContinuationDecision)9)]));
    }

    [Fact]
    public void A_course_started_after_the_course_closed_is_a_second_start_not_a_command_on_a_closed_course()
    {
        TreatmentCourse c = ReadyToComplete();
        c.Complete(Week(16));
        Assert.Equal(CourseErrors.HistoryStartedTwice, Replay([.. c.History, c.History[0]]));
    }

    [Fact]
    public void Events_after_completion_are_rejected()
    {
        TreatmentCourse c = ReadyToComplete();
        c.Complete(Week(16));
        Assert.Equal(CourseErrors.Completed, Replay([.. c.History, new TaskCompleted(Week(17), TherapyTask.FuturePlan)]));
    }
}
