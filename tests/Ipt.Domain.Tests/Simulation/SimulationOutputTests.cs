using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;
using static Ipt.Domain.Tests.Simulation.SimulationRuleTests;

namespace Ipt.Domain.Tests.Simulation;

/// <summary>
/// What a simulated cohort reports, checked against the courses it kept: the course ids a published seed gives, each
/// course's baseline, latest total and outcome, the fidelity tally, the social rhythm weeks of IPSRT, the context the
/// clinician policy is given, and when the default clinician does the clinical work.
/// </summary>
public class SimulationOutputTests
{
    [Fact]
    public void A_course_id_is_its_index_then_the_seed_bytes_from_the_highest()
    {
        SimulationResult r = Simulator.Run(Bare(2, 0x0102030405060708L) with { FirstCourseIndex = 7, MaxSessionSlots = 1 });
        Assert.Equal([7, 8], r.Courses.Select(c => c.Index));
        Assert.Equal(CourseId.From(new Guid(7, 0x51, 0x4d, 1, 2, 3, 4, 5, 6, 7, 8)), r.Courses[0].Course.Id);
        Assert.Equal(CourseId.From(new Guid(8, 0x51, 0x4d, 1, 2, 3, 4, 5, 6, 7, 8)), r.Courses[1].Course.Id);
    }

    [Fact]
    public void Progress_is_the_share_of_the_cohort_simulated_and_an_empty_cohort_is_complete()
    {
        Assert.Equal(0.75, new SimulationProgress(3, 4, 1, 2).Fraction);
        Assert.Equal(0, new SimulationProgress(0, 4, 0, 2).Fraction);
        Assert.Equal(1, new SimulationProgress(0, 0, 0, 0).Fraction);
    }

    [Fact]
    public void Streaming_refuses_null_settings_or_a_null_callback_as_misuse()
    {
        Assert.Equal("settings", Assert.Throws<ArgumentNullException>(() => Simulator.RunStreaming(null!, _ => { })).ParamName);
        Assert.Equal("onCourse", Assert.Throws<ArgumentNullException>(() => Simulator.RunStreaming(Bare(), null!)).ParamName);
    }

    [Fact]
    public void Unmeasured_courses_have_no_baseline_no_latest_total_and_no_outcome()
    {
        SimulationResult r = Simulator.Run(Bare(10) with { AttendanceProbability = 1, NoShowProbability = 0 });
        Assert.All(r.Courses, c =>
        {
            Assert.Null(c.BaselineTotal);
            Assert.Null(c.LatestTotal);
            Assert.Null(c.IsResponse);
            Assert.Null(c.IsRemission);
        });
        Assert.All(r.Summary.Outcomes, o => Assert.Equal(0, o.Evaluable));
    }

    [Fact]
    public void A_measured_course_reports_its_first_and_latest_PHQ9_total_and_the_outcome_they_give()
    {
        SimulationResult r = Simulator.Run(Bare(30) with { RecordMeasures = true, AttendanceProbability = 0.8, NoShowProbability = 0.2, MaxConsecutiveMissed = 0 });
        int evaluable = 0;
        foreach (SimulatedCourse c in r.Courses)
        {
            int[] totals = [.. c.Course.Measures().Where(m => m.Score.InstrumentCode == "phq-9").Select(m => m.Score.Total)];
            if (totals.Length < 2)
            {
                Assert.Null(c.BaselineTotal);
                Assert.Null(c.IsResponse);
                continue;
            }

            evaluable++;
            Assert.Equal(totals[0], c.BaselineTotal);
            Assert.Equal(totals[^1], c.LatestTotal);
            Assert.Equal(totals[0] > 0 && totals[0] - totals[^1] >= 0.5 * totals[0], c.IsResponse); // a 50 % drop [S114]
            Assert.Equal(totals[^1] <= 4, c.IsRemission); // PHQ-9 below 5 [S114]
        }

        Assert.Equal(evaluable, r.Summary.Outcomes.Single(o => o.InstrumentCode == "phq-9").Evaluable);
        Assert.InRange(evaluable, 1, r.Courses.Length);
    }

