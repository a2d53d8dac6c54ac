using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_CommandIds
{
    [Fact]
    public void A_repeated_command_id_returns_the_original_events_and_appends_nothing()
    {
        TreatmentCourse c = NewCourse();
        Result<IReadOnlyList<CourseEvent>> first = c.ExecuteOnce("appt-1", x => x.RecordSession(Start, Attendance.Attended));
        Assert.True(first.IsSuccess);
        SessionRecorded recorded = Assert.IsType<SessionRecorded>(Assert.Single(first.Value));
        Assert.Equal("appt-1", recorded.CommandId);
        Assert.Same(recorded, c.History[^1]);

        int version = c.Version;
        Result<IReadOnlyList<CourseEvent>> again = c.ExecuteOnce("appt-1", x => x.RecordSession(Week(1), Attendance.NoShow));
        Assert.Equal(first.Value, again.Value);
        Assert.Equal(version, c.Version);
        Assert.Single(c.Sessions);
    }

    [Fact]
    public void A_measure_and_the_concern_it_raised_share_the_id_and_both_come_back()
    {
        TreatmentCourse c = NewCourse();
        c.RecordSession(Start, Attendance.Attended);
        IReadOnlyList<CourseEvent> events = c.ExecuteOnce("phq-1", x => x.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 2], Start, atLatestSession: true)).Value;
        Assert.Equal(2, events.Count);
        Assert.IsType<SafetyConcernRaised>(events[1]);
        Assert.All(events, e => Assert.Equal("phq-1", e.CommandId));
        Assert.Equal(events, c.ExecuteOnce("phq-1", x => x.RecordMeasure("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 0], Start)).Value);

        TreatmentCourse back = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History)).Value, c.Protocol).Value;
        Assert.Equal(c.History, back.History);
        Assert.Equal(events, back.ExecuteOnce("phq-1", x => x.RecordMeasure("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 0], Start)).Value);
        Assert.Equal(c.Version, back.Version);
    }

    [Fact]
    public void After_a_version_conflict_the_retry_with_the_same_id_records_the_appointment_once()
    {
        TreatmentCourse stored = NewCourse();
        string json = CourseHistoryJson.Serialize(stored.History);
        TreatmentCourse a = Load(json), b = Load(json);
        a.ExecuteOnce("appt-2026-01-05", x => x.RecordSession(Start, Attendance.Attended));
        json = CourseHistoryJson.Serialize(a.History);                        // a saves first
        b.ExecuteOnce("appt-2026-01-05", x => x.RecordSession(Start, Attendance.Attended));
        Assert.True(ConcurrencyCheck.Verify(Load(json), 1).IsFailure);        // b's save conflicts
        TreatmentCourse reloaded = Load(json);                               // reload and retry with the same id
        Assert.Equal(0, ConcurrencyCheck.PendingEvents(reloaded, reloaded.Version).Value.Count - 0);
        int before = reloaded.Version;
        reloaded.ExecuteOnce("appt-2026-01-05", x => x.RecordSession(Start, Attendance.Attended));
        Assert.Equal(before, reloaded.Version);
        Assert.Single(reloaded.Sessions);
    }

    [Fact]
    public void A_refused_command_is_not_remembered_and_a_bad_id_is_misuse()
    {
        TreatmentCourse c = NewCourse();
        Result<IReadOnlyList<CourseEvent>> refused = c.ExecuteOnce("t-1", x => x.CompleteTask(Ipt.Domain.Phases.TherapyTask.InterpersonalInventory, Start));
        Assert.True(refused.IsFailure);
        Assert.Equal(1, c.Version);
        Assert.True(c.ExecuteOnce("t-1", x => x.RecordSession(Start, Attendance.Attended)).IsSuccess);
        Assert.Equal(2, c.Version);
        Assert.Throws<ArgumentException>(() => c.ExecuteOnce("has space", x => x.RecordSession(Week(1), Attendance.Attended)));
        Assert.Throws<ArgumentException>(() => c.ExecuteOnce(new string('a', CommandIds.MaxLength + 1), x => x.RecordSession(Week(1), Attendance.Attended)));
        Assert.Throws<ArgumentException>(() => c.ExecuteOnce("", x => x.RecordSession(Week(1), Attendance.Attended)));
        Assert.Throws<ArgumentNullException>(() => c.ExecuteOnce<SessionRecorded>("ok", null!));
    }

    [Fact]
    public void A_retried_command_stored_twice_is_refused_on_replay_naming_the_event()
    {
        TreatmentCourse c = NewCourse();
        c.ExecuteOnce("appt-1", x => x.CompleteTask(Ipt.Domain.Phases.TherapyTask.Psychoeducation, Start));
        var history = c.History.ToList();
        history.Add(history[^1]);
        DomainError e = TreatmentCourse.FromHistory(history, c.Protocol).Error!;
        Assert.Equal(CourseErrors.HistoryCommandRepeated, e.Code);
        Assert.Equal(new EventLocation(3, "task-completed", null), e.Event);
        Assert.Equal("Event 3 (task-completed): Its command id was already used by event 2: a retried command was stored twice.", e.Message);
        history[^1] = history[^1] with { CommandId = "bad id" };
        Assert.Equal(CourseErrors.HistoryEventInvalid, TreatmentCourse.FromHistory(history, c.Protocol).Error!.Code);
    }

    [Fact]
    public void The_id_travels_in_the_history_and_version_1_documents_read_without_ids()
    {
        TreatmentCourse c = NewCourse();
        c.ExecuteOnce("appt-1", x => x.RecordSession(Start, Attendance.Attended));
        string json = CourseHistoryJson.Serialize(c.History);
        Assert.Contains("\"commandId\":\"appt-1\"", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"schemaVersion\":2,", json, StringComparison.Ordinal);

        string v1 = CourseHistoryJson.Serialize(NewCourse().Sessions(2).History).Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal);
        Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(v1);
        Assert.True(read.IsSuccess, read.ToString());
        Assert.Equal(NewCourse().Sessions(2).History, read.Value);
        Assert.StartsWith("{\"schemaVersion\":2,", CourseHistoryJson.Serialize(read.Value), StringComparison.Ordinal);

        string v1WithId = json.Replace("\"schemaVersion\":2", "\"schemaVersion\":1", StringComparison.Ordinal);
        DomainError error = CourseHistoryJson.Deserialize(v1WithId).Error!;
        Assert.Equal(CourseErrors.HistoryEventInvalid, error.Code);
        Assert.Equal(new EventLocation(2, "session-recorded", "commandId"), error.Event);
        Assert.Equal(CourseErrors.HistoryEventInvalid, CourseHistoryJson.Deserialize(json.Replace("appt-1", "appt 1", StringComparison.Ordinal)).Error!.Code);
    }

    private static TreatmentCourse Load(string json) =>
        TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(json).Value, Ipt.Domain.Protocols.StandardIpt.Definition).Value;
}
