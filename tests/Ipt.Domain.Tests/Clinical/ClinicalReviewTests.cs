using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Courses;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Clinical;

/// <summary>The points of the clinical review (issue 14), one test each; every test fails on the old behaviour.</summary>
public class ClinicalReviewTests
{
    public static TheoryData<string> BuiltInIds() => [.. BuiltInProtocols.All.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_schedule_rates_baseline_and_end(string id)
    {
        ProtocolDefinition p = BuiltInProtocols.All.Single(x => x.Id == id);
        Assert.All(p.MeasurementSchedules, s =>
        {
            Assert.True(s.IsDueAt(1, isFinalSession: false), s.Id + " rates baseline");
            Assert.True(s.IsDueAt(7, isFinalSession: true), s.Id + " rates the final session");
            Assert.True(s.RatesBaselineAndEnd, s.Id);
        });
    }

    [Fact]
    public void An_open_safety_concern_is_the_first_due_notice_until_acted_on()
    {
        TreatmentCourse c = NewCourse().Sessions(3);
        Assert.Equal(DueCodes.PhaseTasksOutstanding, c.Due()[0].Code);
        int[] phq = [1, 1, 1, 1, 1, 1, 1, 1, 2];
        MeasureRecording r = c.RecordMeasure("phq-9", phq, Week(2), atLatestSession: true).Value;
        IReadOnlyList<DueNotice> due = c.Due();
        Assert.Equal(DueCodes.SafetyConcern, due[0].Code);
        Assert.Equal("Safety concern 1 is open: phq-9 item 9 scored 2. Do a risk assessment now and record the safety action (RULE-10).", due[0].Message);
        Assert.Equal(DueCodes.PhaseTasksOutstanding, due[1].Code);
        Assert.True(c.RecordSafetyAction(r.Concern!.Concern, SafetyAction.RiskAssessment, Week(2)).IsSuccess);
        Assert.DoesNotContain(c.Due(), d => d.Code == DueCodes.SafetyConcern);
        Assert.Contains(DueCodes.SafetyConcern, DueCodes.AllCodes);
    }

    [Fact]
    public void A_safety_concern_stays_due_on_a_closed_course()
    {
        TreatmentCourse c = ReadyToComplete();
        c.RecordMeasure("epds", [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], Week(15));
        Assert.True(c.Complete(Week(15)).IsSuccess);
        Assert.Equal(DueCodes.SafetyConcern, Assert.Single(c.Due()).Code);
    }

    [Fact]
    public void Work_on_a_dissolved_dispute_records_the_mourning_and_moving_on_the_stage_prescribes()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.Equal(ProblemArea.RoleDispute, c.Formulation!.Foci[0].Area);
        var mourn = new GoalRating("dissolution.mourn-relationship", GoalProgress.Partial);
        c.Sessions(1);
        Assert.Equal(ProblemAreaErrors.UnknownGoalCode, c.RecordSessionWork(ProblemArea.RoleDispute, ["TECH-AFF"], [mourn]).Error!.Code);
        Assert.True(c.MoveDisputeStage(DisputeStage.Dissolution, Week(3)).IsSuccess);
        Assert.True(c.RecordSessionWork(ProblemArea.RoleDispute, ["TECH-AFF"], [mourn]).IsSuccess);
        ProblemAreaAssessment a = c.Assess(ProblemArea.RoleDispute).Value;
        Assert.Contains(a.Goals, g => g.Goal.Code == "dissolution.mourn-relationship" && g.Progress == GoalProgress.Partial);
        Assert.Equal(c.ToSnapshot(), TreatmentCourse.FromHistory(c.History, StandardIpt.Definition).Value.ToSnapshot());
    }
}

public class ClinicalLabelTests
{
    [Fact]
    public void Homework_is_contested_and_the_weekly_mood_rating_is_unconfirmed_outside_IPT_A()
    {
        Assert.True(Ipt.Domain.Techniques.TechniqueCatalog.TryGet("TECH-HW", out Ipt.Domain.Techniques.Technique? hw));
        Assert.Equal(EvidenceStatus.Contested, hw!.Status);
        Assert.True(Ipt.Domain.Techniques.TechniqueCatalog.TryGet("TECH-MR", out Ipt.Domain.Techniques.Technique? mr));
        Assert.Equal(EvidenceStatus.Unconfirmed, mr!.Status);
    }

    [Fact]
    public void IPT_B_two_foci_are_contested_not_confirmed()
    {
        Assert.Equal(EvidenceStatus.Contested, BriefIpt.Definition.Provenance.Single(p => p.Setting == "focus areas").Status);
    }
}

public class ClinicalSuitabilityTests
{
    private static readonly Ipt.Domain.Suitability.SuitabilityScreener S = Ipt.Domain.Suitability.SuitabilityScreener.Instance;

