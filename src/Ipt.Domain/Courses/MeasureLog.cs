using System;
using System.Collections.Generic;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>
/// The course's measure log: item-scored measures (by clinical date), SRM-5 diary weeks, safety concerns with their
/// actions, and the safety flag of the latest measure still waiting for its <c>safety-concern-raised</c>.
/// </summary>
/// <remarks>Created with a course's first measurement event, so a course without measures pays nothing for it.</remarks>
internal sealed class MeasureLog
{
    // The measure applied last, whose safety concern (if any) follows it.
    private CourseMeasure? _lastMeasure;

    /// <summary>Measures, oldest clinical date first.</summary>
    internal List<CourseMeasure> Measures { get; } = [];

    /// <summary>Diary weeks, oldest review date first.</summary>
    internal List<CourseSocialRhythmWeek> Weeks { get; } = [];

    /// <summary>Safety concerns, by number.</summary>
    internal List<ConcernEntry> Concerns { get; } = [];

    /// <summary>Code of the safety flag raised by the latest measure whose concern is not yet applied, or null.</summary>
    internal string? PendingConcern { get; private set; }

    /// <summary>The rules a <c>safety-concern-raised</c> must pass: it follows the flagged measure directly, on its dates, in sequence.</summary>
    internal DomainError? CheckConcern(SafetyConcernRaised c, CourseEvent previous)
    {
        if (PendingConcern is null || c.FlagCode is null ||
            !string.Equals(c.FlagCode, PendingConcern, StringComparison.Ordinal) ||
            c.Concern != Concerns.Count + 1 || previous is not MeasureRecorded raisedBy ||
            c.OccurredOn != raisedBy.OccurredOn || c.EnteredOn != raisedBy.EnteredOn)
        {
            return MeasureCourseErrors.ConcernWithoutFlag();
        }

        return null;
    }

    internal void ApplyMeasure(MeasureRecorded m, InstrumentScore score)
    {
        _lastMeasure = new CourseMeasure(m.OccurredOn, m.SessionNumber, score);
        InsertByDate(Measures, _lastMeasure);
        PendingConcern = score.SafetyFlag?.Code;
    }

    internal void ApplyConcern(SafetyConcernRaised c)
    {
        CourseMeasure source = _lastMeasure!;
        Concerns.Add(new ConcernEntry(c.Concern, c.OccurredOn, source.SessionNumber, source.Score.SafetyFlag!));
        PendingConcern = null;
    }

    internal void ApplyAction(SafetyActionRecorded a) =>
        Concerns[a.Concern - 1].Actions.Add(new SafetyActionTaken(a.OccurredOn, a.Action, a.Note));

    internal void ApplyWeek(SocialRhythmWeekRecorded w, SocialRhythmScore score) =>
        InsertByDate(Weeks, new CourseSocialRhythmWeek(w.OccurredOn, w.SessionNumber, score));

    // Identity of a measurement entry (decision 0026): an instrument is administered once a day (its recall period is a
    // week or two) and a diary week is reviewed once a day. The log is the corrected record, so an entry marked entered
    // in error no longer counts.
    internal bool MeasuredOn(string instrumentCode, DateOnly on)
    {
        foreach (CourseMeasure x in Measures)
        {
            if (x.On == on && string.Equals(x.Score.InstrumentCode, instrumentCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal bool WeekReviewedOn(DateOnly on)
    {
        foreach (CourseSocialRhythmWeek x in Weeks)
        {
            if (x.On == on)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The concerns as public values, oldest first; with <paramref name="openOnly"/>, those without any action.</summary>
    internal List<SafetyConcern> ConcernList(bool openOnly)
    {
        var list = new List<SafetyConcern>(openOnly ? 0 : Concerns.Count);
        foreach (ConcernEntry c in Concerns)
        {
            if (!openOnly || c.Actions.Count == 0)
            {
                list.Add(c.ToConcern());
            }
        }

        return list;
    }

    /// <summary>True when an instrument (or the SRM) was recorded for a session: tied to it, or untied and dated on its date.</summary>
    internal bool IsCovered(string instrumentCode, int sessionNumber, DateOnly sessionDate)
    {
        if (string.Equals(instrumentCode, SocialRhythmMetric.Code, StringComparison.Ordinal))
        {
            foreach (CourseSocialRhythmWeek w in Weeks)
            {
                if (w.SessionNumber == sessionNumber || (w.SessionNumber is null && w.On == sessionDate))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (CourseMeasure m in Measures)
        {
            if (string.Equals(m.Score.InstrumentCode, instrumentCode, StringComparison.Ordinal) &&
                (m.SessionNumber == sessionNumber || (m.SessionNumber is null && m.On == sessionDate)))
            {
                return true;
            }
        }

        return false;
    }

    // Measures are listed by clinical date; a late entry goes after every measure of its date or earlier.
    private static void InsertByDate(List<CourseMeasure> measures, CourseMeasure measure)
    {
        int at = measures.Count;
        while (at > 0 && measures[at - 1].On > measure.On)
        {
            at--;
        }

        measures.Insert(at, measure);
    }

    // Diary weeks are listed by review date, as measures are by clinical date.
    private static void InsertByDate(List<CourseSocialRhythmWeek> weeks, CourseSocialRhythmWeek week)
    {
        int at = weeks.Count;
        while (at > 0 && weeks[at - 1].On > week.On)
        {
            at--;
        }

        weeks.Insert(at, week);
    }
}
