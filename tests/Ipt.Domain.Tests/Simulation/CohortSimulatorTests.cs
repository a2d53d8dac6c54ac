using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Tests.Simulation;

public class CohortSimulatorTests
{
    private static readonly CohortSimulator Simulator = CohortSimulator.Default;

    private static SimulationSettings Small(int size = 300, long seed = 7) => new() { CohortSize = size, Seed = seed };

    [Fact]
    public void Without_dropout_and_with_full_attendance_every_course_completes_with_the_planned_sessions()
    {
        CohortSummary s = Simulator.Run(Small() with { DropoutPerSession = 0, AttendanceProbability = 1, NoShowProbability = 0 }).Summary;
        Assert.Equal(300, s.Completed);
        Assert.Equal(1.0, s.CompletionRate);
        Assert.Equal(0, s.Discontinued + s.Active);
        Assert.Equal(16, s.MeanSessionsHeld);
        Assert.Equal(16, s.MeanSessionsRecorded);
    }

    public static TheoryData<string> BuiltInIds() => [.. BuiltInProtocols.All.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void With_the_default_settings_every_course_of_every_built_in_protocol_ends(string id)
    {
        // Missed engagement, pre-group and final sessions, long courses (MIT) and group contracts that count no-shows
        // must not leave a course stranded: each ends completed or discontinued.
        ProtocolDefinition protocol = BuiltInProtocols.Catalog.Get(id).Value;
        CohortSummary s = Simulator.Run(Small(400, seed: 3) with { Protocol = protocol }).Summary;
        Assert.True(s.Active == 0, s.Describe());
        Assert.True(s.Completed > s.CohortSize / 3, s.Describe());
    }

    [Fact]
    public void A_member_who_misses_the_final_group_session_is_closed_by_the_clinician_not_left_open()
    {
        ProtocolDefinition group = BuiltInProtocols.Catalog.Get("group-ipt-who").Value;
        SimulationResult r = Simulator.Run(Small(400, seed: 3) with { Protocol = group, DropoutPerSession = 0, MaxConsecutiveMissed = 0, KeepCourses = true });
        Assert.Equal(0, r.Summary.Active);
        SimulatedCourse[] closed = [.. r.Courses.Where(c => c.DiscontinuationReason == DiscontinuationReason.ClinicalDecision)];
        Assert.NotEmpty(closed);
        Assert.All(closed, c =>
        {
            Assert.Equal(c.Course.ContractedSessions, c.SessionsHeld);                       // the contract was used up
            Assert.NotEqual(Ipt.Domain.Primitives.Attendance.Attended, c.Course.Sessions[^1].Attendance);   // by a missed final session
        });
    }

    [Fact]
    public void Simulated_sessions_are_spaced_by_the_cadence_of_the_phase_they_fall_in()
    {
        // IPSRT: weekly initial and intermediate stages, a fortnightly preventive stage (Termination), a monthly final stage.
        ProtocolDefinition ipsrt = Ipsrt.Definition;
        SimulationResult r = Simulator.Run(Small(50, seed: 5) with
        {
            Protocol = ipsrt, DropoutPerSession = 0, AttendanceProbability = 1, NoShowProbability = 0, KeepCourses = true,
        });
        var gaps = new Dictionary<PhaseKind, HashSet<int>>();
        foreach (SimulatedCourse c in r.Courses)
        {
            IReadOnlyList<SessionRecord> sessions = c.Course.Sessions;
            for (int i = 1; i < sessions.Count; i++)
            {
                int gap = sessions[i].Date.DayNumber - sessions[i - 1].Date.DayNumber;
                if (!gaps.TryGetValue(sessions[i].Phase, out HashSet<int>? set))
                {
                    gaps[sessions[i].Phase] = set = [];
                }

                set.Add(gap);
            }
        }

        Assert.Equal([7], gaps[PhaseKind.Middle]);
        Assert.Equal([14], gaps[PhaseKind.Termination].Except([7]));   // the first preventive session follows a weekly one
        Assert.Contains(14, gaps[PhaseKind.Termination]);
    }

    [Fact]
    public void The_session_slot_bound_defaults_to_three_times_the_protocols_hard_cap()
    {
        Assert.Equal(60, Small().EffectiveMaxSessionSlots);
        ProtocolDefinition mit = BuiltInProtocols.Catalog.Get("mit").Value;
        Assert.Equal(3 * mit.Sessions.HardCap, (Small() with { Protocol = mit }).EffectiveMaxSessionSlots);
        Assert.Equal(12, (Small() with { Protocol = mit, MaxSessionSlots = 12 }).EffectiveMaxSessionSlots);
    }

    [Fact]
    public void Without_dropout_missed_sessions_delay_but_do_not_stop_completion()
    {
        CohortSummary s = Simulator.Run(Small() with { DropoutPerSession = 0, AttendanceProbability = 0.8, NoShowProbability = 0.1, MaxConsecutiveMissed = 0 }).Summary;
        Assert.Equal(300, s.Completed);
        Assert.True(s.MeanSessionsRecorded > s.MeanSessionsHeld);
    }

    [Fact]
    public void With_no_attendance_nobody_completes_and_everyone_drops_out()
    {
        CohortSummary s = Simulator.Run(Small() with { AttendanceProbability = 0, NoShowProbability = 1 }).Summary;
        Assert.Equal(0, s.Completed);
        Assert.Equal(300, s.Dropouts);
        Assert.Equal(0, s.MeanSessionsAttended);
        Assert.All(s.Outcomes, o => Assert.Equal(0, o.Evaluable));
    }

    [Fact]
    public void Certain_dropout_discontinues_every_course_before_its_first_session()
    {
        CohortSummary s = Simulator.Run(Small() with { DropoutPerSession = 1 }).Summary;
        Assert.Equal(300, s.Dropouts);
        Assert.Equal(1.0, s.DropoutRate);
        Assert.Equal(0, s.MeanSessionsRecorded);
    }

    [Fact]
    public void Dropout_by_phase_applies_only_in_that_phase()
    {
        CohortSummary s = Simulator.Run(Small() with
        {
            DropoutPerSession = 0,
            DropoutPerSessionByPhase = System.Collections.Immutable.ImmutableDictionary<PhaseKind, double>.Empty.Add(PhaseKind.Middle, 1),
            AttendanceProbability = 1,
            NoShowProbability = 0,
        }).Summary;
        Assert.Equal(300, s.Dropouts);
        PhaseTime initial = s.Phases.Single(p => p.Phase == PhaseKind.Initial);
        PhaseTime middle = s.Phases.Single(p => p.Phase == PhaseKind.Middle);
        Assert.Equal(300, initial.Entered);
        Assert.Equal(3, initial.MeanSessions);
        Assert.Equal(300, middle.Entered);
        Assert.Equal(0, middle.MeanSessions);
        Assert.Equal(0, s.Phases.Single(p => p.Phase == PhaseKind.Termination).Entered);
    }

    [Fact]
    public void Time_in_phase_of_an_ideal_standard_course_follows_the_protocol()
    {
        CohortSummary s = Simulator.Run(Small(50) with { DropoutPerSession = 0, AttendanceProbability = 1, NoShowProbability = 0 }).Summary;
        Assert.Equal([3.0, 10.0, 3.0, 0.0], s.Phases.Select(p => p.MeanSessions));
        // A phase begins at the session that ends the previous one (the moves follow sessions 3 and 13).
        Assert.Equal([14.0, 70.0, 21.0, 0.0], s.Phases.Select(p => p.MeanDays));
        Assert.Equal(105, s.MeanDays);
    }

    [Theory]
    [InlineData(7L)]
    [InlineData(-123456789012345L)]
    public void The_same_seed_gives_the_same_summary_with_1_2_and_4_workers(long seed)
    {
        // More than two chunks, and a last chunk that is not full.
        SimulationSettings settings = Small((2 * CohortSimulator.ChunkSize) + 300, seed);
        string one = Simulator.Run(settings with { MaxDegreeOfParallelism = 1 }).Summary.Describe();
        Assert.Equal(one, Simulator.Run(settings with { MaxDegreeOfParallelism = 2 }).Summary.Describe());
        Assert.Equal(one, Simulator.Run(settings with { MaxDegreeOfParallelism = 4 }).Summary.Describe());
        Assert.Equal(one, Simulator.Run(settings).Summary.Describe());
    }

    [Fact]
    public void The_same_seed_gives_equal_summaries_value_by_value()
    {
        CohortSummary a = Simulator.Run(Small() with { MaxDegreeOfParallelism = 1 }).Summary;
        CohortSummary b = Simulator.Run(Small() with { MaxDegreeOfParallelism = 3 }).Summary;
        Assert.Equal(a.Completed, b.Completed);
        Assert.Equal(a.MeanDays, b.MeanDays);
        Assert.Equal(a.Outcomes, b.Outcomes);
        Assert.Equal(a.Phases, b.Phases);
        Assert.Equal(a.Fidelity!.Findings, b.Fidelity!.Findings);
    }

    [Fact]
    public void Different_seeds_give_different_cohorts()
    {
        Assert.NotEqual(Simulator.Run(Small(seed: 1)).Summary.Describe(), Simulator.Run(Small(seed: 2)).Summary.Describe());
    }

    [Fact]
    public void Kept_courses_are_in_cohort_order_and_add_up_to_the_summary()
    {
        SimulationResult r = Simulator.Run(Small(1500) with { KeepCourses = true });
        CohortSummary s = r.Summary;
        Assert.Equal(Enumerable.Range(0, 1500), r.Courses.Select(c => c.Index));
        Assert.Equal(s.Completed, r.Courses.Count(c => c.Status == CourseStatus.Completed));
        Assert.Equal(s.Discontinued, r.Courses.Count(c => c.Status == CourseStatus.Discontinued));
        Assert.Equal(s.Dropouts, r.Courses.Count(c => c.DiscontinuationReason == DiscontinuationReason.Dropout));
        Assert.Equal(s.MeanSessionsHeld, r.Courses.Sum(c => (long)c.SessionsHeld) / 1500.0);
        Assert.Equal(s.MeanSessionsRecorded, r.Courses.Sum(c => (long)c.SessionsRecorded) / 1500.0);
        Assert.Equal(s.MeanDays, r.Courses.Sum(c => (long)c.Days) / 1500.0);
        Assert.Equal(s.SafetyConcerns, r.Courses.Sum(c => c.Course.SafetyConcerns().Count));
        Assert.Equal(s.Fidelity!.MeanScore, r.Courses.Sum(c => (long)c.FidelityScore!.Value) / 1500.0);
        Assert.Equal(s.Fidelity.Findings.Sum(f => f.Count), r.Courses.Sum(c => c.FidelityFindings));
        for (int i = 0; i < s.Phases.Count; i++)
        {
            List<PhaseTime> entered = [.. r.Courses.Select(c => c.Phases[i]).Where(p => p.Entered == 1)];
            Assert.Equal(s.Phases[i].Entered, entered.Count);
            Assert.Equal(s.Phases[i].MeanDays, entered.Count == 0 ? 0 : entered.Sum(p => (long)p.MeanDays) / (double)entered.Count, 9);
            Assert.Equal(s.Phases[i].MeanSessions, entered.Count == 0 ? 0 : entered.Sum(p => (long)p.MeanSessions) / (double)entered.Count, 9);
        }

        var decisions = r.Courses.Where(c => c.Course.Continuation is not null).GroupBy(c => c.Course.Continuation!.Value).OrderBy(g => g.Key).Select(g => new KeyValuePair<ContinuationDecision, int>(g.Key, g.Count()));
        Assert.Equal(decisions, s.Continuations);
    }

    [Fact]
    public void Response_and_remission_are_counted_as_the_course_measure_series_judges_them()
    {
        SimulationResult r = Simulator.Run(Small(1000) with { KeepCourses = true });
        int evaluable = 0, responders = 0, remitters = 0;
        foreach (SimulatedCourse c in r.Courses)
        {
            MeasureSeries? series = c.Course.MeasureSeries("phq-9");
            if (series is null || series.Points.Count < 2)
            {
                Assert.Null(c.IsResponse);
                Assert.Null(c.IsRemission);
                continue;
            }

            evaluable++;
            MeasureOutcome outcome = series.Outcome!;
            responders += outcome.IsResponse ? 1 : 0;
            remitters += outcome.IsRemission == true ? 1 : 0;
            Assert.Equal(series.Baseline.Score.Total, c.BaselineTotal);
            Assert.Equal(series.Latest.Score.Total, c.LatestTotal);
            Assert.Equal(outcome.IsResponse, c.IsResponse);
            Assert.Equal(outcome.IsRemission, c.IsRemission);
        }

        OutcomeRates phq = r.Summary.Outcomes.Single(o => o.InstrumentCode == "phq-9");
        Assert.Equal(evaluable, phq.Evaluable);
        Assert.Equal(responders, phq.Responders);
        Assert.Equal(remitters, phq.Remitters);
        Assert.InRange(phq.ResponseRate, 0.2, 0.95);
        Assert.True(evaluable > 500);
        Assert.Equal(0, r.Summary.Outcomes.Single(o => o.InstrumentCode == "ham-d-17").Evaluable);
    }

    [Fact]
    public void Completed_courses_decide_what_follows_by_outcome_with_non_response_referred()
    {
        SimulationResult r = Simulator.Run(Small(600) with { KeepCourses = true });
        foreach (SimulatedCourse c in r.Courses.Where(c => c.Status == CourseStatus.Completed))
        {
            Assert.Equal(ProtocolClinicianPolicy.Decide(c.IsResponse, c.IsRemission), c.Course.Continuation);
        }

        Assert.Contains(r.Courses, c => c.Course.Continuation == ContinuationDecision.ReferOtherTreatment);
    }

    [Fact]
    public void Measures_follow_the_protocol_schedule_and_every_safety_concern_is_answered()
    {
        SimulationResult r = Simulator.Run(Small(400) with { KeepCourses = true });
        foreach (SimulatedCourse c in r.Courses)
        {
            Assert.Empty(c.Course.OpenSafetyConcerns());
            foreach (CourseMeasure m in c.Course.Measures())
            {
                Assert.Contains(m.Score.InstrumentCode, new[] { "phq-9", "gad-7" });
            }
        }

        Assert.DoesNotContain(r.Summary.Fidelity!.Findings, f => f.Code.Contains("measure", StringComparison.Ordinal) || f.Code.Contains("safety", StringComparison.Ordinal));
        Assert.True(r.Summary.SafetyConcerns > 0);
    }

    [Fact]
    public void After_every_attended_session_nothing_the_schedule_asks_for_is_left_undone_on_any_protocol()
    {
        foreach (ProtocolDefinition protocol in BuiltInProtocols.All)
        {
            var policy = new CheckingPolicy();
            Simulator.Run(Small(40) with { Protocol = protocol, ClinicianPolicy = policy, ReviewFidelity = false, MaxDegreeOfParallelism = 1 });
            Assert.True(policy.Checked > 0, protocol.Id);
            Assert.Empty(policy.Missed);
        }
    }

    [Fact]
    public void Without_measures_nothing_is_measured()
    {
        SimulationResult r = Simulator.Run(Small(200) with { RecordMeasures = false, KeepCourses = true });
        Assert.All(r.Courses, c => Assert.Empty(c.Course.Measures()));
        Assert.All(r.Summary.Outcomes, o => Assert.Equal(0, o.Evaluable));
    }

    [Fact]
    public void Without_fidelity_review_the_summary_has_none()
    {
        SimulationResult r = Simulator.Run(Small(100) with { ReviewFidelity = false, KeepCourses = true });
        Assert.Null(r.Summary.Fidelity);
        Assert.All(r.Courses, c => Assert.Null(c.FidelityScore));
    }

    [Fact]
    public void Every_built_in_protocol_simulates_and_its_courses_replay()
    {
        foreach (ProtocolDefinition protocol in BuiltInProtocols.All)
        {
            SimulationResult r = Simulator.Run(Small(60) with { Protocol = protocol, KeepCourses = true });
            Assert.Equal(60, r.Summary.Completed + r.Summary.Discontinued + r.Summary.Active);
            Assert.True(r.Summary.Completed > 0, protocol.Id + " completed no course");
            foreach (SimulatedCourse c in r.Courses)
            {
                Assert.Equal(c.Course.ToSnapshot(), TreatmentCourse.FromHistory(c.Course.History, protocol).Value.ToSnapshot());
            }
        }
    }

    [Fact]
    public void Streaming_sees_every_course_once_and_gives_the_same_summary()
    {
        var seen = new ConcurrentBag<int>();
        CohortSummary streamed = Simulator.RunStreaming(Small(1100), c => seen.Add(c.Index));
        Assert.Equal(Enumerable.Range(0, 1100), seen.OrderBy(i => i));
        Assert.Equal(Simulator.Run(Small(1100)).Summary.Describe(), streamed.Describe());
    }

    [Fact]
    public void Progress_is_reported_once_per_chunk_and_ends_at_the_cohort_size()
    {
        var reports = new ConcurrentQueue<SimulationProgress>();
        Simulator.Run(Small((2 * CohortSimulator.ChunkSize) + 1), new SyncProgress(reports.Enqueue));
        Assert.Equal(3, reports.Count);
        Assert.All(reports, p => Assert.Equal(3, p.ChunkCount));
        Assert.Equal([1, 2, 3], reports.Select(p => p.ChunksCompleted).Order());
        SimulationProgress last = reports.MaxBy(p => p.ChunksCompleted);
        Assert.Equal((2 * CohortSimulator.ChunkSize) + 1, last.CoursesSimulated);
        Assert.Equal(1.0, last.Fraction);
    }

    [Fact]
    public void A_cancelled_token_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Simulator.Run(Small(), cancellationToken: cts.Token));
    }

    [Fact]
    public void Cancelling_from_a_progress_report_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        int reports = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => Simulator.Run(
            Small(20 * CohortSimulator.ChunkSize) with { MaxDegreeOfParallelism = 1, ReviewFidelity = false },
            new SyncProgress(_ =>
            {
                Interlocked.Increment(ref reports);
                cts.Cancel();
            }),
            cts.Token));
        Assert.True(reports < 20);
    }

    [Fact]
    public void An_empty_cohort_gives_an_empty_summary()
    {
        CohortSummary s = Simulator.Run(Small(0)).Summary;
        Assert.Equal(0, s.CohortSize);
        Assert.Equal(0, s.CompletionRate);
    }

    [Fact]
    public void Invalid_settings_are_rejected_as_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => Simulator.Run(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Small() with { CohortSize = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Small() with { AttendanceProbability = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Small() with { AttendanceProbability = 0.9, NoShowProbability = 0.2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Small() with { DropoutPerSession = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Small() with { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Simulator.Run(Small() with { MaxSessionSlots = 0 }));
        Assert.Throws<ArgumentNullException>(() => Simulator.Run(Small() with { Protocol = null! }));
        Assert.Throws<ArgumentException>(() => Simulator.Run(Small() with { OutcomeCriteria = default }));
        Assert.Throws<ArgumentNullException>(() => Simulator.RunStreaming(Small(), null!));
    }

    /// <summary>The default policy, checking before it acts that every instrument the simulator can answer and the
    /// schedule asks for at this session was recorded (the IPT-A mood rating is not scored by the library).</summary>
    private sealed class CheckingPolicy : IClinicianPolicy
    {
        public int Checked { get; private set; }

        public List<string> Missed { get; } = [];

        public void AfterSession(TreatmentCourse course, in SimulationContext context, ref SimulationRandom random)
        {
            if (context.Attended && course.Status == CourseStatus.Active)
            {
                Checked++;
                foreach (MeasureDue due in course.MeasuresDue())
                {
                    if (due.InstrumentCode != Ipt.Domain.Adaptations.AdolescentIpt.MoodRatingCode)
                    {
                        Missed.Add(course.Protocol.Id + ": " + due.InstrumentCode + " at " + due.SessionNumber);
                    }
                }
            }

            ProtocolClinicianPolicy.Default.AfterSession(course, context, ref random);
        }

        public void OnSafetyConcern(TreatmentCourse course, int concern, DateOnly raisedOn) =>
            ProtocolClinicianPolicy.Default.OnSafetyConcern(course, concern, raisedOn);
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread (unlike <see cref="Progress{T}"/>).</summary>
    private sealed class SyncProgress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
