using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;
using Ipt.Domain.Primitives;
using Ipt.Domain.Tests.Courses;
using Ipt.Domain.Tests.Docs;
using Ipt.Domain.Tests.Measures;

namespace Ipt.Domain.Tests.Fidelity;

public class FidelityReviewerTests
{
    private static readonly FidelityReviewer Reviewer = new();

    private static IReadOnlyList<string> Codes(FidelityReport r) => [.. r.Findings.Select(f => f.Code)];

    private static IReadOnlyList<string> CodesExceptInfo(FidelityReport r) => [.. r.Findings.Where(f => f.Severity != FidelitySeverity.Info).Select(f => f.Code)];

    private static double Compliance(FidelityReport r, string rule) => r.Rules.Single(x => x.Rule == rule).Compliance;

    [Fact]
    public void A_conforming_course_has_no_deviation_and_scores_100()
    {
        FidelityReport r = Reviewer.Review(FidelityScenarios.Conforming());
        Assert.Empty(Codes(r));
        Assert.Equal(100, r.Score);
        Assert.False(r.HasErrors);
        Assert.Equal(
            [FidelityRules.InitialTasks, FidelityRules.MiddleAfterAgreement, FidelityRules.FocusCount, FidelityRules.EndingNotice, FidelityRules.SessionCount, FidelityRules.Cadence, FidelityRules.Measures],
            r.Rules.Select(x => x.Rule));
        Assert.Equal("Fidelity 100/100 on ipt: 0 errors, 0 warnings, 0 info", r.ToString());
    }

