using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Persistence;

public class ConcurrencyCheckTests
{
    [Fact]
    public void Equal_versions_pass()
    {
        Assert.True(ConcurrencyCheck.Verify(0, 0).IsSuccess);
        Assert.True(ConcurrencyCheck.Verify(7, 7).IsSuccess);
        Assert.True(ConcurrencyCheck.Verify(CourseFixture.InMiddlePhase(), CourseFixture.InMiddlePhase().Version).IsSuccess);
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(4, 5)]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Different_versions_conflict(int current, int expected)
    {
        Result<Unit> r = ConcurrencyCheck.Verify(current, expected);
        Assert.Equal(PersistenceErrors.VersionConflict, r.Error!.Code);
        Assert.Equal(
            "The course is at version " + current + " but the change was made on version " + expected + "; reload the course and retry the command with the same command id.",
            r.Error.Message);
    }

    [Fact]
    public void The_messages_name_the_versions_and_null_courses_are_misuse()
    {
        TreatmentCourse course = CourseFixture.InMiddlePhase();
        Assert.Equal(
            "Version " + (course.Version + 1) + " is outside the course's versions 0–" + course.Version + ".",
            ConcurrencyCheck.PendingEvents(course, course.Version + 1).Error!.Message);
        Assert.Throws<System.ArgumentNullException>(() => ConcurrencyCheck.Verify(null!, 0));
        Assert.Throws<System.ArgumentNullException>(() => ConcurrencyCheck.PendingEvents(null!, 0));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Negative_versions_are_out_of_range(int current, int expected) =>
        Assert.Equal(PersistenceErrors.VersionOutOfRange, ConcurrencyCheck.Verify(current, expected).Error!.Code);

    [Fact]
    public void Pending_events_are_those_after_the_loaded_version()
    {
        TreatmentCourse course = CourseFixture.InMiddlePhase();
        int loaded = course.Version;
        course.Sessions(2);
        IReadOnlyList<CourseEvent> pending = ConcurrencyCheck.PendingEvents(course, loaded).Value;
        Assert.Equal(2, pending.Count);
        Assert.All(pending, e => Assert.IsType<SessionRecorded>(e));
        Assert.Equal(course.History.Skip(loaded), pending);
    }

    [Fact]
    public void Pending_events_of_a_new_course_are_its_whole_history_and_of_an_unchanged_course_none()
    {
        TreatmentCourse course = CourseFixture.InMiddlePhase();
        Assert.Equal(course.History, ConcurrencyCheck.PendingEvents(course, 0).Value);
        Assert.Empty(ConcurrencyCheck.PendingEvents(course, course.Version).Value);
    }

    [Fact]
    public void Pending_events_reject_a_version_outside_the_course()
    {
        TreatmentCourse course = CourseFixture.NewCourse();
        Assert.Equal(PersistenceErrors.VersionOutOfRange, ConcurrencyCheck.PendingEvents(course, -1).Error!.Code);
        Assert.Equal(PersistenceErrors.VersionOutOfRange, ConcurrencyCheck.PendingEvents(course, course.Version + 1).Error!.Code);
    }

    [Fact]
    public void Pending_events_do_not_change_when_the_course_moves_on()
    {
        TreatmentCourse course = CourseFixture.NewCourse();
        IReadOnlyList<CourseEvent> pending = ConcurrencyCheck.PendingEvents(course, 0).Value;
        course.Sessions(1);
        Assert.Single(pending);
    }

    [Fact]
    public void Codes_are_listed() =>
        Assert.Equal([PersistenceErrors.VersionConflict, PersistenceErrors.VersionOutOfRange], PersistenceErrors.AllCodes);
}

public class InMemoryCourseStoreTests
{
    private static readonly ProtocolDefinition Ipt = StandardIpt.Definition;

    [Fact]
    public void A_course_is_stored_and_reloaded_equal()
    {
        var store = new InMemoryCourseStore();
        TreatmentCourse course = CourseFixture.InMiddlePhase();
        Assert.Equal(course.Version, store.Save(course, expectedVersion: 0).Value);

        TreatmentCourse loaded = store.Load(course.Id, Ipt).Value;
        Assert.Equal(course.ToSnapshot(), loaded.ToSnapshot());
    }

    [Fact]
    public void The_second_of_two_writers_gets_the_conflict_and_succeeds_after_reloading()
    {
        var store = new InMemoryCourseStore();
        TreatmentCourse created = CourseFixture.InMiddlePhase();
        store.Save(created, 0);

        // Two clinicians' sessions load the same version.
        TreatmentCourse a = store.Load(created.Id, Ipt).Value;
        TreatmentCourse b = store.Load(created.Id, Ipt).Value;
        int loaded = a.Version;

        Assert.True(a.RecordSession(CourseFixture.Week(3), Attendance.Attended).IsSuccess);
        Assert.Equal(loaded + 1, store.Save(a, loaded).Value);

        Assert.True(b.RecordSession(CourseFixture.Week(3), Attendance.NoShow).IsSuccess);
        Result<int> second = store.Save(b, loaded);
        Assert.Equal(PersistenceErrors.VersionConflict, second.Error!.Code);

        // The store still holds the first writer's course only.
        TreatmentCourse reloaded = store.Load(created.Id, Ipt).Value;
        Assert.Equal(a.ToSnapshot(), reloaded.ToSnapshot());

        // The second writer reloads, applies its command again, and saves.
        int version = reloaded.Version;
        Assert.True(reloaded.RecordSession(CourseFixture.Week(4), Attendance.NoShow).IsSuccess);
        Assert.Equal(version + 1, store.Save(reloaded, version).Value);
        Assert.Equal(Attendance.NoShow, store.Load(created.Id, Ipt).Value.Sessions[^1].Attendance);
    }

    [Fact]
    public void Creating_a_course_twice_conflicts()
    {
        var store = new InMemoryCourseStore();
        TreatmentCourse course = CourseFixture.NewCourse();
        Assert.True(store.Save(course, 0).IsSuccess);
        Assert.Equal(PersistenceErrors.VersionConflict, store.Save(CourseFixture.NewCourse(), 0).Error!.Code);
    }

    [Fact]
    public void A_whole_course_saved_in_steps_reloads_completed()
    {
        var store = new InMemoryCourseStore();
        TreatmentCourse course = CourseFixture.InMiddlePhase();
        int saved = store.Save(course, 0).Value;
        course = store.Load(course.Id, Ipt).Value.Sessions(10).Tasks(TherapyTask.EndingRaised).Fire(CourseTrigger.BeginTerminationPhase);
        saved = store.Save(course, saved).Value;
        course = store.Load(course.Id, Ipt).Value.Sessions(3)
            .TerminationTasks()
            .Fire(CourseTrigger.Complete);
        store.Save(course, saved);

        TreatmentCourse final = store.Load(course.Id, Ipt).Value;
        Assert.Equal(CourseStatus.Completed, final.Status);
        Assert.Equal(course.ToSnapshot(), final.ToSnapshot());
    }
}
