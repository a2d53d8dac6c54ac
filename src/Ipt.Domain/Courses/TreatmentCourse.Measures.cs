using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <content>
/// Measurement-based care on a course: recording instruments and SRM diary weeks, safety concerns and the actions
/// taken on them, the series per instrument and what the protocol's measurement schedules ask for now. The state
/// lives in the <see cref="MeasureLog"/>, created with the first measurement event, so courses without measures pay nothing.
/// </content>
public sealed partial class TreatmentCourse
{
    // The score computed by the last successful Check of a measurement event, reused by its Apply.
    private CheckedScore _checkedScore;

    /// <summary>
    /// Records the raw answers of an item-scored instrument. When the instrument's safety item is positive (PHQ-9
    /// item 9, EPDS item 10, HAM-D-17 item 3 or PHQ-A item 9 above zero, RULE-10) the same command also appends <see cref="SafetyConcernRaised"/>,
    /// so <see cref="Version"/> then grows by two. A rejected command appends nothing.
    /// </summary>
    /// <param name="instrumentCode">Instrument code: <c>phq-9</c>, <c>gad-7</c>, <c>epds</c>, <c>ham-d-17</c>, <c>pcl-5</c> or <c>phq-a</c>.</param>
    /// <param name="answers">Answers in item order (EPDS: response positions 0–3 as on the form).</param>
    /// <param name="on">Date of administration.</param>
    /// <param name="atLatestSession">Tie the measure to the latest recorded session (which must be attended). An untied
    /// measure dated on a session's date counts for that session in schedules and fidelity review.</param>
    /// <returns>The event, the score and the concern raised (if any); or <c>measure.unknown-instrument</c>, a scoring
    /// error naming the item (<c>measure.item-out-of-range</c>, <c>measure.wrong-item-count</c>),
    /// <c>measure.no-session</c>, <c>measure.session-not-attended</c>, a date error or a closed-course error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrumentCode"/> is null.</exception>
    public Result<MeasureRecording> RecordMeasure(string instrumentCode, ReadOnlySpan<int> answers, DateOnly on, bool atLatestSession = false)
    {
        Guard.Against.Null(instrumentCode);
        if (atLatestSession && _ledger.Count == 0)
        {
            return MeasureCourseErrors.NoSessionYet();
        }

        int? session = atLatestSession ? _ledger.Count : null;
        return RecordMeasureEvent(new MeasureRecorded(on, instrumentCode, ImmutableCollectionsMarshal.AsImmutableArray(answers.ToArray()), session));
    }

    /// <summary>Records answers where an unanswered item is null; a missing answer is rejected with
    /// <c>measure.item-missing</c> naming the item. Otherwise as <see cref="RecordMeasure(string, ReadOnlySpan{int}, DateOnly, bool)"/>.</summary>
    /// <param name="instrumentCode">Instrument code.</param>
    /// <param name="answers">Answers in item order; null = not answered.</param>
    /// <param name="on">Date of administration.</param>
    /// <param name="atLatestSession">Tie the measure to the latest recorded session.</param>
    /// <returns>As the other overload, or <c>measure.item-missing</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrumentCode"/> is null.</exception>
    public Result<MeasureRecording> RecordMeasure(string instrumentCode, ReadOnlySpan<int?> answers, DateOnly on, bool atLatestSession = false)
    {
        Guard.Against.Null(instrumentCode);
        var values = new int[answers.Length];
        for (int i = 0; i < answers.Length; i++)
        {
            if (answers[i] is not int value)
            {
                Result<InstrumentScore> missing = ScoreNullable(instrumentCode, answers);
                return missing.Error ?? MeasureCourseErrors.Unknown(instrumentCode);
            }

            values[i] = value;
        }

        return RecordMeasure(instrumentCode, values, on, atLatestSession);
    }

    /// <summary>Records a reviewed week of the SRM-5 diary (brief §15; IPSRT reviews it every session [S56]).</summary>
    /// <param name="week">Seven diary days, oldest first.</param>
    /// <param name="on">Date of review.</param>
    /// <param name="targets">Target times agreed with the therapist, or null for habitual-time scoring (the default).</param>
    /// <param name="atLatestSession">Tie the week to the latest recorded session (which must be attended).</param>
    /// <returns>The event and its score, or <c>srm.wrong-day-count</c>, <c>measure.no-session</c>,
    /// <c>measure.session-not-attended</c>, a date error or a closed-course error.</returns>
    public Result<SocialRhythmWeekRecording> RecordSocialRhythmWeek(ReadOnlySpan<SrmDay> week, DateOnly on, SrmTargetTimes? targets = null, bool atLatestSession = false)
    {
        if (atLatestSession && _ledger.Count == 0)
        {
            return MeasureCourseErrors.NoSessionYet();
        }

        int? session = atLatestSession ? _ledger.Count : null;
        var e = new SocialRhythmWeekRecorded(on, ImmutableCollectionsMarshal.AsImmutableArray(week.ToArray()), targets, session);
        DomainError? error = Check(e);
        if (error is not null)
        {
            return error;
        }

        SocialRhythmScore score = _checkedScore.Of(e)!;
        Apply(e);
        return new SocialRhythmWeekRecording(e, score);
    }