    [Fact]
    public void Reviewing_changes_nothing_and_the_reviewer_needs_its_arguments()
    {
        TreatmentCourse c = FidelityScenarios.Conforming();
        CourseSnapshot before = c.ToSnapshot();
        Reviewer.Review(c);
        Assert.Equal(before, c.ToSnapshot());
        Assert.Throws<ArgumentNullException>(() => Reviewer.Review(null!));
        Assert.Throws<ArgumentNullException>(() => Reviewer.ReviewMany(null!));
        Assert.Throws<ArgumentNullException>(() => new FidelityReviewer(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FidelityReviewerSettings { CadenceTolerance = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FidelityReviewerSettings { CadenceTolerance = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FidelityReviewerSettings { SafetyActionMaxDays = -1 });
    }

    [Fact]
    public void Initial_tasks_done_after_the_initial_phase_sessions_are_late()
    {
        TreatmentCourse c = CourseFixture.NewCourse().MeasuredSessions(4).InitialTasks();
        FidelityReport r = Reviewer.Review(c);
        List<FidelityFinding> late = [.. r.Findings.Where(f => f.Code == FidelityCodes.InitialTaskLate)];
        Assert.Equal(StandardIpt.InitialTasks.ToList().Select(TherapyTasks.Code), late.Select(f => f.Subject));
        Assert.Equal(["INIT-01", "INIT-02", "INIT-03", "INIT-04", "INIT-05", "INIT-06", "INIT-09", "INIT-10"], late.Select(f => f.RuleId));
        Assert.All(late, f => Assert.Equal(FidelitySeverity.Warning, f.Severity));
        Assert.Equal(0, Compliance(r, FidelityRules.InitialTasks));
    }

    [Fact]
    public void Initial_tasks_missing_after_the_initial_phase_sessions_are_errors()
    {
        TreatmentCourse c = CourseFixture.NewCourse().MeasuredSessions(4).Inventory();
        FidelityReport r = Reviewer.Review(CourseFixture.NewCourse().MeasuredSessions(3).Inventory());
        Assert.DoesNotContain(FidelityCodes.InitialTaskMissing, Codes(r)); // still within the planned sessions 1–3

        r = Reviewer.Review(c);
        Assert.Equal(StandardIpt.InitialTasks.Count - 1, r.Findings.Count(f => f.Code == FidelityCodes.InitialTaskMissing && f.Severity == FidelitySeverity.Error));
        Assert.Contains(r.Findings, f => f.Code == FidelityCodes.InitialTaskLate && f.Subject == "interpersonal-inventory");
        Assert.Equal(0, Compliance(r, FidelityRules.InitialTasks));
    }

    [Fact]
    public void The_middle_phase_before_agreement_is_an_error()
    {
        TreatmentCourse c = CourseFixture.NewCourse(FidelityScenarios.LateAgreementProtocol).Sessions(3).Inventory()
            .Fire(CourseTrigger.BeginMiddlePhase).Sessions(1).Formulation();
        FidelityReport r = Reviewer.Review(c);
        FidelityFinding f = Assert.Single(r.Findings, x => x.Code == FidelityCodes.MiddleBeforeAgreement);
        Assert.Equal((FidelitySeverity.Error, "INIT-09"), (f.Severity, f.RuleId));
        Assert.Equal(0, Compliance(r, FidelityRules.MiddleAfterAgreement));

        Assert.Equal(1, Compliance(Reviewer.Review(CourseFixture.InMiddlePhase()), FidelityRules.MiddleAfterAgreement));
        Assert.DoesNotContain(Reviewer.Review(CourseFixture.NewCourse()).Rules, x => x.Rule == FidelityRules.MiddleAfterAgreement);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, FidelityCodes.SecondFocus)]
    public void The_focus_count_is_checked_against_the_protocol(int count, string? code)
    {
        TreatmentCourse course = CourseFixture.NewCourse().Sessions(1).Inventory();
        Ipt.Domain.Formulation.InterpersonalFormulation formulation = count == 1
            ? ClinicalSamples.Formulation(course.Protocol)
            : new(Ipt.Domain.Formulation.TargetCondition.MajorDepressiveEpisode, [
                Ipt.Domain.Formulation.FormulationFocus.Of(ClinicalSamples.Formulation(course.Protocol).Foci[0].Detail),
                Ipt.Domain.Formulation.FormulationFocus.Of(Ipt.Domain.Tests.Generators.FormulationGenerators.DetailFor(Ipt.Domain.ProblemAreas.ProblemArea.RoleTransition))]);
        Assert.True(course.AgreeFormulation(formulation, course.LastActivityOn).IsSuccess);
        FidelityReport r = Reviewer.Review(course);
        Assert.Equal(code is null ? [] : [code], Codes(r).Where(c => c.Contains("focus", StringComparison.Ordinal)));
        Assert.Equal(1, Compliance(r, FidelityRules.FocusCount));
        if (code is not null)
        {
            Assert.Equal(FidelityCodes.SeverityOf(code), r.Findings.Single(f => f.Code == code).Severity);
        }
    }

    [Fact]
    public void Before_agreement_the_focus_rule_does_not_apply()
    {
        Assert.DoesNotContain(Reviewer.Review(CourseFixture.NewCourse().Sessions(1)).Rules, x => x.Rule == FidelityRules.FocusCount);
        Assert.Contains(Reviewer.Review(CourseFixture.InMiddlePhase()).Rules, x => x.Rule == FidelityRules.FocusCount);
    }

    [Fact]
    public void The_ending_raised_with_too_few_sessions_left_is_late()
    {
        TreatmentCourse c = CourseFixture.InMiddlePhase().Sessions(11).Tasks(TherapyTask.EndingRaised); // 14 of 16 held: 2 left, notice 3
        FidelityFinding f = Assert.Single(Reviewer.Review(c).Findings, x => x.Code == FidelityCodes.EndingRaisedLate);
        Assert.Equal((FidelitySeverity.Error, "TERM-01", "ending-raised"), (f.Severity, f.RuleId, f.Subject));

        TreatmentCourse inTime = CourseFixture.InMiddlePhase().Sessions(10).Tasks(TherapyTask.EndingRaised); // 3 left
        Assert.Equal(1, Compliance(Reviewer.Review(inTime), FidelityRules.EndingNotice));
    }

    [Fact]
    public void Completing_early_counts_the_notice_against_the_sessions_actually_held()
    {
        // Raised after 12 of 16 (4 left by the contract) but completed after 14: only 2 were left.
        TreatmentCourse c = CourseFixture.InMiddlePhase().Sessions(9).Tasks(TherapyTask.EndingRaised).Fire(CourseTrigger.BeginTerminationPhase)
            .Sessions(2).TerminationTasks();
        Assert.True(c.Complete(c.LastActivityOn).IsSuccess);
        Assert.Contains(FidelityCodes.EndingRaisedLate, Codes(Reviewer.Review(c)));
    }

    [Fact]
    public void An_ending_not_raised_when_the_notice_has_passed_is_an_error()
    {
        FidelityReport r = Reviewer.Review(CourseFixture.InMiddlePhase().Sessions(11));
        Assert.Equal(FidelitySeverity.Error, Assert.Single(r.Findings, x => x.Code == FidelityCodes.EndingNotRaised).Severity);
        Assert.Equal(0, Compliance(r, FidelityRules.EndingNotice));
        Assert.DoesNotContain(FidelityCodes.EndingNotRaised, Codes(Reviewer.Review(CourseFixture.InMiddlePhase().Sessions(10))));

        TreatmentCourse dropped = CourseFixture.InMiddlePhase().Sessions(11);
        dropped.Discontinue(dropped.LastActivityOn, DiscontinuationReason.Dropout);
        Assert.DoesNotContain(Reviewer.Review(dropped).Rules, x => x.Rule == FidelityRules.EndingNotice);
    }

    [Fact]
    public void More_sessions_than_the_protocol_maximum_is_a_warning()
    {
        TreatmentCourse c = CourseFixture.InMiddlePhase();
        Assert.True(c.ExtendContract(18, c.LastActivityOn).IsSuccess);
        c.Sessions(14).Tasks(TherapyTask.EndingRaised); // 17 held
        FidelityReport r = Reviewer.Review(c);
        Assert.Equal(FidelitySeverity.Warning, Assert.Single(r.Findings, x => x.Code == FidelityCodes.SessionsAboveMaximum).Severity);
        Assert.Equal(0, Compliance(r, FidelityRules.SessionCount));
    }

    [Fact]
    public void A_course_discontinued_before_the_minimum_is_noted_not_scored()
    {
        TreatmentCourse c = CourseFixture.NewCourse().MeasuredSessions(2);
        c.Discontinue(c.LastActivityOn, DiscontinuationReason.ClientChoice);
        FidelityReport r = Reviewer.Review(c);
        Assert.Equal(FidelitySeverity.Info, Assert.Single(r.Findings, x => x.Code == FidelityCodes.DiscontinuedBeforeMinimum).Severity);
        Assert.Equal(100, r.Score);
    }

    [Fact]
    public void Intervals_outside_the_cadence_tolerance_are_warnings()
    {
        // weekly, tolerance 0.5: 3.5–10.5 days. Gaps: 7 ok, 14 too long, 3 too short, 10 ok.
        TreatmentCourse c = CourseFixture.NewCourse().Session(0).Session(7).Session(14).Session(3).Session(10);
        FidelityReport r = Reviewer.Review(c);
        Assert.Equal([3, 4], r.Findings.Where(f => f.Code == FidelityCodes.CadenceOutsideTolerance).Select(f => f.SessionNumber!.Value));
        Assert.Equal(0.5, Compliance(r, FidelityRules.Cadence));
        Assert.Equal(1, Compliance(new FidelityReviewer(new FidelityReviewerSettings { CadenceTolerance = 1 }).Review(c), FidelityRules.Cadence));
    }

    [Fact]
    public void Cadence_counts_attended_sessions_and_skips_flexible_protocols()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Session(0).Session(7, Attendance.NoShow).Session(7);
        Assert.Equal(3, Assert.Single(Reviewer.Review(c).Findings, f => f.Code == FidelityCodes.CadenceOutsideTolerance).SessionNumber);

        TreatmentCourse flexible = CourseFixture.NewCourse(FidelityScenarios.FlexibleProtocol).Session(0).Session(30);
        Assert.DoesNotContain(Reviewer.Review(flexible).Rules, x => x.Rule == FidelityRules.Cadence);
    }

    [Fact]
    public void Scheduled_measures_not_recorded_are_warnings()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        FidelityReport r = Reviewer.Review(c);
        Assert.Equal(["phq-9", "gad-7"], r.Findings.Where(f => f.Code == FidelityCodes.MeasureMissed).Select(f => f.Subject));
        Assert.All(r.Findings, f => Assert.Equal(("MID-06", 1), (f.RuleId, f.SessionNumber)));
        c.RecordMeasure("phq-9", CourseMeasuresTests.Phq(0), c.LastActivityOn);
        r = Reviewer.Review(c);
        Assert.Equal(0.5, Compliance(r, FidelityRules.Measures));
        Assert.Equal("gad-7", Assert.Single(r.Findings).Subject);
    }

