using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fidelity;

/// <summary>
/// The protocol-adherence review of a course (brief §19): initial-phase tasks in the initial phase, middle phase only
/// after agreement, focus count, ending raised in time, session count, cadence, measures and SRM on schedule, and
/// every safety concern followed by a recorded action. Everything it checks is read from the course and its
/// <see cref="ProtocolDefinition"/>; nothing is specific to one protocol. Stateless and thread-safe: register it as a
/// singleton. It reads a course without changing it.
/// </summary>
/// <example>
/// <code>
/// FidelityReport report = new FidelityReviewer().Review(course);
/// foreach (FidelityFinding f in report.Findings) Console.WriteLine(f.Code + " " + f.Severity + " " + f.RuleId);
/// </code>
/// </example>
public sealed class FidelityReviewer : IFidelityReviewer
{
    /// <summary>A reviewer with the default settings.</summary>
    public FidelityReviewer()
        : this(FidelityReviewerSettings.Default)
    {
    }

    /// <summary>A reviewer with the given settings.</summary>
    /// <param name="settings">Settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public FidelityReviewer(FidelityReviewerSettings settings)
    {
        Guard.Against.Null(settings);
        Settings = settings;
    }

    /// <summary>The settings in use.</summary>
    public FidelityReviewerSettings Settings { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is null.</exception>
    public FidelityReport Review(TreatmentCourse course)
    {
        Guard.Against.Null(course);
        var facts = new CourseFacts(course);
        var findings = new List<FidelityFinding>();
        var rules = new List<FidelityRuleResult>();
        CheckInitialTasks(facts, findings, rules);
        CheckMiddleAfterAgreement(facts, findings, rules);
        CheckFocusCount(facts, findings, rules);
        CheckEndingNotice(facts, findings, rules);
        CheckSessionCount(facts, findings, rules);
        CheckCadence(facts, findings, rules);
        CheckSchedules(facts, findings, rules);
        CheckSafety(facts, findings, rules);
        return new FidelityReport(course.Id, course.Protocol.Id, findings, rules, ScoreOf(rules));
    }

    /// <summary>Reviews one course and, beside the protocol rules, a rater's session-level adherence ratings against the
    /// protocol's checklist (<see cref="ProtocolDefinition.Adherence"/>): the rule <see cref="FidelityRules.Adherence"/>
    /// and its findings (<see cref="AdherenceReview"/>). Adherence only: therapist competence is not rated here. A protocol
    /// without a checklist, or no ratings, adds nothing.</summary>
    /// <param name="course">The course.</param>
    /// <param name="adherence">Session ratings, one per rated session.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rating names a session the course did not record, a session twice, or a code not on the checklist.</exception>
    public FidelityReport Review(TreatmentCourse course, IReadOnlyList<SessionAdherenceRating> adherence)
    {
        Guard.Against.Null(adherence);
        FidelityReport report = Review(course);
        if (course.Protocol.Adherence is not { } checklist || adherence.Count == 0)
        {
            return report;
        }

        var findings = new List<FidelityFinding>(report.Findings);
        var rules = new List<FidelityRuleResult>(report.Rules);
        double compliance = AdherenceReview.Check(checklist, course.Sessions.Count, adherence, findings);
        Rule(rules, FidelityRules.Adherence, compliance);
        return report with { Findings = findings, Rules = rules, Score = ScoreOf(rules) };
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="courses"/> or one of its courses is null.</exception>
    public FidelitySummary ReviewMany(IEnumerable<TreatmentCourse> courses)
    {
        Guard.Against.Null(courses);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perCourse = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int n = 0;
        int withErrors = 0;
        long total = 0;
        int? minimum = null;
        foreach (TreatmentCourse course in courses)
        {
            FidelityReport report = Review(course);
            n++;
            total += report.Score;
            minimum = minimum is int m ? Math.Min(m, report.Score) : report.Score;
            withErrors += report.HasErrors ? 1 : 0;
            seen.Clear();
            foreach (FidelityFinding f in report.Findings)
            {
                counts[f.Code] = counts.GetValueOrDefault(f.Code) + 1;
                if (seen.Add(f.Code))
                {
                    perCourse[f.Code] = perCourse.GetValueOrDefault(f.Code) + 1;
                }
            }
        }

        return new FidelitySummary(
            n,
            n == 0 ? 0 : (double)total / n,
            minimum,
            withErrors,
            counts.ToImmutableSortedDictionary(StringComparer.Ordinal),
            perCourse.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>The summary score: 100 × Σ(weight × compliance) ÷ Σ weight over the applicable rules, rounded half away from zero; 100 when none applies.</summary>
    /// <param name="rules">The applicable rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static int ScoreOf(IReadOnlyList<FidelityRuleResult> rules)
    {
        Guard.Against.Null(rules);
        double weighted = 0;
        int weights = 0;
        foreach (FidelityRuleResult r in rules)
        {
            weighted += r.Weight * r.Compliance;
            weights += r.Weight;
        }

        return weights == 0 ? 100 : (int)Math.Round(100 * weighted / weights, MidpointRounding.AwayFromZero);
    }

    private static void Add(List<FidelityFinding> findings, string code, string ruleId, string message, int? session = null, string? subject = null) =>
        findings.Add(new FidelityFinding(code, FidelityCodes.SeverityOf(code), ruleId, message, session, subject));

    private static void Rule(List<FidelityRuleResult> rules, string rule, double compliance) =>
        rules.Add(new FidelityRuleResult(rule, FidelityRules.WeightOf(rule), compliance));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Days(int value) => N(value) + (value == 1 ? " day" : " days");

    private static void CheckInitialTasks(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        ProtocolDefinition p = f.Protocol;
        int initial = p.IndexOf(PhaseKind.Initial);
        if (initial < 0 || p.Phases[initial].RequiredTasks.IsEmpty || !p.Phases[initial].Sessions.IsCounted)
        {
            return;
        }

        int plannedLast = p.ExpectedRange(initial, f.Course.ContractedSessions).Last;
        IReadOnlyList<TherapyTask> tasks = p.Phases[initial].RequiredTasks.ToList();
        int met = 0;
        foreach (TherapyTask t in tasks)
        {
            string code = TherapyTasks.Code(t);
            if (f.TaskHeld[(int)t] is int held)
            {
                if (held > plannedLast)
                {
                    Add(findings, FidelityCodes.InitialTaskLate, TherapyTasks.BriefId(t),
                        "The task '" + code + "' was completed after " + N(held) + " contract sessions; the initial phase was planned for sessions 1–" + N(plannedLast) + ".",
                        subject: code);
                    continue;
                }
            }
            else if (f.Course.SessionsHeld > plannedLast)
            {
                Add(findings, FidelityCodes.InitialTaskMissing, TherapyTasks.BriefId(t),
                    "The task '" + code + "' is not completed although " + N(f.Course.SessionsHeld) + " contract sessions were held and the initial phase was planned for sessions 1–" + N(plannedLast) + ".",
                    subject: code);
                continue;
            }

            met++;
        }

        Rule(rules, FidelityRules.InitialTasks, (double)met / tasks.Count);
    }

    private static void CheckMiddleAfterAgreement(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        if (f.MiddleBegunAt < 0 || !f.Protocol.AllRequiredTasks.Contains(TherapyTask.FormulationAgreed))
        {
            return;
        }

        int agreedAt = f.TaskIndex[(int)TherapyTask.FormulationAgreed];
        bool ok = agreedAt >= 0 && agreedAt < f.MiddleBegunAt;
        if (!ok)
        {
            Add(findings, FidelityCodes.MiddleBeforeAgreement, "INIT-09",
                "The middle phase began before the interpersonal formulation was agreed.", subject: TherapyTasks.Code(TherapyTask.FormulationAgreed));
        }

        Rule(rules, FidelityRules.MiddleAfterAgreement, ok ? 1 : 0);
    }

    private static void CheckFocusCount(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        if (f.Course.Formulation is not { } formulation)
        {
            return;
        }

        // The course refuses a formulation with more foci than the protocol allows, so only the preference can be missed.
        int n = formulation.Foci.Count;
        int max = f.Protocol.Formulation.MaxFocusAreas;
        if (n > 1 && f.Protocol.Formulation.PreferSingleFocus)
        {
            Add(findings, FidelityCodes.SecondFocus, "M3",
                "The agreed formulation names " + N(n) + " focus areas; the protocol prefers one.");
        }

        Rule(rules, FidelityRules.FocusCount, n > max ? 0 : 1);
    }

    private static void CheckEndingNotice(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        int notice = f.Protocol.TerminationNoticeSessions;
        if (notice <= 0 || !f.Protocol.AllRequiredTasks.Contains(TherapyTask.EndingRaised))
        {
            return;
        }

        string code = TherapyTasks.Code(TherapyTask.EndingRaised);
        if (f.TaskHeld[(int)TherapyTask.EndingRaised] is int held)
        {
            int remaining = f.FinalCount - held;
            bool ok = remaining >= notice;
            if (!ok)
            {
                Add(findings, FidelityCodes.EndingRaisedLate, "TERM-01",
                    "The ending was raised with " + N(remaining) + " of " + N(f.FinalCount) + " contract sessions remaining; the protocol asks for at least " + N(notice) + ".",
                    subject: code);
            }

            Rule(rules, FidelityRules.EndingNotice, ok ? 1 : 0);
        }
        else if (f.Course.Status != CourseStatus.Discontinued)
        {
            int remaining = f.FinalCount - f.Course.SessionsHeld;
            bool ok = remaining >= notice;
            if (!ok)
            {
                Add(findings, FidelityCodes.EndingNotRaised, "TERM-01",
                    "Only " + N(remaining) + " of " + N(f.FinalCount) + " contract sessions remain and the ending has not been raised; the protocol asks for at least " + N(notice) + ".",
                    subject: code);
            }

            Rule(rules, FidelityRules.EndingNotice, ok ? 1 : 0);
        }
    }

    private static void CheckSessionCount(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        SessionCounts s = f.Protocol.Sessions;
        int held = f.Course.SessionsHeld;
        bool ok = held <= s.Maximum;
        if (!ok)
        {
            Add(findings, FidelityCodes.SessionsAboveMaximum, "§3.1",
                N(held) + " contract sessions were held; the protocol's maximum is " + N(s.Maximum) + " (hard cap " + N(s.HardCap) + ").");
        }

        if (f.Course.Status == CourseStatus.Discontinued && held < s.Minimum)
        {
            Add(findings, FidelityCodes.DiscontinuedBeforeMinimum, "§3.1",
                "The course was discontinued after " + N(held) + " contract sessions; the protocol's minimum is " + N(s.Minimum) + ".");
        }

        Rule(rules, FidelityRules.SessionCount, ok ? 1 : 0);
    }

    private void CheckCadence(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        int intervals = 0;
        int met = 0;
        SessionRecord? previous = null;
        foreach (SessionRecord s in f.Course.Sessions)
        {
            if (s.Attendance != Attendance.Attended || !f.IsCountedPhase(s.Phase))
            {
                continue;
            }

            // The planned interval is the cadence of the later session's phase (its own, else the protocol's).
            Cadence cadence = f.Protocol.CadenceOf(s.Phase);
            if (previous is { } a && cadence.NominalIntervalDays() is int nominal)
            {
                double low = nominal * (1 - Settings.CadenceTolerance);
                double high = nominal * (1 + Settings.CadenceTolerance);
                intervals++;
                int days = s.Date.DayNumber - a.Date.DayNumber;
                if (days < low || days > high)
                {
                    Add(findings, FidelityCodes.CadenceOutsideTolerance, "§3.1",
                        "Session " + N(s.Number) + " came " + Days(days) + " after the previous attended session; the " +
                        cadence.ToString().ToLowerInvariant() + " cadence accepts " +
                        low.ToString("0.#", CultureInfo.InvariantCulture) + "–" + high.ToString("0.#", CultureInfo.InvariantCulture) + " days.",
                        s.Number);
                }
                else
                {
                    met++;
                }
            }

            previous = s;
        }

        if (intervals > 0)
        {
            Rule(rules, FidelityRules.Cadence, (double)met / intervals);
        }
    }

    private static void CheckSchedules(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        ImmutableArray<MeasurementSchedule> schedules = f.Protocol.MeasurementSchedules;
        if (schedules.IsEmpty)
        {
            return;
        }

        int measuresDue = 0, measuresMet = 0, srmDue = 0, srmMet = 0, point = 0;
        var codes = new List<string>(4);
        foreach (SessionRecord s in f.Course.Sessions)
        {
            if (s.Attendance != Attendance.Attended)
            {
                continue;
            }

            point++;
            bool isFinal = s.ContractSession is int c && c == f.FinalCount;
            codes.Clear();
            foreach (MeasurementSchedule schedule in schedules)
            {
                if (schedule.IsDueAt(point, isFinal))
                {
                    foreach (string code in schedule.InstrumentCodes)
                    {
                        if (!codes.Contains(code))
                        {
                            codes.Add(code);
                        }
                    }
                }
            }

            foreach (string code in codes)
            {
                bool srm = string.Equals(code, SocialRhythmMetric.Code, StringComparison.Ordinal);
                bool covered = f.Course.IsCovered(code, s.Number, s.Date);
                if (srm)
                {
                    srmDue++;
                    srmMet += covered ? 1 : 0;
                }
                else
                {
                    measuresDue++;
                    measuresMet += covered ? 1 : 0;
                }

                if (!covered)
                {
                    if (srm)
                    {
                        Add(findings, FidelityCodes.SrmNotReviewed, "§15.1",
                            "No SRM-5 diary week was reviewed at session " + N(s.Number) + " (measurement point " + N(point) + ").", s.Number, code);
                    }
                    else
                    {
                        Add(findings, FidelityCodes.MeasureMissed, "MID-06",
                            "The " + code + " was not recorded at session " + N(s.Number) + " (measurement point " + N(point) + ").", s.Number, code);
                    }
                }
            }
        }

        if (measuresDue > 0)
        {
            Rule(rules, FidelityRules.Measures, (double)measuresMet / measuresDue);
        }

        if (srmDue > 0)
        {
            Rule(rules, FidelityRules.Srm, (double)srmMet / srmDue);
        }
    }

    private void CheckSafety(CourseFacts f, List<FidelityFinding> findings, List<FidelityRuleResult> rules)
    {
        IReadOnlyList<SafetyConcern> concerns = f.Course.SafetyConcerns();
        if (concerns.Count == 0)
        {
            return;
        }

        double met = 0;
        foreach (SafetyConcern c in concerns)
        {
            if (c.Actions.Count == 0)
            {
                Add(findings, FidelityCodes.SafetyConcernWithoutAction, SafetyFlag.RuleId,
                    "Safety concern " + N(c.Number) + " (" + c.Flag.Code + ") has no recorded action.", c.SessionNumber, c.Flag.Code);
                continue;
            }

            int days = c.Actions[0].On.DayNumber - c.RaisedOn.DayNumber;
            if (days > Settings.SafetyActionMaxDays)
            {
                Add(findings, FidelityCodes.SafetyActionLate, SafetyFlag.RuleId,
                    "The first action on safety concern " + N(c.Number) + " was recorded " + Days(days) + " after it was raised; the limit is " + Days(Settings.SafetyActionMaxDays) + ".",
                    c.SessionNumber, c.Flag.Code);
                met += 0.5;
            }
            else
            {
                met += 1;
            }
        }

        Rule(rules, FidelityRules.Safety, met / concerns.Count);
    }

    /// <summary>Facts read once from a course's history: when each task was completed (event index and contract sessions
    /// held by then) and when the middle phase began.</summary>
    private sealed class CourseFacts
    {
        public CourseFacts(TreatmentCourse course)
        {
            Course = course;
            Protocol = course.Protocol;
            FinalCount = course.Status == CourseStatus.Completed ? course.SessionsHeld : course.ContractedSessions;
            TaskIndex = new int[TherapyTasks.Count];
            TaskHeld = new int?[TherapyTasks.Count];
            Array.Fill(TaskIndex, -1);
            IReadOnlyList<SessionRecord> sessions = course.Sessions;
            IReadOnlyList<CourseEvent> history = course.CorrectedHistory;
            int held = 0;
            for (int i = 0; i < history.Count; i++)
            {
                CourseEvent e = history[i];
                if (e is SessionRecorded s && sessions[s.Number - 1].ContractSession is int c)
                {
                    held = c;
                }
                else if (e is PhaseBegun { Phase: PhaseKind.Middle } && MiddleBegunAt < 0)
                {
                    MiddleBegunAt = i;
                }

                if (e.CompletesTask is { } t && TaskIndex[(int)t] < 0)
                {
                    TaskIndex[(int)t] = i;
                    TaskHeld[(int)t] = held;
                }
            }
        }

        public TreatmentCourse Course { get; }

        public ProtocolDefinition Protocol { get; }

        /// <summary>The contract sessions the course ends with: those held when completed, else the current contract.</summary>
        public int FinalCount { get; }

        public int[] TaskIndex { get; }

        public int?[] TaskHeld { get; }

        public int MiddleBegunAt { get; } = -1;

        public bool IsCountedPhase(PhaseKind kind)
        {
            int i = Protocol.IndexOf(kind);
            return i >= 0 && Protocol.Phases[i].Sessions.IsCounted;
        }
    }
}
