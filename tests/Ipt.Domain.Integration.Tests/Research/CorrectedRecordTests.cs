#nullable disable warnings
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Integration.Tests.Fhir;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Research.Rows;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>Research rows are the corrected record: a measure entered in error has no row, an amended measure or session
/// its amended values.</summary>
public sealed class CorrectedRecordTests
{
    private static readonly OutcomeCriteria[] Criteria = [OutcomeCriteria.Phq9Default];

    [Fact]
    public void Rows_leave_out_the_measure_in_error_and_carry_the_amended_measure_and_session()
    {
        CorrectedCourse k = CorrectedCourse.Build();
        CourseRecord rows = CourseRecord.From(k.Course, 0, "ipt", 7, Criteria, null, 0);
        MeasureRecorded[] corrected = [.. k.Course.CorrectedHistory.OfType<MeasureRecorded>()];
        int start = k.Course.StartedOn.DayNumber;
        Assert.Equal(corrected.Length, rows.Measures.Count);
        Assert.Equal(k.Course.History.OfType<MeasureRecorded>().Count() - 1, rows.Measures.Count);
        Assert.Equal(corrected.Select(m => (m.InstrumentCode, m.SessionNumber, m.OccurredOn.DayNumber - start, m.Answers.Sum())), rows.Measures.Select(m => (m.Instrument, m.SessionNumber, m.Day, m.Total)));
        Assert.Contains(rows.Measures, m => m.SessionNumber == k.Amendment.SessionNumber && m.Total == k.Amendment.Answers.Sum());

        SessionRow last = rows.Sessions.Single(s => s.SessionNumber == k.SessionAmendment.Number);
        Assert.Equal(Codes.Of(k.SessionAmendment.Attendance), last.Attendance);
        Assert.Equal(k.Course.SessionsAttended, rows.Course.SessionsAttended);
        Assert.Equal(k.Course.CorrectedHistory.OfType<SessionRecorded>().Count(s => s.Attendance == Attendance.Attended), rows.Course.SessionsAttended);

        // The primary outcome is computed on the corrected measures.
        Assert.Equal(k.Course.MeasureSeries("phq-9")!.Latest.Score.Total, rows.Course.Endpoint);
    }
}