    [Fact]
    public void Every_scheduled_srm_week_must_be_reviewed()
    {
        TreatmentCourse c = CourseFixture.NewCourse(FidelityScenarios.SrmProtocol).Sessions(2);
        c.RecordSocialRhythmWeek(CourseMeasuresTests.RegularWeek(), c.LastActivityOn, atLatestSession: true);
        FidelityReport r = Reviewer.Review(c);
        FidelityFinding f = Assert.Single(r.Findings);
        Assert.Equal((FidelityCodes.SrmNotReviewed, FidelitySeverity.Warning, 1, "srm-5", "§15.1"), (f.Code, f.Severity, f.SessionNumber!.Value, f.Subject, f.RuleId));
        Assert.Equal(0.5, Compliance(r, FidelityRules.Srm));
        Assert.DoesNotContain(r.Rules, x => x.Rule == FidelityRules.Measures);
    }

    [Fact]
    public void The_srm_rule_follows_any_schedule_that_names_the_srm()
    {
        var schedule = MeasurementSchedule.EveryNthSession("test-srm-every-2", 2, includesFinalSession: false, "test", "srm-5", "phq-9");
        var p = Ipt.Domain.Protocols.StandardIpt.Create(new Ipt.Domain.Protocols.StandardIptSettings { Id = "ipt-srm2", Measurement = schedule }).Value;
        FidelityReport r = Reviewer.Review(CourseFixture.NewCourse(p).Sessions(3));
        Assert.Equal([1, 3], r.Findings.Where(f => f.Code == FidelityCodes.SrmNotReviewed).Select(f => f.SessionNumber!.Value));
        Assert.Equal([1, 3], r.Findings.Where(f => f.Code == FidelityCodes.MeasureMissed).Select(f => f.SessionNumber!.Value));
    }

