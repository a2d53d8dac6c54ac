using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class PrivacyTests
{
    private const string Secret = "SECRET-marital-affair";

    [Fact]
    public void Notes_do_not_appear_in_records_events_course_or_snapshot_text()
    {
        TreatmentCourse c = NewCourse();
        c.RecordSession(Start, Attendance.Attended, note: PrivateNote.From(Secret));
        c.Discontinue(Start, DiscontinuationReason.Other, PrivateNote.From(Secret));
        string[] printed = [c.ToString(), c.ToSnapshot().ToString(), c.Sessions[0].ToString(), c.History[1].ToString(), c.History[2].ToString()];
        Assert.All(printed, p => Assert.DoesNotContain("SECRET", p, StringComparison.Ordinal));
        Assert.Equal(Secret, c.Sessions[0].Note!.Text);
    }

    [Fact]
    public void Rejections_of_commands_carrying_notes_do_not_quote_them()
    {
        TreatmentCourse c = NewCourse().Sessions(1);
        DomainError e = c.RecordSession(Start, Attendance.Attended, note: PrivateNote.From(Secret)).Error!;
        Assert.DoesNotContain("SECRET", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_course_text_holds_no_client_reference()
    {
        Assert.DoesNotContain("c-1042", NewCourse().ToString(), StringComparison.Ordinal);
    }
}