    /// <summary>Records what was done about a safety concern (so fidelity review can see the flag was followed up).</summary>
    /// <param name="concern">Number of the concern (<see cref="SafetyConcern.Number"/>).</param>
    /// <param name="action">What was done.</param>
    /// <param name="on">Date of the action.</param>
    /// <param name="note">Optional private note; never printed.</param>
    /// <returns>The event, or <c>safety.concern-unknown</c>, a date error or a closed-course error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    public Result<SafetyActionRecorded> RecordSafetyAction(int concern, SafetyAction action, DateOnly on, PrivateNote? note = null)
    {
        Guard.Against.UndefinedEnum(action);
        return Execute(new SafetyActionRecorded(on, concern, action, note));
    }

    /// <summary>Every recorded item-scored measure, oldest first, rescored from its answers.</summary>
    public IReadOnlyList<CourseMeasure> Measures()
    {
        if (_measureLog is null)
        {
            return [];
        }

        var measures = new CourseMeasure[_measureLog.Measures.Count];
        for (int i = 0; i < measures.Length; i++)
        {
            measures[i] = _measureLog.Measures[i].ToMeasure();
        }

        return measures;
    }

    /// <summary>Every recorded SRM-5 diary week, oldest first, rescored from its days.</summary>
    public IReadOnlyList<CourseSocialRhythmWeek> SocialRhythmWeeks() =>
        _measureLog is null ? [] : [.. _measureLog.Weeks];

    /// <summary>
    /// The series of one instrument: baseline (its first administration on the course), latest, change and percent
    /// change, and the outcome (response and remission) under <paramref name="criteria"/> — by default the preset for the
    /// instrument where the brief gives one (<see cref="OutcomeCriteria.Phq9Default"/>, <see cref="OutcomeCriteria.HamD17Default"/>).
    /// </summary>
    /// <param name="instrumentCode">Instrument code.</param>
    /// <param name="criteria">Outcome criteria for that instrument, or null for the default.</param>
    /// <returns>The series, or null when the instrument was never recorded on the course.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrumentCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> is written for another instrument.</exception>
    public MeasureSeries? MeasureSeries(string instrumentCode, OutcomeCriteria? criteria = null)
    {
        Guard.Against.Null(instrumentCode);
        if (criteria is not null && !string.Equals(criteria.InstrumentCode, instrumentCode, StringComparison.Ordinal))
        {
            throw new ArgumentException("The criteria are written for another instrument.", nameof(criteria));
        }

        if (_measureLog is null)
        {
            return null;
        }

        var points = new List<CourseMeasure>();
        foreach (MeasureEntry m in _measureLog.Measures)
        {
            if (string.Equals(m.Score.InstrumentCode, instrumentCode, StringComparison.Ordinal))
            {
                points.Add(m.ToMeasure());
            }
        }

        if (points.Count == 0)
        {
            return null;
        }

        CourseMeasure baseline = points[0];
        CourseMeasure latest = points[^1];
        int change = latest.Score.Total - baseline.Score.Total;
        double? percent = baseline.Score.Total == 0 ? null : 100.0 * change / baseline.Score.Total;
        OutcomeCriteria? used = criteria ?? DefaultCriteria(instrumentCode);
        MeasureOutcome? outcome = used is null ? null : MeasureOutcome.Compare(baseline.Score, latest.Score, used).Value;
        return new MeasureSeries(instrumentCode, [.. points], baseline, latest, change, percent, outcome);
    }

    /// <summary>Every safety concern raised on the course, oldest first, with the actions recorded on each.</summary>
    public IReadOnlyList<SafetyConcern> SafetyConcerns() =>
        _measureLog is null ? Array.Empty<SafetyConcern>() : _measureLog.ConcernList(openOnly: false);

    /// <summary>Safety concerns without any recorded action: each calls for an immediate risk assessment (RULE-10).</summary>
    public IReadOnlyList<SafetyConcern> OpenSafetyConcerns() =>
        _measureLog is null ? Array.Empty<SafetyConcern>() : _measureLog.ConcernList(openOnly: true);