    [Fact]
    public void Criteria_without_a_remission_threshold_give_response_but_no_remission_rate_and_no_remission_per_course()
    {
        var responseOnly = new OutcomeCriteria("phq9-response50", "phq-9", 0.5, null, "[S114] without the remission threshold");
        SimulationResult r = Simulator.Run(Bare(20) with { RecordMeasures = true, AttendanceProbability = 1, NoShowProbability = 0, OutcomeCriteria = [responseOnly] });

        OutcomeRates rates = Assert.Single(r.Summary.Outcomes);
        Assert.True(rates.Evaluable > 0);
        Assert.Null(rates.RemissionRate);
        Assert.Equal(0, rates.Remitters);
        Assert.All(r.Courses.Where(c => c.BaselineTotal is not null), c =>
        {
            Assert.NotNull(c.IsResponse);
            Assert.Null(c.IsRemission);
        });
    }

    [Fact]
    public void The_fidelity_tally_counts_every_finding_by_code_in_code_order_and_the_courses_with_an_error()
    {
        // A clinician who takes no action on a safety concern: the courses with one carry a fidelity error.
        SimulationSettings settings = Bare(60) with
        {
            ReviewFidelity = true, RecordMeasures = true, ClinicianPolicy = new NoSafetyActionPolicy(),
            DropoutPerSession = 0.08, AttendanceProbability = 0.8, NoShowProbability = 0.15,
        };
        SimulationResult r = Simulator.Run(settings);
        var reviewer = new FidelityReviewer();
        FidelityReport[] reports = [.. r.Courses.Select(c => reviewer.Review(c.Course))];

        int withErrors = reports.Count(report => report.ErrorCount > 0);
        Assert.InRange(withErrors, 1, reports.Length - 1); // the cohort holds courses with and without errors
        FidelityOutcome fidelity = Assert.IsType<FidelityOutcome>(r.Summary.Fidelity);
        Assert.Equal(reports.Length, fidelity.Reviewed);
        Assert.Equal(withErrors, fidelity.CoursesWithErrors);

        FindingCount[] expected = [.. reports.SelectMany(report => report.Findings).GroupBy(f => f.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FindingCount(g.Key, g.Count()))];
        Assert.True(expected.Length > 1);
        Assert.Equal(expected, fidelity.Findings);
        Assert.Equal(reports.Select(report => (int?)report.Score), r.Courses.Select(c => c.FidelityScore));
        Assert.Equal(reports.Select(report => report.Findings.Count), r.Courses.Select(c => c.FidelityFindings));
    }

    [Fact]
    public void An_IPSRT_course_records_one_scored_social_rhythm_week_at_each_attended_session()
    {
        SimulationResult r = Simulator.Run(Bare(5) with { Protocol = Ipsrt.Definition, RecordMeasures = true, AttendanceProbability = 0.8, NoShowProbability = 0.2, MaxConsecutiveMissed = 0 });
        Assert.All(r.Courses, c =>
        {
            IReadOnlyList<CourseSocialRhythmWeek> weeks = c.Course.SocialRhythmWeeks();
            Assert.Equal(c.Course.Sessions.Where(s => s.Attendance == Attendance.Attended).Select(s => s.Date), weeks.Select(w => w.On));
            Assert.All(weeks, w =>
            {
                Assert.NotNull(w.SessionNumber); // tied to the session it was reviewed at
                Assert.NotNull(w.Score.Score);
                Assert.Equal(5, w.Score.ActivityLevelIndex); // a regular week: all five activities every day
            });
        });
    }

    [Fact]
    public void The_clinician_policy_is_told_the_sessions_and_attended_sessions_so_far_in_the_phase()
    {
        var policy = new RecordingPolicy();
        SimulationSettings settings = Bare(8) with { ClinicianPolicy = policy, AttendanceProbability = 0.7, NoShowProbability = 0.3, MaxConsecutiveMissed = 0 };
        SimulationResult r = Simulator.Run(settings);

        int phasesSeen = 0;
        foreach (SimulatedCourse c in r.Courses)
        {
            List<(PhaseKind Phase, SimulationContext Context)> seen = policy.Seen[c.Course.Id];
            Assert.Equal(c.Course.Sessions.Select(s => s.Date), seen.Select(s => s.Context.Date));
            Assert.Equal(c.Course.Sessions.Select(s => s.Attendance == Attendance.Attended), seen.Select(s => s.Context.Attended));
            PhaseKind? phase = null;
            int sessions = 0;
            int attended = 0;
            foreach ((PhaseKind kind, SimulationContext context) in seen)
            {
                if (kind != phase)
                {
                    phase = kind;
                    sessions = 0;
                    attended = 0;
                    phasesSeen++;
                }

                sessions++;
                attended += context.Attended ? 1 : 0;
                Assert.Equal(sessions, context.SessionsInPhase);
                Assert.Equal(attended, context.AttendedInPhase);
                Assert.Equal(settings.StartDate, context.StartDate);
            }
        }

        Assert.True(phasesSeen > 2 * r.Courses.Length); // the counts restart in each phase
    }

