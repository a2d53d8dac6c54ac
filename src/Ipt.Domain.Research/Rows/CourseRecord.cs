using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Research.Rows;

/// <summary>The rows of one course in the three tables: its course row, its sessions and its measures.</summary>
/// <param name="Course">The course row.</param>
/// <param name="Sessions">Its sessions, in session order.</param>
/// <param name="Measures">Its measures, oldest first.</param>
public sealed record CourseRecord(CourseRow Course, IReadOnlyList<SessionRow> Sessions, IReadOnlyList<MeasureRow> Measures)
{
    /// <summary>Flattens a course. The primary outcome follows the simulator's rule: the first criteria whose instrument
    /// was recorded at least twice. Reads only the course's corrected record (an entry marked entered in error leaves no row, an
    /// amended one gives its amended values); no note, no client reference.</summary>
    /// <param name="course">The course.</param>
    /// <param name="courseIndex">Its index in the population.</param>
    /// <param name="arm">Arm label.</param>
    /// <param name="seed">Seed of the cohort.</param>
    /// <param name="criteria">Outcome criteria, in order of preference.</param>
    /// <param name="fidelityScore">Fidelity score, or null.</param>
    /// <param name="fidelityFindings">Fidelity findings.</param>
    /// <returns>The rows.</returns>
    public static CourseRecord From(TreatmentCourse course, int courseIndex, string arm, long seed, IReadOnlyList<OutcomeCriteria> criteria, int? fidelityScore, int fidelityFindings)
    {
        Guard.Against.Null(course);
        Guard.Against.Null(arm);
        Guard.Against.Null(criteria);
        string protocol = course.Protocol.Id;
        int start = course.StartedOn.DayNumber;
        IReadOnlyList<SessionRecord> log = course.Sessions;
        var points = new int?[log.Count + 1];
        var sessions = new SessionRow[log.Count];
        int attended = 0;
        for (int i = 0; i < log.Count; i++)
        {
            SessionRecord s = log[i];
            int? point = null;
            if (s.Attendance == Attendance.Attended)
            {
                point = ++attended;
            }

            points[s.Number] = point;
            sessions[i] = new SessionRow(protocol, arm, courseIndex, s.Number, s.Date.DayNumber - start, Codes.Of(s.Attendance), Codes.Of(s.Phase), s.ContractSession, point);
        }

        IReadOnlyList<CourseMeasure> measured = course.Measures();
        var measures = new MeasureRow[measured.Count];
        for (int i = 0; i < measured.Count; i++)
        {
            CourseMeasure m = measured[i];
            int? point = m.SessionNumber is int n && n > 0 && n < points.Length ? points[n] : null;
            measures[i] = new MeasureRow(protocol, arm, courseIndex, m.Score.InstrumentCode, m.SessionNumber, point, m.On.DayNumber - start, m.Score.Total, m.Score.HasSafetyFlag);
        }

        string? instrument = null;
        CourseMeasure? baseline = null;
        CourseMeasure? endpoint = null;
        OutcomeCriteria? primary = null;
        foreach (OutcomeCriteria c in criteria)
        {
            int count = 0;
            foreach (CourseMeasure m in measured)
            {
                if (string.Equals(m.Score.InstrumentCode, c.InstrumentCode, StringComparison.Ordinal))
                {
                    baseline ??= m;
                    endpoint = m;
                    count++;
                }
            }

            if (count >= 2)
            {
                primary = c;
                instrument = c.InstrumentCode;
                break;
            }

            baseline = null;
            endpoint = null;
        }

        bool? response = null;
        bool? remission = null;
        int? change = null;
        if (primary is not null && baseline is not null && endpoint is not null)
        {
            int b = baseline.Score.Total;
            int e = endpoint.Score.Total;
            change = e - b;
            response = b > 0 && (b - e) >= primary.MinimumResponseReduction * b;
            remission = primary.RemissionMaximumTotal is int max ? e <= max : null;
        }

        PhaseKind reached = course.Protocol.Phases[0].Kind;
        int concerns = 0;
        foreach (CourseEvent e in course.CorrectedHistory)
        {
            if (e is PhaseBegun begun)
            {
                reached = begun.Phase;
            }
            else if (e is SafetyConcernRaised)
            {
                concerns++;
            }
        }

        bool dropout = course.DiscontinuationReason == DiscontinuationReason.Dropout;
        var row = new CourseRow(
            protocol, arm, seed, courseIndex, Codes.Of(course.Status),
            course.DiscontinuationReason is { } reason ? Codes.Of(reason) : null,
            Codes.Of(reached), log.Count, course.SessionsHeld, course.SessionsAttended, course.LastActivityOn.DayNumber - start,
            dropout ? log.Count : null, instrument, baseline?.Score.Total, endpoint?.Score.Total, endpoint?.SessionNumber,
            endpoint?.SessionNumber is int en && en > 0 && en < points.Length ? points[en] : null,
            change, response, remission, fidelityScore, fidelityFindings, concerns);
        return new CourseRecord(row, sessions, measures);
    }
}
