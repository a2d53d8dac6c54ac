using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Testing;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.TestingPackage;

/// <summary>The invariant checker of the testing package catches each kind of broken course: every test hands it the
/// observation of a real course with one fact made to disagree (a course the library itself never produces) and
/// expects the violation that names it. Without these, a checker that always answers "holds" would pass every
/// property that uses it.</summary>
public class CourseInvariantsTests
{
    private static readonly TreatmentCourse Middle = InMiddlePhase();
    private static readonly TreatmentCourse Termination = InTermination();
    private static readonly TreatmentCourse Ready = ReadyToComplete();
    private static readonly TreatmentCourse Completed = Done();
    private static readonly TreatmentCourse Discontinued = Stopped();

    private static TreatmentCourse Done()
    {
        TreatmentCourse c = ReadyToComplete();
        Assert.True(c.Complete(c.LastActivityOn).IsSuccess);
        return c;
    }

    private static TreatmentCourse Stopped()
    {
        TreatmentCourse c = InMiddlePhase().Sessions(1);
        Assert.True(c.Discontinue(c.LastActivityOn, DiscontinuationReason.ClientChoice).IsSuccess);
        return c;
    }

    private static CourseObservation Of(TreatmentCourse c) => CourseObservation.Of(c);

    private static string Violated(CourseObservation o)
    {
        string? v = CourseInvariants.Violation(o);
        Assert.NotNull(v);
        return v;
    }

    private static List<CourseEvent> Without<T>(IReadOnlyList<CourseEvent> events, Func<T, bool> which)
        where T : CourseEvent
    {
        var list = events.ToList();
        list.RemoveAt(list.FindIndex(e => e is T t && which(t)));
        return list;
    }

    // The record with the event completing the task moved to position `to` of what remains.
    private static List<CourseEvent> Moved(IReadOnlyList<CourseEvent> record, TherapyTask task, Func<List<CourseEvent>, int> to)
    {
        var list = record.ToList();
        int at = list.FindIndex(e => e.CompletesTask == task);
        CourseEvent e = list[at];
        list.RemoveAt(at);
        list.Insert(to(list), e);
        return list;
    }

    private static int IndexOf<T>(IReadOnlyList<CourseEvent> events, Func<T, bool> which)
        where T : CourseEvent => events.ToList().FindIndex(e => e is T t && which(t));

    private static TaskSet Except(TaskSet tasks, TherapyTask task) => TaskSet.Of([.. tasks.ToList().Where(t => t != task)]);

    [Fact]
    public void The_untampered_observation_of_every_fixture_course_holds()
    {
        foreach (TreatmentCourse c in new[] { NewCourse(), Middle, Termination, Ready, Completed, Discontinued })
        {
            Assert.Null(CourseInvariants.Violation(Of(c)));
            Assert.Null(CourseInvariants.Violation(c));
            CourseInvariants.EnsureHolds(c);
        }
    }