    [Fact]
    public void The_default_clinician_does_clinical_work_only_at_attended_sessions_and_takes_the_inventory_at_the_first()
    {
        SimulationResult r = Simulator.Run(Bare(20) with { AttendanceProbability = 0.6, NoShowProbability = 0.4, MaxConsecutiveMissed = 0 });
        Assert.All(r.Courses, c =>
        {
            ProtocolDefinition p = c.Course.Protocol;
            DateOnly[] attended = [.. c.Course.Sessions.Where(s => s.Attendance == Attendance.Attended).Select(s => s.Date)];
            IReadOnlyList<TaskCompletion> done = c.Course.TaskCompletions();
            Assert.NotEmpty(done);
            Assert.All(done, t => Assert.Contains(t.On, attended));
            Assert.Equal(attended[0], done.Single(t => t.Task == TherapyTask.InterpersonalInventory).On);
            Assert.All(done.Where(t => t.Task != TherapyTask.EndingRaised), t => Assert.True(p.OwnerPhaseIndex(t.Task) <= p.IndexOf(t.Phase), t.Task + " before its phase"));
        });
        Assert.Contains(r.Courses, c => c.Course.Sessions[0].Attendance != Attendance.Attended); // some courses open with a missed session
    }

    [Fact]
    public void The_default_clinician_formulates_a_role_dispute_where_the_protocol_allows_one_and_its_first_area_otherwise()
    {
        var areas = new HashSet<ProblemArea>();
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            SimulationResult r = Simulator.Run(Bare(1) with { Protocol = p, AttendanceProbability = 1, NoShowProbability = 0 });
            TreatmentCourse course = r.Courses[0].Course;
            if (!p.AllRequiredTasks.Contains(TherapyTask.FormulationAgreed))
            {
                continue;
            }

            InterpersonalFormulation formulation = Assert.IsType<InterpersonalFormulation>(course.Formulation);
            if (p.Formulation.AllowedAreas.Count == 0)
            {
                Assert.Empty(formulation.Foci);
                continue;
            }

            ProblemArea expected = p.Formulation.Allows(ProblemArea.RoleDispute) ? ProblemArea.RoleDispute : p.Formulation.AllowedAreas[0];
            Assert.Equal(expected, formulation.Foci[0].Area);
            areas.Add(expected);
        }

        Assert.Contains(ProblemArea.RoleDispute, areas);
        Assert.Contains(ProblemArea.InterpersonalAffectiveFocus, areas); // DIT: no role dispute, its own focus
    }

    private sealed class NoSafetyActionPolicy : IClinicianPolicy
    {
        public void AfterSession(TreatmentCourse course, in SimulationContext context, ref SimulationRandom random) =>
            ProtocolClinicianPolicy.Default.AfterSession(course, in context, ref random);

        public void OnSafetyConcern(TreatmentCourse course, int concern, DateOnly raisedOn)
        {
        }
    }

    private sealed class RecordingPolicy : IClinicianPolicy
    {
        public Dictionary<CourseId, List<(PhaseKind Phase, SimulationContext Context)>> Seen { get; } = [];

        public void AfterSession(TreatmentCourse course, in SimulationContext context, ref SimulationRandom random)
        {
            if (!Seen.TryGetValue(course.Id, out List<(PhaseKind, SimulationContext)>? list))
            {
                Seen[course.Id] = list = [];
            }

            list.Add((course.CurrentPhase!.Kind, context));
            ProtocolClinicianPolicy.Default.AfterSession(course, in context, ref random);
        }

        public void OnSafetyConcern(TreatmentCourse course, int concern, DateOnly raisedOn) =>
            ProtocolClinicianPolicy.Default.OnSafetyConcern(course, concern, raisedOn);
    }
}