    /// <summary>
    /// The instruments the protocol's <see cref="Protocols.ProtocolDefinition.MeasurementSchedules"/> ask for at the latest
    /// session and that are not yet recorded for it. A schedule counts attended sessions (the first attended session is
    /// measurement point 1); the final session is the one that uses up the contract. Empty when the course is closed or
    /// the latest session was not attended. Advisory, like <see cref="Due"/>; <see cref="MeasureDueNotices"/> gives the
    /// same as <see cref="DueNotice"/>s with code <see cref="DueCodes.Measure"/>.
    /// </summary>
    public IReadOnlyList<MeasureDue> MeasuresDue()
    {
        var due = new List<MeasureDue>();
        if (CurrentPhase is null || _ledger.Count == 0 || _protocol.MeasurementSchedules.IsEmpty)
        {
            return due;
        }

        SessionRecord latest = _ledger[_ledger.Count];
        if (latest.Attendance != Attendance.Attended)
        {
            return due;
        }

        int point = _ledger.Attended;
        bool isFinal = latest.ContractSession is { } c && c == _ledger.Contracted;
        foreach (MeasurementSchedule schedule in _protocol.MeasurementSchedules)
        {
            if (!schedule.IsDueAt(point, isFinal))
            {
                continue;
            }

            foreach (string code in schedule.InstrumentCodes)
            {
                if (!IsCovered(code, latest.Number, latest.Date) && !ContainsCode(due, code))
                {
                    due.Add(new MeasureDue(code, schedule.Id, latest.Number, point));
                }
            }
        }

        return due;
    }

    /// <summary><see cref="MeasuresDue"/> as <see cref="DueNotice"/>s with code <see cref="DueCodes.Measure"/>, for
    /// callers that show all due notices together.</summary>
    public IReadOnlyList<DueNotice> MeasureDueNotices()
    {
        IReadOnlyList<MeasureDue> due = MeasuresDue();
        var notices = new List<DueNotice>(due.Count);
        foreach (MeasureDue d in due)
        {
            notices.Add(new DueNotice(
                DueCodes.Measure,
                "The " + d.InstrumentCode + " is due at session " + d.SessionNumber.ToString(CultureInfo.InvariantCulture) +
                " (measurement point " + d.MeasurementPoint.ToString(CultureInfo.InvariantCulture) + " of schedule " + d.ScheduleId + ")."));
        }

        return notices;
    }

    /// <summary>True when an instrument (or the SRM) was recorded for a session: tied to it, or untied and dated on its date.</summary>
    /// <param name="instrumentCode">Instrument code, or <c>srm-5</c>.</param>
    /// <param name="sessionNumber">Position of the session in the session log.</param>
    /// <param name="sessionDate">Date of the session.</param>
    internal bool IsCovered(string instrumentCode, int sessionNumber, DateOnly sessionDate) =>
        _measureLog is not null && _measureLog.IsCovered(instrumentCode, sessionNumber, sessionDate);

