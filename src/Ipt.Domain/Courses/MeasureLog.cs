using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Courses;

/// <summary>
/// The course's measure log: item-scored measures (by clinical date), SRM-5 diary weeks, safety concerns with their
/// actions, and the safety flag of the latest measure still waiting for its <c>safety-concern-raised</c>.
/// </summary>
/// <remarks>Created with a course's first measurement event, so a course without measures pays nothing for it.</remarks>
internal sealed class MeasureLog
{
    // The measure applied last, whose safety concern (if any) follows it.
    private MeasureEntry _lastMeasure;

    /// <summary>A log sized for <paramref name="expectedMeasures"/> item-scored measures.</summary>
    internal MeasureLog(int expectedMeasures) => Measures = new List<MeasureEntry>(expectedMeasures);

    /// <summary>Measures, oldest clinical date first: each event with the score its check computed (a
    /// <see cref="CourseMeasure"/> is built on read, so the log keeps 16 bytes per measure and no object of its own).</summary>
    internal List<MeasureEntry> Measures { get; }

    // Diary weeks and safety concerns, created with the first of each: most courses have neither.
    private List<CourseSocialRhythmWeek>? _weeks;
    private List<ConcernEntry>? _concerns;

    /// <summary>Diary weeks, oldest review date first.</summary>
    internal IReadOnlyList<CourseSocialRhythmWeek> Weeks => (IReadOnlyList<CourseSocialRhythmWeek>?)_weeks ?? [];

    /// <summary>Number of safety concerns raised.</summary>
    internal int ConcernCount => _concerns?.Count ?? 0;

    /// <summary>Code of the safety flag raised by the latest measure whose concern is not yet applied, or null.</summary>
    internal string? PendingConcern { get; private set; }

    /// <summary>The rules a <c>safety-concern-raised</c> must pass: it follows the flagged measure directly, on its dates, in sequence.</summary>
    internal DomainError? CheckConcern(SafetyConcernRaised c, CourseEvent previous)
    {
        if (PendingConcern is null || c.FlagCode is null ||
            !string.Equals(c.FlagCode, PendingConcern, StringComparison.Ordinal) ||
            c.Concern != ConcernCount + 1 || previous is not MeasureRecorded raisedBy ||
            c.OccurredOn != raisedBy.OccurredOn || c.EnteredOn != raisedBy.EnteredOn)
        {
            return MeasureCourseErrors.ConcernWithoutFlag();
        }

        return null;
    }

    internal void ApplyMeasure(MeasureRecorded m, InstrumentScore score)
    {
        _lastMeasure = new MeasureEntry(m, score);
        InsertByDate(Measures, _lastMeasure);
        PendingConcern = score.SafetyFlag?.Code;
    }

    internal void ApplyConcern(SafetyConcernRaised c)
    {
        MeasureEntry source = _lastMeasure;
        (_concerns ??= []).Add(new ConcernEntry(c.Concern, c.OccurredOn, source.SessionNumber, source.Score.SafetyFlag!));
        PendingConcern = null;
    }

    internal void ApplyAction(SafetyActionRecorded a) =>
        Concern(a.Concern).Actions.Add(new SafetyActionTaken(a.OccurredOn, a.Action, a.Note));

    /// <summary>The concern numbered <paramref name="number"/> (1 to <see cref="ConcernCount"/>).</summary>
    internal ConcernEntry Concern(int number) => _concerns![number - 1];

    internal void ApplyWeek(SocialRhythmWeekRecorded w, SocialRhythmScore score) =>
        InsertByDate(_weeks ??= [], new CourseSocialRhythmWeek(w.OccurredOn, w.SessionNumber, score));

    // Identity of a measurement entry (decision 0026): an instrument is administered once a day (its recall period is a
    // week or two) and a diary week is reviewed once a day. The log is the corrected record, so an entry marked entered
    // in error no longer counts.
    internal bool MeasuredOn(string instrumentCode, DateOnly on)
    {
        foreach (MeasureEntry x in Measures)
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
        foreach (CourseSocialRhythmWeek x in CollectionsMarshal.AsSpan(_weeks))
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
        var list = new List<SafetyConcern>(openOnly ? 0 : ConcernCount);
        foreach (ConcernEntry c in CollectionsMarshal.AsSpan(_concerns))
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
            foreach (CourseSocialRhythmWeek w in CollectionsMarshal.AsSpan(_weeks))
            {
                if (w.SessionNumber == sessionNumber || (w.SessionNumber is null && w.On == sessionDate))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (MeasureEntry m in Measures)
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
    private static void InsertByDate(List<MeasureEntry> measures, MeasureEntry measure)
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

    /// <summary>The item-scored measures a course of this protocol records over <paramref name="contractedSessions"/>
    /// attended sessions if every schedule is followed (at least 4, at most 64): the log's starting capacity.</summary>
    internal static int ExpectedMeasures(ProtocolDefinition protocol, int contractedSessions)
    {
        int count = 0;
        foreach (MeasurementSchedule schedule in protocol.MeasurementSchedules)
        {
            for (int point = 1; point <= contractedSessions && count < 64; point++)
            {
                if (schedule.IsDueAt(point, point == contractedSessions))
                {
                    count += schedule.InstrumentCodes.Length;
                }
            }
        }

        return Math.Clamp(count, 4, 64);
    }
}

/// <summary>One item-scored measure in the log: its event and the score computed from the event's answers.</summary>
internal readonly struct MeasureEntry(MeasureRecorded measure, InstrumentScore score)
{
    /// <summary>The measure's event.</summary>
    internal MeasureRecorded Event { get; } = measure;

    /// <summary>The score of the event's answers.</summary>
    internal InstrumentScore Score { get; } = score;

    /// <summary>Date of administration.</summary>
    internal DateOnly On => Event.OccurredOn;

    /// <summary>The session it was tied to, or null.</summary>
    internal int? SessionNumber => Event.SessionNumber;

    /// <summary>The public value.</summary>
    internal CourseMeasure ToMeasure() => new(Event.OccurredOn, Event.SessionNumber, Score);
}
