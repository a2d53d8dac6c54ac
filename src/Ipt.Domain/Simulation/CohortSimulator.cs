using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Simulation;

/// <summary>
/// The cohort simulator. Stateless and thread-safe: one instance can serve every caller. Each course draws from its own
/// random stream derived from (seed, course index); courses are simulated in fixed chunks of <see cref="ChunkSize"/>,
/// each chunk is summed with integer counters, and the chunk sums are combined in chunk order, so the result is the
/// same for any degree of parallelism. Pure: no clock, no I/O, no static mutable state.
/// </summary>
public sealed class CohortSimulator : ICohortSimulator
{
    /// <summary>Courses per chunk: the unit of parallel work, of aggregation and of progress reports.</summary>
    public const int ChunkSize = 1024;

    private static readonly ClientRef SimulatedClient = ClientRef.From("simulated");


    /// <summary>A shared instance.</summary>
    public static CohortSimulator Default { get; } = new();

    /// <inheritdoc />
    public SimulationResult Run(SimulationSettings settings, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(settings);
        (CohortSummary summary, List<SimulatedCourse>?[] kept) = Simulate(settings, null, settings.KeepCourses, progress, cancellationToken);
        if (!settings.KeepCourses)
        {
            return new SimulationResult(summary, []);
        }

        ImmutableArray<SimulatedCourse>.Builder all = ImmutableArray.CreateBuilder<SimulatedCourse>(settings.CohortSize);
        foreach (List<SimulatedCourse>? chunk in kept)
        {
            all.AddRange(chunk!);
        }

        return new SimulationResult(summary, all.MoveToImmutable());
    }

    /// <inheritdoc />
    public CohortSummary RunStreaming(SimulationSettings settings, Action<SimulatedCourse> onCourse, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(settings);
        Guard.Against.Null(onCourse);
        return Simulate(settings, onCourse, false, progress, cancellationToken).Summary;
    }

    private static (CohortSummary Summary, List<SimulatedCourse>?[] Kept) Simulate(
        SimulationSettings settings, Action<SimulatedCourse>? onCourse, bool keep, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        settings.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var plan = new Plan(settings);
        int chunks = (settings.CohortSize + ChunkSize - 1) / ChunkSize;
        var totals = new ChunkTotals[chunks];
        var kept = new List<SimulatedCourse>?[chunks];
        int done = 0;
        int doneChunks = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, chunks, options, chunk =>
        {
            int first = chunk * ChunkSize;
            int count = Math.Min(ChunkSize, settings.CohortSize - first);
            var worker = new Worker(plan, onCourse, keep ? new List<SimulatedCourse>(count) : null);
            for (int i = first; i < first + count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                worker.RunCourse(settings.FirstCourseIndex + i);
            }

            totals[chunk] = worker.Totals;
            kept[chunk] = worker.Kept;
            int courses = Interlocked.Add(ref done, count);
            int finished = Interlocked.Increment(ref doneChunks);
            progress?.Report(new SimulationProgress(courses, settings.CohortSize, finished, chunks));
        });

        var sum = new ChunkTotals(plan);
        foreach (ChunkTotals t in totals)
        {
            sum.Add(t);
        }