    [Fact]
    public void A_safety_concern_without_action_is_an_error()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(1);
        c.RecordMeasure("phq-9", CourseMeasuresTests.Phq(1, item9: 1), c.LastActivityOn, atLatestSession: true);
        c.RecordMeasure("gad-7", CourseMeasuresTests.Gad(1), c.LastActivityOn, atLatestSession: true);
        FidelityReport r = Reviewer.Review(c);
        FidelityFinding f = Assert.Single(r.Findings);
        Assert.Equal((FidelityCodes.SafetyConcernWithoutAction, FidelitySeverity.Error, "RULE-10", SafetyFlag.Phq9SelfHarmItemCode, 1),
            (f.Code, f.Severity, f.RuleId, f.Subject, f.SessionNumber!.Value));
        Assert.Equal(0, Compliance(r, FidelityRules.Safety));

        c.RecordSafetyAction(1, SafetyAction.RiskAssessment, c.LastActivityOn);
        r = Reviewer.Review(c);
        Assert.Empty(r.Findings);
        Assert.Equal(1, Compliance(r, FidelityRules.Safety));
    }

    [Fact]
    public void A_safety_action_after_the_limit_is_late()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        c.RecordMeasure("epds", [0, 0, 3, 0, 3, 3, 3, 3, 3, 0], CourseFixture.Start);
        c.RecordSafetyAction(1, SafetyAction.Referral, CourseFixture.Start.AddDays(1));
        FidelityReport r = Reviewer.Review(c);
        Assert.Equal(FidelitySeverity.Warning, Assert.Single(r.Findings, f => f.Code == FidelityCodes.SafetyActionLate).Severity);
        Assert.Equal(0.5, Compliance(r, FidelityRules.Safety));
        Assert.Empty(new FidelityReviewer(new FidelityReviewerSettings { SafetyActionMaxDays = 1 }).Review(c).Findings);
    }

    [Fact]
    public void The_score_is_the_weighted_mean_compliance()
    {
        Assert.Equal(100, FidelityReviewer.ScoreOf([]));
        Assert.Equal(25, FidelityReviewer.ScoreOf([new("a", 3, 0), new("b", 1, 1)]));
        Assert.Equal(83, FidelityReviewer.ScoreOf([new("a", 1, 0.5), new("b", 2, 1)])); // 83.33
        Assert.Equal(88, FidelityReviewer.ScoreOf([new("a", 1, 0.5), new("b", 3, 1)])); // 87.5 rounds away from zero
        Assert.Equal(FidelityRules.Weights.Sum(w => w.Value), FidelityRules.Weights.Select(w => FidelityRules.WeightOf(w.Key)).Sum());
        Assert.Throws<ArgumentException>(() => FidelityRules.WeightOf("nope"));
        Assert.Throws<ArgumentNullException>(() => FidelityReviewer.ScoreOf(null!));

        FidelityReport r = Reviewer.Review(CourseFixture.InMiddlePhase().Sessions(11)); // ending not raised, measures missed
        Assert.Equal(FidelityReviewer.ScoreOf(r.Rules), r.Score);
        Assert.InRange(r.Score, 0, 99);
    }

    [Fact]
    public void Reviewing_many_courses_counts_codes_and_scores()
    {
        TreatmentCourse clean = FidelityScenarios.Conforming();
        TreatmentCourse missed = CourseFixture.NewCourse().Sessions(2); // 2 measures missed at session 1
        TreatmentCourse unsafeCourse = CourseFixture.NewCourse();
        unsafeCourse.RecordMeasure("phq-9", CourseMeasuresTests.Phq(0, item9: 2), CourseFixture.Start);

        FidelitySummary s = Reviewer.ReviewMany([clean, missed, unsafeCourse]);
        Assert.Equal(3, s.Courses);
        Assert.Equal(1, s.CoursesWithErrors);
        Assert.Equal(2, s.FindingCounts[FidelityCodes.MeasureMissed]);
        Assert.Equal(1, s.CoursesWithFinding[FidelityCodes.MeasureMissed]);
        Assert.Equal(1, s.FindingCounts[FidelityCodes.SafetyConcernWithoutAction]);
        int[] scores = [Reviewer.Review(clean).Score, Reviewer.Review(missed).Score, Reviewer.Review(unsafeCourse).Score];
        Assert.Equal(scores.Average(), s.MeanScore, 10);
        Assert.Equal(scores.Min(), s.MinimumScore);
        Assert.Equal(s.FindingCounts.Keys.OrderBy(k => k, StringComparer.Ordinal), s.FindingCounts.Keys);

        FidelitySummary none = Reviewer.ReviewMany([]);
        Assert.Equal((0, 0.0, (int?)null), (none.Courses, none.MeanScore, none.MinimumScore));
    }

    [Fact]
    public void Findings_never_show_notes()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        c.RecordSession(CourseFixture.Start, Attendance.Attended, note: PrivateNote.From("SECRET session"));
        c.RecordMeasure("phq-9", CourseMeasuresTests.Phq(0, item9: 1), CourseFixture.Start);
        c.RecordSafetyAction(1, SafetyAction.SafetyPlan, CourseFixture.Start.AddDays(3), PrivateNote.From("SECRET plan"));
        c.RecordSession(CourseFixture.Start.AddDays(30), Attendance.Attended, note: PrivateNote.From("SECRET again"));
        FidelityReport r = Reviewer.Review(c);
        Assert.NotEmpty(r.Findings);
        Assert.All(r.Findings, f => Assert.DoesNotContain("SECRET", f.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain("SECRET", r.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_distinct_dotted_have_a_severity_and_are_documented()
    {
        Assert.Equal(FidelityCodes.AllCodes.Count, FidelityCodes.AllCodes.Distinct().Count());
        Assert.All(FidelityCodes.AllCodes, code => Assert.Matches("^fidelity\\.[a-z-]+$", code));
        Assert.All(FidelityCodes.AllCodes, code => Assert.True(Enum.IsDefined(FidelityCodes.SeverityOf(code))));
        Assert.Throws<ArgumentException>(() => FidelityCodes.SeverityOf("fidelity.nope"));
        string doc = File.ReadAllText(Path.Combine(DocsGeneratedBlocks.RepoRoot(), "docs", "fidelity.md"));
        Assert.All(FidelityCodes.AllCodes, code => Assert.Contains("`" + code + "`", doc, StringComparison.Ordinal));
        Assert.All(FidelityRules.Weights, w => Assert.Contains("`" + w.Key + "`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_code_is_produced_by_some_scenario()
    {
        var reviewers = new[] { Reviewer };
        TreatmentCourse twoFoci = CourseFixture.NewCourse().Sessions(1).Inventory();
        twoFoci.AgreeFormulation(new Ipt.Domain.Formulation.InterpersonalFormulation(Ipt.Domain.Formulation.TargetCondition.MajorDepressiveEpisode, [
            Ipt.Domain.Formulation.FormulationFocus.Of(Ipt.Domain.Tests.Generators.FormulationGenerators.DetailFor(Ipt.Domain.ProblemAreas.ProblemArea.Grief)),
            Ipt.Domain.Formulation.FormulationFocus.Of(Ipt.Domain.Tests.Generators.FormulationGenerators.DetailFor(Ipt.Domain.ProblemAreas.ProblemArea.RoleTransition))]), twoFoci.LastActivityOn);
        TreatmentCourse lateSafety = CourseFixture.NewCourse();
        lateSafety.RecordMeasure("phq-9", CourseMeasuresTests.Phq(0, item9: 1), CourseFixture.Start);
        lateSafety.RecordSafetyAction(1, SafetyAction.Referral, CourseFixture.Start.AddDays(2));
        TreatmentCourse openSafety = CourseFixture.NewCourse();
        openSafety.RecordMeasure("phq-9", CourseMeasuresTests.Phq(0, item9: 1), CourseFixture.Start);
        TreatmentCourse extended = CourseFixture.InMiddlePhase();
        extended.ExtendContract(18, extended.LastActivityOn);
        extended.Sessions(14);
        TreatmentCourse dropped = CourseFixture.NewCourse().Sessions(1);
        dropped.Discontinue(dropped.LastActivityOn, DiscontinuationReason.Dropout);
        TreatmentCourse[] courses =
        [
            CourseFixture.NewCourse().Sessions(4).Inventory(),
            CourseFixture.NewCourse(FidelityScenarios.LateAgreementProtocol).Sessions(3).Inventory().Fire(CourseTrigger.BeginMiddlePhase),
            CourseFixture.InMiddlePhase().Sessions(11).Tasks(TherapyTask.EndingRaised),
            CourseFixture.InMiddlePhase().Sessions(11),
            CourseFixture.NewCourse().Session(0).Session(20),
            CourseFixture.NewCourse(FidelityScenarios.SrmProtocol).Sessions(1),
            lateSafety, openSafety, extended, dropped, twoFoci,
        ];

        var produced = new HashSet<string>(courses.SelectMany(c => reviewers.SelectMany(r => r.Review(c).Findings.Select(f => f.Code))));
        // Adherence findings come from a rater's session ratings: a proscribed behaviour, nothing else of the checklist.
        produced.UnionWith(Reviewer.Review(CourseFixture.NewCourse().Sessions(6), [new SessionAdherenceRating(6, Ipt.Domain.ProblemAreas.ProblemArea.Grief, ["proscribed.dream-interpretation"])])
            .Findings.Select(f => f.Code));
        Assert.Empty(FidelityCodes.AllCodes.Except(produced));
    }
}
