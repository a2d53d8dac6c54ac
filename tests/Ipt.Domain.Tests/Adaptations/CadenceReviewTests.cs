using System;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Adaptations;

public class CadenceReviewTests
{
    [Fact]
    public void Monthly_maintenance_lists_intervals_outside_the_tolerance()
    {
        TreatmentCourse c = CourseFixture.NewCourse(MaintenanceIpt.Definition);
        DateOnly d = CourseFixture.Start;
        foreach (int gap in new[] { 0, 30, 35, 60, 10, 28 })
        {
            d = d.AddDays(gap);
            Assert.True(c.RecordSession(d, Attendance.Attended).IsSuccess);
        }

        var deviations = MaintenanceIpt.Deviations(c.Protocol, c.Sessions);
        Assert.Equal(2, deviations.Count);
        Assert.Equal((3, 4, 60, 30, CadenceDeviationKind.TooLate), (deviations[0].FromSession, deviations[0].ToSession, deviations[0].IntervalDays, deviations[0].ExpectedDays, deviations[0].Kind));
        Assert.Equal((10, CadenceDeviationKind.TooSoon), (deviations[1].IntervalDays, deviations[1].Kind));
        Assert.Single(MaintenanceIpt.Deviations(c.Protocol, c.Sessions, new MaintenanceIptSettings { CadenceToleranceDays = 20 }));
    }

    [Fact]
    public void Missed_sessions_are_skipped_and_a_flexible_cadence_has_no_deviations()
    {
        TreatmentCourse c = CourseFixture.NewCourse(MaintenanceIpt.Definition);
        c.RecordSession(CourseFixture.Start, Attendance.Attended);
        c.RecordSession(CourseFixture.Start.AddDays(3), Attendance.NoShow);
        c.RecordSession(CourseFixture.Start.AddDays(30), Attendance.Attended);
        Assert.Empty(CadenceReview.Deviations(c.Protocol, c.Sessions, 0));

        TreatmentCourse ipc = CourseFixture.NewCourse(InterpersonalCounseling.Definition);
        ipc.RecordSession(CourseFixture.Start, Attendance.Attended);
        ipc.RecordSession(CourseFixture.Start.AddDays(90), Attendance.Attended);
        Assert.Empty(CadenceReview.Deviations(ipc.Protocol, ipc.Sessions, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CadenceReview.Deviations(ipc.Protocol, ipc.Sessions, -1));
    }
}