    [Fact]
    public void Recurrent_major_depression_is_one_disorder_and_is_not_cautioned_as_comorbid()
    {
        var r = S.Screen(new Ipt.Domain.Suitability.SuitabilityInput { Conditions = Ipt.Domain.Suitability.PresentingConditions.MajorDepression | Ipt.Domain.Suitability.PresentingConditions.RecurrentDepression, AgeYears = 40 });
        Assert.DoesNotContain(r.Reasons, x => x.Code == "suitability.caution.comorbidity");
        var both = S.Screen(new Ipt.Domain.Suitability.SuitabilityInput { Conditions = Ipt.Domain.Suitability.PresentingConditions.MajorDepression | Ipt.Domain.Suitability.PresentingConditions.Ptsd, AgeYears = 40 });
        Assert.Contains(both.Reasons, x => x.Code == "suitability.caution.comorbidity");
    }

    [Fact]
    public void A_14_year_old_with_PTSD_gets_IPT_A_not_the_adult_trial_protocol()
    {
        var r = S.Screen(new Ipt.Domain.Suitability.SuitabilityInput { Conditions = Ipt.Domain.Suitability.PresentingConditions.MajorDepression | Ipt.Domain.Suitability.PresentingConditions.Ptsd, AgeYears = 14 });
        Assert.Equal("ipt-a", r.RecommendedProtocolId);
        Assert.Equal("ipt-ptsd", S.Screen(new Ipt.Domain.Suitability.SuitabilityInput { Conditions = Ipt.Domain.Suitability.PresentingConditions.Ptsd, AgeYears = 30 }).RecommendedProtocolId);
    }

    [Fact]
    public void Not_seeing_ones_own_part_is_an_unconfirmed_caution()
    {
        var r = S.Screen(new Ipt.Domain.Suitability.SuitabilityInput { Conditions = Ipt.Domain.Suitability.PresentingConditions.MajorDepression, AgeYears = 40, SeesOwnPartInRelationships = false });
        var reason = Assert.Single(r.Reasons, x => x.Code == "suitability.caution.own-part-in-relationships-unconfirmed");
        Assert.Equal((Ipt.Domain.Suitability.ScreeningReasonKind.Caution, EvidenceStatus.Unconfirmed, "C21"), (reason.Kind, reason.Evidence, reason.ContradictionId));
        Assert.Equal(Ipt.Domain.Suitability.SuitabilityOutcome.SuitableWithCautions, r.Outcome);
    }

    [Fact]
    public void The_screener_can_be_asked_about_a_chosen_protocol()
    {
        var adult = new Ipt.Domain.Suitability.SuitabilityInput { Conditions = Ipt.Domain.Suitability.PresentingConditions.MajorDepression, AgeYears = 30 };
        var r = S.ScreenFor(adult, "ipt-a");
        Assert.Equal(Ipt.Domain.Suitability.SuitabilityOutcome.NotRecommended, r.Outcome);
        Assert.Contains(r.Reasons, x => x.Code == "suitability.exclusion.outside-ipt-a-age");
        var teen = S.ScreenFor(adult with { AgeYears = 15 }, "ipt-a");
        Assert.Equal(("ipt-a", Ipt.Domain.Suitability.SuitabilityOutcome.Suitable), (teen.RecommendedProtocolId, teen.Outcome));
        // The recommendation says that the clinician chose the protocol, and a chosen protocol is screened as such.
        Assert.Equal(
            ("suitability.variant.chosen", Ipt.Domain.Suitability.ScreeningReasonKind.Note, Ipt.Domain.Primitives.EvidenceStatus.ProductDecision),
            (teen.RecommendationReason!.Code, teen.RecommendationReason.Kind, teen.RecommendationReason.Evidence));
        Assert.Equal("ipt", S.Screen(adult).RecommendedProtocolId);
        Assert.NotEqual("suitability.variant.chosen", S.Screen(adult).RecommendationReason!.Code);
        Assert.Throws<ArgumentException>(() => S.ScreenFor(adult, " "));
    }
}

public class ClinicalIpsrtTests
{
    [Fact]
    public void The_initial_stage_requires_the_mood_episode_history_and_the_srm_baseline()
    {
        ProtocolDefinition p = Ipsrt.Definition;
        Assert.True(p.Phases[0].RequiredTasks.Contains(Ipt.Domain.Phases.TherapyTask.MoodEpisodeHistory));
        Assert.True(p.Phases[0].RequiredTasks.Contains(Ipt.Domain.Phases.TherapyTask.SocialRhythmBaseline));
        Assert.Equal("phase.mood-episode-history-missing", Ipt.Domain.Phases.PhaseErrors.TaskMissingCode(Ipt.Domain.Phases.TherapyTask.MoodEpisodeHistory));
        Assert.Equal("social-rhythm-baseline", Ipt.Domain.Phases.TherapyTasks.Code(Ipt.Domain.Phases.TherapyTask.SocialRhythmBaseline));
    }
}