    [Fact]
    public void Null_is_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => CourseInvariants.Violation((TreatmentCourse)null!));
        Assert.Throws<ArgumentNullException>(() => CourseInvariants.EnsureHolds(null!));
    }

    [Fact]
    public void A_history_that_does_not_begin_with_course_started()
    {
        Assert.Contains("does not begin with course-started", Violated(Of(Middle) with { History = [] }));
        Assert.Contains("does not begin with course-started", Violated(Of(Middle) with { History = [.. Middle.History.Skip(1)], Version = Middle.Version - 1 }));
    }

    [Fact]
    public void A_version_other_than_the_history_length()
    {
        Assert.Contains("version differs", Violated(Of(Middle) with { Version = Middle.Version + 1 }));
        Assert.Contains("version differs", Violated(Of(Middle) with { Version = Middle.Version - 1 }));
    }

    [Fact]
    public void Course_started_twice()
    {
        List<CourseEvent> h = [Middle.History[0], .. Middle.History];
        Assert.Contains("course-started appears twice", Violated(Of(Middle) with { History = h, Version = h.Count }));
    }

    [Fact]
    public void A_start_or_last_activity_date_other_than_the_history_s()
    {
        Assert.Contains("start or last activity", Violated(Of(Middle) with { StartedOn = Start.AddDays(1) }));
        Assert.Contains("start or last activity", Violated(Of(Middle) with { LastActivityOn = Middle.LastActivityOn.AddDays(1) }));
    }

    [Fact]
    public void An_event_entered_before_its_predecessor_dated_before_the_start_or_after_its_entry()
    {
        IReadOnlyList<CourseEvent> h = Middle.History;
        int second = IndexOf<SessionRecorded>(h, s => s.Number == 2);
        List<CourseEvent> earlier = [.. h];
        earlier[second] = h[second] with { OccurredOn = h[second - 1].EntryDate.AddDays(-1) };
        Assert.Contains("event " + (second + 1) + " is entered before its predecessor", Violated(Of(Middle) with { History = earlier }));

        List<CourseEvent> beforeStart = [.. h];
        beforeStart[1] = h[1] with { OccurredOn = Start.AddDays(-1), EnteredOn = h[1].OccurredOn };
        Assert.Contains("event 2 is entered before", Violated(Of(Middle) with { History = beforeStart }));

        List<CourseEvent> afterEntry = [.. h];
        afterEntry[second] = h[second] with { OccurredOn = h[second].OccurredOn.AddDays(1), EnteredOn = h[second].OccurredOn };
        Assert.Contains("is entered before its predecessor, or dated before the start or after its entry", Violated(Of(Middle) with { History = afterEntry }));
    }

    [Fact]
    public void Events_entered_on_the_same_day_as_their_predecessor_are_in_order()
    {
        // The initial tasks are all completed on the third session's date: equal entry dates are in order.
        Assert.Contains(Middle.History.Zip(Middle.History.Skip(1)), p => p.First.EntryDate == p.Second.EntryDate);
        Assert.Null(CourseInvariants.Violation(Of(Middle)));
    }

    [Fact]
    public void A_contract_outside_the_minimum_and_the_hard_cap()
    {
        SessionCounts b = Middle.Protocol.Sessions;
        Assert.Contains("contract outside", Violated(Of(Middle) with { ContractedSessions = b.Minimum - 1 }));
        Assert.Contains("contract outside", Violated(Of(Middle) with { ContractedSessions = b.HardCap + 1 }));
        Assert.DoesNotContain("contract outside", Violated(Of(Middle) with { ContractedSessions = b.Minimum }));
        Assert.DoesNotContain("contract outside", Violated(Of(Middle) with { ContractedSessions = b.HardCap }));
    }

    [Fact]
    public void More_sessions_held_than_contracted_or_remaining_sessions_that_do_not_add_up()
    {
        CourseObservation o = Of(Middle);
        Assert.Contains("more sessions held than contracted", Violated(o with { SessionsHeld = o.ContractedSessions + 1, RemainingSessions = -1 }));
        Assert.Contains("more sessions held than contracted", Violated(o with { RemainingSessions = o.RemainingSessions + 1 }));
        Assert.DoesNotContain("more sessions held", Violated(o with { SessionsHeld = o.ContractedSessions, RemainingSessions = 0 }));
    }

    [Fact]
    public void An_extension_that_does_not_increase_the_contract()
    {
        TreatmentCourse c = InMiddlePhase();
        List<CourseEvent> h = [.. c.History, new ContractExtended(c.LastActivityOn, c.ContractedSessions)];
        Assert.Contains("an extension did not increase the contract", Violated(Of(c) with { History = h, Version = h.Count, LastActivityOn = c.LastActivityOn }));
    }

    [Fact]
    public void A_contract_other_than_the_last_contract_event()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.True(c.ExtendContract(18, c.LastActivityOn).IsSuccess);
        CourseObservation o = Of(c);
        Assert.Null(CourseInvariants.Violation(o));
        Assert.Contains("contract differs from the last contract event (1 extensions)", Violated(o with { ContractedSessions = 17, RemainingSessions = 17 - o.SessionsHeld }));
    }

    [Fact]
    public void A_misnumbered_misdated_or_too_early_session()
    {
        IReadOnlyList<SessionRecord> s = Middle.Sessions;
        List<SessionRecord> renumbered = [.. s];
        renumbered[1] = s[1] with { Number = 3 };
        Assert.Contains("session 2 is misnumbered or misdated", Violated(Of(Middle) with { Sessions = renumbered }));

        List<SessionRecord> sameDay = [.. s];
        sameDay[1] = s[1] with { Date = s[0].Date };
        Assert.Contains("session 2 is misnumbered or misdated", Violated(Of(Middle) with { Sessions = sameDay }));

        List<SessionRecord> early = [.. s];
        early[0] = s[0] with { Date = Start.AddDays(-1) };
        Assert.Contains("session 1 is misnumbered or misdated", Violated(Of(Middle) with { Sessions = early }));
    }

    [Fact]
    public void Contract_session_numbers_that_skip_or_a_non_counting_session_numbered()
    {
        IReadOnlyList<SessionRecord> s = Middle.Sessions;
        List<SessionRecord> skipped = [.. s];
        skipped[1] = s[1] with { ContractSession = 3 };
        Assert.Contains("contract session numbers are not consecutive", Violated(Of(Middle) with { Sessions = skipped }));

        Attendance notCounted = Enum.GetValues<Attendance>().First(a => !Middle.Protocol.CountsTowardContract(a));
        List<SessionRecord> uncounted = [.. s];
        uncounted[2] = s[2] with { Attendance = notCounted };
        Assert.Contains("a session that does not count was numbered", Violated(Of(Middle) with { Sessions = uncounted }));
    }

    [Fact]
    public void Held_or_attended_counts_other_than_the_session_log()
    {
        CourseObservation o = Of(Middle);
        Assert.Contains("held or attended count differs", Violated(o with { SessionsHeld = o.SessionsHeld - 1, RemainingSessions = o.RemainingSessions + 1 }));
        Assert.Contains("held or attended count differs", Violated(o with { SessionsAttended = o.SessionsAttended + 1 }));
    }

    [Fact]
    public void A_session_log_other_than_the_record()
    {
        CourseObservation o = Of(Middle);
        Assert.Contains("session log differs from the history", Violated(o with { Record = Without<SessionRecorded>(o.Record, s => s.Number == 3) }));
    }

    [Fact]
    public void A_completed_task_the_protocol_does_not_require()
    {
        TherapyTask foreign = Enum.GetValues<TherapyTask>().First(t => !Middle.Protocol.AllRequiredTasks.Contains(t));
        Assert.Contains("a completed task the protocol does not require", Violated(Of(Middle) with { CompletedTasks = Middle.CompletedTasks.With(foreign) }));
    }

    [Fact]
    public void A_task_completed_twice_or_completions_other_than_the_completed_set()
    {
        CourseObservation o = Of(Middle);
        CourseEvent diagnosis = o.Record.First(e => e.CompletesTask == TherapyTask.Diagnosis);
        Assert.Contains("a task completed twice", Violated(o with { Record = [.. o.Record, diagnosis] }));
        Assert.Contains("a task completed twice", Violated(o with { CompletedTasks = Except(o.CompletedTasks, TherapyTask.Diagnosis) }));
    }

    [Fact]
    public void An_event_after_the_course_was_discontinued()
    {
        CourseObservation o = Of(Discontinued);
        List<CourseEvent> record = [.. o.Record];
        record.Insert(record.Count - 1, record[^1]);
        Assert.Contains("an event after the course closed", Violated(o with { Record = record }));
    }

    [Fact]
    public void A_task_completed_before_its_phase()
    {
        CourseObservation o = Of(Termination);
        List<CourseEvent> record = Moved(o.Record, TherapyTask.EndingRaised, r => r.FindIndex(x => x is PhaseBegun));
        Assert.Contains("task EndingRaised completed before its phase", Violated(o with { Record = record }));
    }

    [Fact]
    public void A_phase_begun_out_of_the_protocol_s_order()
    {
        CourseObservation o = Of(Middle);
        var record = o.Record.ToList();
        int begun = record.FindIndex(x => x is PhaseBegun);
        record[begun] = new PhaseBegun(record[begun].OccurredOn, PhaseKind.Termination);
        Assert.Contains("phase Termination begun out of the protocol's order", Violated(o with { Record = record }));
    }

    [Fact]
    public void Beginning_the_current_phase_again()
    {
        CourseObservation o = Of(Termination);
        var record = o.Record.ToList();
        record.Add(new PhaseBegun(o.LastActivityOn, PhaseKind.Termination));
        Assert.Contains("begun out of the protocol's order", Violated(o with { Record = record }));
    }

    [Fact]
    public void Beginning_a_phase_after_the_protocol_s_last_phase()
    {
        TreatmentCourse c = ReadyToComplete().Fire(CourseTriggers.Begin(PhaseKind.Maintenance));
        CourseObservation o = Of(c);
        Assert.Null(CourseInvariants.Violation(o));
        Assert.Equal(PhaseKind.Maintenance, c.Protocol.Phases[^1].Kind);
        Assert.Equal("phase Maintenance begun out of the protocol's order", Violated(o with { Record = [.. o.Record, new PhaseBegun(o.LastActivityOn, PhaseKind.Maintenance)] }));
    }

    [Fact]
    public void Leaving_a_phase_whose_sessions_were_all_missed()
    {
        CourseObservation o = Of(Middle);
        int begun = o.Record.ToList().FindIndex(e => e is PhaseBegun);
        List<CourseEvent> record = [.. o.Record.Select((e, i) => i < begun && e is SessionRecorded s ? s with { Attendance = Attendance.NoShow } : e)];
        Assert.Equal("left the Initial phase without an attended session", Violated(o with { Record = record }));
    }

    [Fact]
    public void Leaving_a_phase_with_a_required_task_missing()
    {
        CourseObservation o = Of(Middle);
        List<CourseEvent> record = Moved(o.Record, TherapyTask.TreatmentContract, r => r.Count);
        Assert.Contains("left the Initial phase with a required task missing", Violated(o with { Record = record }));
    }

    [Fact]
    public void Leaving_a_phase_without_an_attended_session()
    {
        CourseObservation o = Of(Middle);
        var record = o.Record.ToList();
        var sessions = record.OfType<SessionRecorded>().ToList();
        record.RemoveAll(e => e is SessionRecorded);
        record.AddRange(sessions);
        Assert.Contains("left the Initial phase without an attended session", Violated(o with { Record = record }));
    }

    [Fact]
    public void Completing_below_the_minimum_or_before_the_last_counted_phase()
    {
        CourseObservation middle = Of(Middle);
        Assert.Contains("completed before the last counted phase", Violated(middle with { Record = [.. middle.Record, new CourseCompleted(Middle.LastActivityOn)] }));

        // Ready: sixteen sessions, termination tasks done. Count fewer than the minimum in the record by marking
        // sessions as not counted there.
        CourseObservation ready = Of(Ready);
        Assert.Null(CourseInvariants.Violation(ready with { Record = [.. ready.Record, new CourseCompleted(Ready.LastActivityOn)] }));
        Attendance notCounted = Enum.GetValues<Attendance>().First(a => !Ready.Protocol.CountsTowardContract(a));
        List<CourseEvent> fewer = [.. ready.Record.Select(e => e is SessionRecorded s && s.Number is >= 5 and <= 13 ? s with { Attendance = notCounted } : e), new CourseCompleted(Ready.LastActivityOn)];
        Assert.Equal("left the last counted phase below the minimum", Violated(ready with { Record = fewer }));
    }

    [Fact]
    public void An_active_course_whose_phase_differs_from_the_phases_begun()
    {
        Assert.Contains("current phase differs from the phases begun", Violated(Of(Middle) with { CurrentPhase = PhaseKind.Termination }));
    }

    [Fact]
    public void A_formulation_beyond_the_protocol_s_focus_limits()
    {
        TreatmentCourse c = Middle;
        FormulationFocus first = c.Formulation!.Foci[0];
        var twice = new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, [first, first]);
        Assert.Contains("formulation breaks the protocol's focus limits", Violated(Of(c) with { Formulation = twice }));

        var many = Enumerable.Range(0, c.Protocol.Formulation.MaxFocusAreas + 1)
            .Select(i => new FormulationFocus(Enum.GetValues<ProblemArea>()[i % 4], ClinicalSamples.Detail(Enum.GetValues<ProblemArea>()[i % 4], ClinicalSamples.DetailOnset)));
        Assert.Contains("focus limits", Violated(Of(c) with { Formulation = new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, many) }));
    }

    [Fact]
    public void A_formulation_or_an_inventory_without_its_completed_task()
    {
        TreatmentCourse c = NewCourse().Sessions(1).Inventory().Formulation();
        CourseObservation o = Of(c);
        Assert.Null(CourseInvariants.Violation(o));
        Assert.Contains("a formulation without its completed task", Violated(o with
        {
            Record = [.. o.Record.Where(e => e.CompletesTask != TherapyTask.FormulationAgreed)],
            CompletedTasks = Except(o.CompletedTasks, TherapyTask.FormulationAgreed),
        }));
        Assert.Contains("an inventory that is not complete or not recorded as a task", Violated(o with
        {
            Record = [.. o.Record.Where(e => e.CompletesTask != TherapyTask.InterpersonalInventory)],
            CompletedTasks = Except(o.CompletedTasks, TherapyTask.InterpersonalInventory),
        }));
    }

    [Fact]
    public void A_completed_course_whose_last_event_is_not_the_completion()
    {
        Assert.Contains("a completed course without completion", Violated(Of(Ready) with { Status = CourseStatus.Completed, CurrentPhase = null }));
    }

    [Fact]
    public void A_discontinued_course_whose_last_event_is_not_the_discontinuation_or_without_a_reason()
    {
        Assert.Contains("a discontinued course whose last event is not the discontinuation", Violated(Of(Middle) with { Status = CourseStatus.Discontinued }));
        Assert.Contains("a discontinued course", Violated(Of(Discontinued) with { DiscontinuationReason = null }));
    }

    [Fact]
    public void An_active_course_with_a_discontinuation_reason()
    {
        Assert.Contains("an active course without a phase", Violated(Of(Middle) with { DiscontinuationReason = DiscontinuationReason.Other }));
    }

    [Fact]
    public void A_history_that_does_not_replay()
    {
        CourseObservation o = Of(Middle);
        CourseEvent diagnosis = o.History.First(e => e.CompletesTask == TherapyTask.Diagnosis) with { OccurredOn = o.LastActivityOn };
        List<CourseEvent> h = [.. o.History, diagnosis];
        Assert.Equal("its own history does not replay: " + CourseErrors.TaskAlreadyCompleted, Violated(o with { History = h, Version = h.Count }));
    }

    [Fact]
    public void A_state_other_than_its_history_s_replay()
    {
        Assert.Equal("replay differs from the course", Violated(Of(Middle) with { Snapshot = Termination.ToSnapshot() }));
    }
}