    private static bool ContainsCode(List<MeasureDue> due, string code)
    {
        foreach (MeasureDue d in due)
        {
            if (string.Equals(d.InstrumentCode, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private OutcomeCriteria? DefaultCriteria(string instrumentCode) => Protocol.Instruments.Find(instrumentCode)?.DefaultOutcomeCriteria;

    // Scores a measure event's answers; the score shares the event's immutable array.
    private Result<InstrumentScore> Score(string code, ImmutableArray<int> answers) =>
        Protocol.Instruments.Find(code) is { } instrument ? instrument.ScoreStored(answers) : MeasureCourseErrors.Unknown(code);

    private Result<InstrumentScore> ScoreNullable(string code, ReadOnlySpan<int?> answers) =>
        Protocol.Instruments.Find(code) is { } instrument ? instrument.Score(answers) : MeasureCourseErrors.Unknown(code);

    // Records a measure (live or entered late) and, when its safety item is positive, the concern it raises, with the
    // measure's dates; a refused measure appends nothing.
    private Result<MeasureRecording> RecordMeasureEvent(MeasureRecorded e)
    {
        DomainError? error = Check(e);
        if (error is not null)
        {
            return error;
        }

        InstrumentScore score = _checkedScore.Of(e)!;
        Apply(e);
        SafetyConcernRaised? concern = null;
        if (score.SafetyFlag is { } flag)
        {
            concern = new SafetyConcernRaised(e.OccurredOn, _measureLog!.ConcernCount + 1, flag.Code) { EnteredOn = e.EnteredOn };
            if (Check(concern) is not null)
            {
                throw new InvalidOperationException("A raised safety concern failed its own check.");
            }

            Apply(concern);
        }

        return new MeasureRecording(e, score, concern);
    }

    private DomainError? CheckMeasureEvent(CourseMeasureEvent e) => e switch
    {
        MeasureRecorded m => CheckMeasure(m),
        SafetyConcernRaised c => _measureLog is null ? MeasureCourseErrors.ConcernWithoutFlag() : _measureLog.CheckConcern(c, _events[^1]),
        SafetyActionRecorded a => CheckSafetyAction(a),
        SocialRhythmWeekRecorded w => CheckSocialRhythmWeek(w),
        _ => CourseErrors.UnknownEventType(),
    };

    private DomainError? CheckMeasure(MeasureRecorded m)
    {
        if (m.InstrumentCode is null || m.Answers.IsDefault)
        {
            return CourseErrors.Lacks("A measure-recorded event", "instrument code or answers");
        }

        DomainError? error = CheckEntryDates(m) ?? (m.EnteredOn is null ? _ledger.CheckTie(m.SessionNumber) : _ledger.CheckLateTie(m.SessionNumber, m.OccurredOn));
        if (error is not null)
        {
            return error;
        }

        Result<InstrumentScore> score = Score(m.InstrumentCode, m.Answers);
        if (score.IsFailure)
        {
            return score.Error;
        }

        if (_measureLog?.MeasuredOn(m.InstrumentCode, m.OccurredOn) == true)
        {
            return MeasureCourseErrors.MeasureRepeated(m.OccurredOn);
        }

        _checkedScore.Set(m, score.Value);
        return null;
    }

    private DomainError? CheckSocialRhythmWeek(SocialRhythmWeekRecorded w)
    {
        if (w.Days.IsDefault)
        {
            return CourseErrors.Lacks("A social-rhythm-week-recorded event", "diary days");
        }

        DomainError? error = CheckEntryDates(w) ?? (w.EnteredOn is null ? _ledger.CheckTie(w.SessionNumber) : _ledger.CheckLateTie(w.SessionNumber, w.OccurredOn));
        if (error is not null)
        {
            return error;
        }

        Result<SocialRhythmScore> score = ScoreWeek(w);
        if (score.IsFailure)
        {
            return score.Error;
        }

        if (_measureLog?.WeekReviewedOn(w.OccurredOn) == true)
        {
            return MeasureCourseErrors.WeekRepeated(w.OccurredOn);
        }

        _checkedScore.Set(w, score.Value);
        return null;
    }

    private DomainError? CheckSafetyAction(SafetyActionRecorded a)
    {
        if (!Enum.IsDefined(a.Action))
        {
            return CourseErrors.Undefined("safety action");
        }

        int raised = _measureLog?.ConcernCount ?? 0;
        if (a.Concern < 1 || a.Concern > raised)
        {
            return MeasureCourseErrors.Unknown(a.Concern, raised);
        }

        ConcernEntry entry = _measureLog!.Concern(a.Concern);
        return CheckEntryDates(a) ?? (a.OccurredOn < entry.RaisedOn ? CourseErrors.ActionBeforeConcern()
            : entry.Took(a.Action, a.OccurredOn) ? MeasureCourseErrors.ActionRepeated(a.Concern, a.OccurredOn)
            : null);
    }

    private static Result<SocialRhythmScore> ScoreWeek(SocialRhythmWeekRecorded w) =>
        SocialRhythmMetric.Score(w.Days.AsSpan(), w.Targets is { } t ? SrmScoringOptions.Target(t) : SrmScoringOptions.Default);

    // The first measurement event: the log is sized for the measures the protocol's schedules ask for, and the event
    // list makes room for them at once (it was sized at the start for the planned course without measures), with half
    // the contract again for missed sessions and four more for the safety concerns and actions measures bring (a
    // simulated standard course with 85 % attendance has a median of 47 events and a 90th percentile of 51:
    // 32 + 10 + 8 + 4 = 54 holds both).
    private MeasureLog StartMeasureLog()
    {
        int expected = MeasureLog.ExpectedMeasures(_protocol, _ledger.Contracted);
        _events.Capacity = Math.Max(_events.Capacity, EventCapacity(_protocol, _ledger.Contracted) + expected + (_ledger.Contracted / 2) + 4);
        return _measureLog = new MeasureLog(expected);
    }

    private void ApplyMeasureEvent(CourseMeasureEvent e)
    {
        MeasureLog log = _measureLog ?? StartMeasureLog();
        switch (e)
        {
            case MeasureRecorded m:
                log.ApplyMeasure(m, _checkedScore.Of(m) ?? Score(m.InstrumentCode, m.Answers).Value);
                break;
            case SafetyConcernRaised c:
                log.ApplyConcern(c);
                break;
            case SafetyActionRecorded a:
                log.ApplyAction(a);
                break;
            case SocialRhythmWeekRecorded w:
                log.ApplyWeek(w, _checkedScore.Of(w) ?? ScoreWeek(w).Value);
                break;
        }

        _checkedScore.Clear();
    }
}