        return (sum.ToSummary(settings), kept);
    }

    /// <summary>What every course of a run shares, computed once.</summary>
    private sealed class Plan
    {
        public Plan(SimulationSettings settings)
        {
            Settings = settings;
            Protocol = settings.Protocol;
            PhaseCount = Protocol.Phases.Length;
            IntervalDays = Protocol.Cadence.NominalIntervalDays() ?? 7;
            MaxSessionSlots = settings.EffectiveMaxSessionSlots;
            Participants = Protocol.Format == TherapyFormat.Conjoint ? SessionParticipants.Partner : SessionParticipants.ClientOnly;
            DropoutByPhase = new double[PhaseCount];
            IntervalDaysByPhase = new int[PhaseCount];
            for (int i = 0; i < PhaseCount; i++)
            {
                DropoutByPhase[i] = settings.DropoutPerSessionByPhase.TryGetValue(Protocol.Phases[i].Kind, out double h) ? h : settings.DropoutPerSession;
                IntervalDaysByPhase[i] = Protocol.CadenceOf(Protocol.Phases[i].Kind).NominalIntervalDays() ?? IntervalDays;
            }

            // The instruments the schedules name that the simulator can answer, with their slot; and the criteria per slot.
            var sheets = new List<AnswerSheet>();
            var schedules = new List<(MeasurementSchedule Schedule, int[] Slots, bool Srm)>();
            foreach (MeasurementSchedule schedule in Protocol.MeasurementSchedules)
            {
                var slots = new List<int>();
                bool srm = false;
                foreach (string code in schedule.InstrumentCodes)
                {
                    if (string.Equals(code, SocialRhythmMetric.Code, StringComparison.Ordinal))
                    {
                        srm = true;
                        continue;
                    }

                    if (Protocol.Instruments.Find(code) is not { } instrument)
                    {
                        continue;
                    }

                    int slot = sheets.FindIndex(s => string.Equals(s.Code, instrument.Code, StringComparison.Ordinal));
                    if (slot < 0)
                    {
                        slot = sheets.Count;
                        sheets.Add(new AnswerSheet(instrument));
                    }

                    slots.Add(slot);
                }

                schedules.Add((schedule, [.. slots], srm));
            }

            Sheets = [.. sheets];
            Schedules = [.. schedules];
            Criteria = [.. settings.OutcomeCriteria];
            CriteriaSlot = new int[Criteria.Length];
            for (int c = 0; c < Criteria.Length; c++)
            {
                CriteriaSlot[c] = sheets.FindIndex(s => string.Equals(s.Code, Criteria[c].InstrumentCode, StringComparison.Ordinal));
            }
        }

        public SimulationSettings Settings { get; }

        public ProtocolDefinition Protocol { get; }

        public int PhaseCount { get; }

        public int IntervalDays { get; }

        /// <summary>Days from one session to the next while the course is in each phase: the phase's own cadence
        /// (<see cref="ProtocolDefinition.CadenceOf"/>), else the protocol's.</summary>
        public int[] IntervalDaysByPhase { get; }

        public int MaxSessionSlots { get; }

        public SessionParticipants Participants { get; }

        public double[] DropoutByPhase { get; }

        public AnswerSheet[] Sheets { get; }

        public (MeasurementSchedule Schedule, int[] Slots, bool Srm)[] Schedules { get; }

        public OutcomeCriteria[] Criteria { get; }

        // Index into Sheets of each criteria's instrument, or -1 when the protocol does not schedule it.
        public int[] CriteriaSlot { get; }
    }

    /// <summary>Integer sums over a chunk of courses; chunks add up in order.</summary>
    private sealed class ChunkTotals
    {
        public ChunkTotals(Plan plan)
        {
            PhaseEntered = new long[plan.PhaseCount];
            PhaseDays = new long[plan.PhaseCount];
            PhaseSessions = new long[plan.PhaseCount];
            Evaluable = new long[plan.Criteria.Length];
            Responders = new long[plan.Criteria.Length];
            Remitters = new long[plan.Criteria.Length];
            Continuations = new long[Enum.GetValues<ContinuationDecision>().Length];
            Plan = plan;
        }

        public Plan Plan { get; }

        public long Courses { get; set; }

        public long Completed { get; set; }

        public long Discontinued { get; set; }

        public long Dropouts { get; set; }

        public long SessionsHeld { get; set; }

        public long SessionsAttended { get; set; }

        public long SessionsRecorded { get; set; }

        public long Days { get; set; }

        public long[] PhaseEntered { get; }

        public long[] PhaseDays { get; }

        public long[] PhaseSessions { get; }

        public long[] Evaluable { get; }

        public long[] Responders { get; }

        public long[] Remitters { get; }

        public long[] Continuations { get; }

        public long SafetyConcerns { get; set; }

        public long Reviewed { get; set; }

        public long FidelityScore { get; set; }

        public long WithErrors { get; set; }

        public Dictionary<string, long> Findings { get; } = new(StringComparer.Ordinal);

        public void Add(ChunkTotals o)
        {
            Courses += o.Courses;
            Completed += o.Completed;
            Discontinued += o.Discontinued;
            Dropouts += o.Dropouts;
            SessionsHeld += o.SessionsHeld;
            SessionsAttended += o.SessionsAttended;
            SessionsRecorded += o.SessionsRecorded;
            Days += o.Days;
            AddAll(PhaseEntered, o.PhaseEntered);
            AddAll(PhaseDays, o.PhaseDays);
            AddAll(PhaseSessions, o.PhaseSessions);
            AddAll(Evaluable, o.Evaluable);
            AddAll(Responders, o.Responders);
            AddAll(Remitters, o.Remitters);
            AddAll(Continuations, o.Continuations);
            SafetyConcerns += o.SafetyConcerns;
            Reviewed += o.Reviewed;
            FidelityScore += o.FidelityScore;
            WithErrors += o.WithErrors;
            foreach (KeyValuePair<string, long> f in o.Findings)
            {
                Findings[f.Key] = Findings.GetValueOrDefault(f.Key) + f.Value;
            }
        }

        public CohortSummary ToSummary(SimulationSettings settings)
        {
            Plan p = Plan;
            var phases = new PhaseTime[p.PhaseCount];
            for (int i = 0; i < phases.Length; i++)
            {
                phases[i] = new PhaseTime(p.Protocol.Phases[i].Kind, (int)PhaseEntered[i], Mean(PhaseDays[i], PhaseEntered[i]), Mean(PhaseSessions[i], PhaseEntered[i]));
            }

            var outcomes = new OutcomeRates[p.Criteria.Length];
            for (int c = 0; c < outcomes.Length; c++)
            {
                OutcomeCriteria criteria = p.Criteria[c];
                outcomes[c] = new OutcomeRates(
                    criteria.Id, criteria.InstrumentCode, (int)Evaluable[c], (int)Responders[c], (int)Remitters[c],
                    Mean(Responders[c], Evaluable[c]), criteria.RemissionMaximumTotal is null ? null : Mean(Remitters[c], Evaluable[c]));
            }

            var continuations = new List<KeyValuePair<ContinuationDecision, int>>();
            for (int d = 0; d < Continuations.Length; d++)
            {
                if (Continuations[d] > 0)
                {
                    continuations.Add(new((ContinuationDecision)d, (int)Continuations[d]));
                }
            }

            FidelityOutcome? fidelity = null;
            if (settings.ReviewFidelity)
            {
                var codes = new List<string>(Findings.Keys);
                codes.Sort(StringComparer.Ordinal);
                var findings = new FindingCount[codes.Count];
                for (int i = 0; i < findings.Length; i++)
                {
                    findings[i] = new FindingCount(codes[i], (int)Findings[codes[i]]);
                }

                fidelity = new FidelityOutcome((int)Reviewed, Mean(FidelityScore, Reviewed), (int)WithErrors, findings);
            }

            return new CohortSummary(
                p.Protocol.Id, settings.Seed, (int)Courses, (int)Completed, (int)Discontinued, (int)(Courses - Completed - Discontinued), (int)Dropouts,
                Mean(SessionsHeld, Courses), Mean(SessionsAttended, Courses), Mean(SessionsRecorded, Courses), Mean(Days, Courses),
                phases, outcomes, continuations, (int)SafetyConcerns, fidelity);
        }

        private static double Mean(long sum, long count) => count == 0 ? 0 : (double)sum / count;

        private static void AddAll(long[] into, long[] from)
        {
            for (int i = 0; i < into.Length; i++)
            {
                into[i] += from[i];
            }
        }
    }

    /// <summary>Simulates the courses of one chunk, reusing its buffers.</summary>
    private sealed class Worker
    {
        private readonly Plan _plan;
        private readonly SimulationSettings _settings;
        private readonly Action<SimulatedCourse>? _onCourse;
        private readonly int[] _answers = new int[32];
        private readonly int[] _baseline;
        private readonly int[] _latest;
        private readonly int[] _measured;
        private readonly int[] _phaseDays;
        private readonly int[] _phaseSessions;
        private readonly bool[] _phaseEntered;
        private readonly SrmDay[] _week = new SrmDay[SocialRhythmMetric.DaysPerWeek];

        public Worker(Plan plan, Action<SimulatedCourse>? onCourse, List<SimulatedCourse>? kept)
        {
            _plan = plan;
            _settings = plan.Settings;
            _onCourse = onCourse;
            Kept = kept;
            Totals = new ChunkTotals(plan);
            _baseline = new int[plan.Sheets.Length];
            _latest = new int[plan.Sheets.Length];
            _measured = new int[plan.Sheets.Length];
            _phaseDays = new int[plan.PhaseCount];
            _phaseSessions = new int[plan.PhaseCount];
            _phaseEntered = new bool[plan.PhaseCount];
        }

        public ChunkTotals Totals { get; }

        public List<SimulatedCourse>? Kept { get; }

        public void RunCourse(int index)
        {
            Plan plan = _plan;
            SimulationSettings s = _settings;
            ProtocolDefinition protocol = plan.Protocol;
            SimulationRandom random = SimulationRandom.ForCourse(s.Seed, index);
            var id = CourseId.From(new Guid(index, 0x51, 0x4d, (byte)(s.Seed >> 56), (byte)(s.Seed >> 48), (byte)(s.Seed >> 40), (byte)(s.Seed >> 32), (byte)(s.Seed >> 24), (byte)(s.Seed >> 16), (byte)(s.Seed >> 8), (byte)s.Seed));
            TreatmentCourse course = protocol.Rules.AgesAtStart is { } ages && protocol.Rules.RequiresAgeAtStart
                ? TreatmentCourse.StartWithAge(id, SimulatedClient, protocol, s.StartDate, (ages.Minimum + ages.Maximum) / 2).Value
                : TreatmentCourse.Start(id, SimulatedClient, protocol, s.StartDate);
            SymptomState symptoms = s.SymptomModel.Begin(ref random);
            IClinicianPolicy policy = s.ClinicianPolicy;

            Array.Clear(_measured);
            Array.Clear(_phaseDays);
            Array.Clear(_phaseSessions);
            Array.Clear(_phaseEntered);
            int phase = 0;
            _phaseEntered[0] = true;
            DateOnly phaseSince = s.StartDate;
            int inPhase = 0;
            int attendedInPhase = 0;
            int missedInRow = 0;
            int recorded = 0;
            DateOnly date = s.StartDate;
            (bool? Response, bool? Remission) outcome = (null, null);

            for (int slot = 0; slot < plan.MaxSessionSlots && course.Status == CourseStatus.Active; slot++, date = date.AddDays(plan.IntervalDaysByPhase[Math.Min(phase, plan.PhaseCount - 1)]))
            {
                if (random.Chance(plan.DropoutByPhase[phase]))
                {
                    course.Discontinue(date, DiscontinuationReason.Dropout);
                    break;
                }

                int heldBefore = course.SessionsHeld;
                double roll = random.NextDouble();
                Attendance attendance = roll < s.AttendanceProbability ? Attendance.Attended
                    : roll < s.AttendanceProbability + s.NoShowProbability ? Attendance.NoShow : Attendance.Cancelled;
                Result<SessionRecorded> session = course.RecordSession(date, attendance, SessionModality.InPerson, null, plan.Participants);
                if (session.IsFailure)
                {
                    // The course cannot take another session (e.g. a policy left it stalled): it stays active.
                    break;
                }

                recorded++;
                inPhase++;
                _phaseSessions[phase]++;
                bool attended = attendance == Attendance.Attended;
                if (attended)
                {
                    missedInRow = 0;
                    attendedInPhase++;
                    if (s.RecordMeasures && plan.Schedules.Length > 0)
                    {
                        // The final session is the one that uses up the contract (as MeasuresDue counts it).
                        bool isFinal = course.SessionsHeld == course.ContractedSessions && course.SessionsHeld != heldBefore;
                        outcome = Measure(course, isFinal, date, in symptoms, ref random);
                    }
                }
                else
                {
                    missedInRow++;
                }

                policy.AfterSession(course, new SimulationContext(date, attended, inPhase, attendedInPhase, outcome.Response, outcome.Remission, s.StartDate), ref random);

                if (course.Status == CourseStatus.Active && !attended && s.MaxConsecutiveMissed > 0 && missedInRow >= s.MaxConsecutiveMissed)
                {
                    course.Discontinue(date, DiscontinuationReason.Dropout);
                }

                int now = course.CurrentPhase is { } current ? protocol.IndexOf(current.Kind) : phase;
                if (now != phase)
                {
                    _phaseDays[phase] += date.DayNumber - phaseSince.DayNumber;
                    phase = now;
                    phaseSince = date;
                    _phaseEntered[phase] = true;
                    inPhase = 0;
                    attendedInPhase = 0;
                }
            }

            _phaseDays[phase] += course.LastActivityOn.DayNumber - phaseSince.DayNumber;
            Record(index, course, recorded);
        }

        // Records the instruments the schedules ask for at this session; returns the outcome so far.
        private (bool? Response, bool? Remission) Measure(TreatmentCourse course, bool isFinal, DateOnly date, in SymptomState symptoms, ref SimulationRandom random)
        {
            Plan plan = _plan;
            int point = course.SessionsAttended;
            double severity = -1;
            bool selfHarm = false;
            int askedMask = 0;
            foreach ((MeasurementSchedule schedule, int[] slots, bool srm) in plan.Schedules)
            {
                if (!schedule.IsDueAt(point, isFinal))
                {
                    continue;
                }

                foreach (int slot in slots)
                {
                    if ((askedMask & (1 << slot)) != 0)
                    {
                        continue;
                    }

                    askedMask |= 1 << slot;
                    if (severity < 0)
                    {
                        severity = _settings.SymptomModel.Severity(in symptoms, point, ref random);
                        selfHarm = _settings.SymptomModel.SelfHarmItemPositive(in symptoms, severity, ref random);
                    }

                    AnswerSheet sheet = plan.Sheets[slot];
                    Span<int> answers = _answers.AsSpan(0, sheet.ItemCount);
                    sheet.Fill(answers, sheet.TotalFor(severity), selfHarm, ref random);
                    Result<MeasureRecording> r = course.RecordMeasure(sheet.Code, answers, date, atLatestSession: true);
                    if (r.IsFailure)
                    {
                        continue;
                    }

                    MeasureRecording recording = r.Value;
                    int total = recording.Score.Total;
                    if (_measured[slot]++ == 0)
                    {
                        _baseline[slot] = total;
                    }

                    _latest[slot] = total;
                    if (recording.Concern is { } concern)
                    {
                        Totals.SafetyConcerns++;
                        _settings.ClinicianPolicy.OnSafetyConcern(course, concern.Concern, date);
                    }
                }

                if (srm && (askedMask & (1 << 30)) == 0)
                {
                    askedMask |= 1 << 30;
                    FillWeek(ref random);
                    course.RecordSocialRhythmWeek(_week, date, null, atLatestSession: true);
                }
            }

            return PrimaryOutcome(out _, out _);
        }

        // A regular week: fixed habitual times with up to ±40 minutes of jitter, all five activities done.
        private void FillWeek(ref SimulationRandom random)
        {
            for (int d = 0; d < _week.Length; d++)
            {
                _week[d] = new SrmDay(Jitter(7, 0, ref random), Jitter(8, 0, ref random), Jitter(9, 0, ref random), Jitter(18, 30, ref random), Jitter(23, 0, ref random));
            }
        }

        private static TimeOnly Jitter(int hour, int minute, ref SimulationRandom random) =>
            new TimeOnly(hour, minute).AddMinutes(random.NextInt(81) - 40);

        // Response and remission under the first criteria whose instrument was recorded at least twice.
        private (bool? Response, bool? Remission) PrimaryOutcome(out int baseline, out int latest)
        {
            Plan plan = _plan;
            for (int c = 0; c < plan.Criteria.Length; c++)
            {
                int slot = plan.CriteriaSlot[c];
                if (slot >= 0 && _measured[slot] >= 2)
                {
                    baseline = _baseline[slot];
                    latest = _latest[slot];
                    OutcomeCriteria criteria = plan.Criteria[c];
                    return (IsResponse(criteria, baseline, latest), criteria.RemissionMaximumTotal is null ? null : IsRemission(criteria, latest));
                }
            }

            baseline = -1;
            latest = -1;
            return (null, null);
        }

        private void Record(int index, TreatmentCourse course, int recorded)
        {
            Plan plan = _plan;
            ChunkTotals t = Totals;
            t.Courses++;
            CourseStatus status = course.Status;
            if (status == CourseStatus.Completed)
            {
                t.Completed++;
            }
            else if (status == CourseStatus.Discontinued)
            {
                t.Discontinued++;
                if (course.DiscontinuationReason == DiscontinuationReason.Dropout)
                {
                    t.Dropouts++;
                }
            }

            t.SessionsHeld += course.SessionsHeld;
            t.SessionsAttended += course.SessionsAttended;
            t.SessionsRecorded += recorded;
            int days = course.LastActivityOn.DayNumber - course.StartedOn.DayNumber;
            t.Days += days;
            for (int i = 0; i < plan.PhaseCount; i++)
            {
                if (_phaseEntered[i])
                {
                    t.PhaseEntered[i]++;
                    t.PhaseDays[i] += _phaseDays[i];
                    t.PhaseSessions[i] += _phaseSessions[i];
                }
            }

            for (int c = 0; c < plan.Criteria.Length; c++)
            {
                int slot = plan.CriteriaSlot[c];
                if (slot >= 0 && _measured[slot] >= 2)
                {
                    t.Evaluable[c]++;
                    if (IsResponse(plan.Criteria[c], _baseline[slot], _latest[slot]))
                    {
                        t.Responders[c]++;
                    }

                    if (IsRemission(plan.Criteria[c], _latest[slot]))
                    {
                        t.Remitters[c]++;
                    }
                }
            }

            if (course.Continuation is { } decision)
            {
                t.Continuations[(int)decision]++;
            }

            int? score = null;
            int findings = 0;
            if (_settings.ReviewFidelity)
            {
                FidelityReport report = _settings.FidelityReviewer.Review(course);
                score = report.Score;
                findings = report.Findings.Count;
                t.Reviewed++;
                t.FidelityScore += report.Score;
                bool errors = false;
                foreach (FidelityFinding f in report.Findings)
                {
                    t.Findings[f.Code] = t.Findings.GetValueOrDefault(f.Code) + 1;
                    errors |= f.Severity == FidelitySeverity.Error;
                }

                t.WithErrors += errors ? 1 : 0;
            }

            if (Kept is null && _onCourse is null)
            {
                return;
            }

            (bool? response, bool? remission) = PrimaryOutcome(out int baseline, out int latest);
            var phases = new PhaseTime[plan.PhaseCount];
            for (int i = 0; i < phases.Length; i++)
            {
                int entered = _phaseEntered[i] ? 1 : 0;
                phases[i] = new PhaseTime(plan.Protocol.Phases[i].Kind, entered, entered * _phaseDays[i], entered * _phaseSessions[i]);
            }

            var simulated = new SimulatedCourse(
                index, course, status, recorded, days, phases, response, remission,
                baseline < 0 ? null : baseline, latest < 0 ? null : latest, score, findings);
            Kept?.Add(simulated);
            _onCourse?.Invoke(simulated);
        }

        // The same arithmetic as MeasureOutcome.Compare (tests hold the two together).
        private static bool IsResponse(OutcomeCriteria criteria, int baseline, int latest) =>
            baseline > 0 && (baseline - latest) >= criteria.MinimumResponseReduction * baseline;

        private static bool IsRemission(OutcomeCriteria criteria, int latest) =>
            criteria.RemissionMaximumTotal is int max && latest <= max;
    }
}
