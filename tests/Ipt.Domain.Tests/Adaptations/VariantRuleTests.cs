using System;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using ProblemArea = Ipt.Domain.ProblemAreas.ProblemArea;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>Each adaptation rule, its error code, and that a rejection changes nothing.</summary>
public class VariantRuleTests
{
    private static DateOnly Week(int n) => CourseFixture.Week(n);

    [Fact]
    public void Conjoint_session_without_the_partner_is_rejected_and_changes_nothing()
    {
        TreatmentCourse c = CourseFixture.NewCourse(ConjointIpt.Definition);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSession(Week(0), Attendance.Attended), AdaptationErrors.ConjointPartnerAbsent);
        Assert.True(c.RecordSession(Week(0), Attendance.Attended, participants: SessionParticipants.Partner).IsSuccess);
        Assert.True(c.RecordSession(Week(1), Attendance.NoShow).IsSuccess);
    }

    [Fact]
    public void Conjoint_individual_sessions_can_be_allowed_by_setting()
    {
        TreatmentCourse c = CourseFixture.NewCourse(ConjointIpt.Create(new ConjointIptSettings { AllowIndividualSessions = true }).Value);
        Assert.True(c.RecordSession(Week(0), Attendance.Attended).IsSuccess);
    }

    [Fact]
    public void Partner_assisted_perinatal_session_needs_the_partner_but_ipt_ppd_does_not()
    {
        TreatmentCourse pa = CourseFixture.NewCourse(PerinatalIpt.PartnerAssistedDefinition);
        CourseFixture.AssertRejectedUnchanged(pa, x => x.RecordSession(Week(0), Attendance.Attended), AdaptationErrors.PerinatalPartnerAbsent);
        Assert.True(pa.RecordSession(Week(0), Attendance.Attended, participants: SessionParticipants.Partner | SessionParticipants.OtherSignificantPerson).IsSuccess);
        Assert.True(CourseFixture.NewCourse(PerinatalIpt.Definition).RecordSession(Week(0), Attendance.Attended).IsSuccess);
    }

    [Fact]
    public void Ipt_a_parent_joins_only_at_the_named_points()
    {
        TreatmentCourse c = CourseFixture.NewCourse(AdolescentIpt.Definition);
        Assert.True(c.RecordSession(Week(0), Attendance.Attended, participants: SessionParticipants.ParentOrCaregiver).IsSuccess);
        CourseFixture.AssertRejectedUnchanged(
            c, x => x.RecordSession(Week(1), Attendance.Attended, participants: SessionParticipants.ParentOrCaregiver), AdaptationErrors.ParentSessionNotAtNamedPoint);
        c.Sessions(3).AllTasks(AdolescentIpt.InitialTasks).Fire(CourseTrigger.BeginMiddlePhase);
        Assert.True(c.RecordSession(Week(10), Attendance.Attended, participants: SessionParticipants.ParentOrCaregiver).IsSuccess);
        ParentInvolvement involvement = AdolescentIpt.ParentInvolvementOf(c.Sessions);
        Assert.Equal(new ParentInvolvement(true, true, false), involvement);
    }

    [Fact]
    public void Ipt_a_parent_rule_can_be_switched_off_and_ages_are_checked()
    {
        var lenient = AdolescentIpt.Create(new AdolescentIptSettings { ParentOnlyAtNamedPoints = false }).Value;
        TreatmentCourse c = CourseFixture.NewCourse(lenient).Sessions(1);
        Assert.True(c.RecordSession(Week(5), Attendance.Attended, participants: SessionParticipants.ParentOrCaregiver).IsSuccess);
        var rules = (AdolescentIptRules)AdolescentIpt.Definition.Rules;
        Assert.Null(rules.CheckAge(12));
        Assert.Null(rules.CheckAge(18));
        Assert.Equal(AdaptationErrors.AgeOutOfRange, rules.CheckAge(11)!.Code);
        Assert.Equal(AdaptationErrors.AgeOutOfRange, rules.CheckAge(19)!.Code);
    }

    [Fact]
    public void Brief_ipt_engagement_session_does_not_count_toward_the_eight()
    {
        TreatmentCourse c = CourseFixture.NewCourse(BriefIpt.Definition);
        Assert.True(c.RecordSession(Week(0), Attendance.Attended).IsSuccess);
        Assert.Null(c.Sessions[0].ContractSession);
        CourseFixture.AssertRejectedUnchanged(c, x => x.RecordSession(Week(1), Attendance.Attended), CourseErrors.PhaseSessionLimitReached);
        c.Fire(CourseTrigger.BeginInitialPhase).Sessions(1);
        Assert.Equal((1, 8), (c.SessionsHeld, c.ContractedSessions));
    }

    [Fact]
    public void Brief_ipt_may_skip_the_engagement_session()
    {
        TreatmentCourse c = CourseFixture.NewCourse(BriefIpt.Definition).Fire(CourseTrigger.BeginInitialPhase);
        Assert.Equal(PhaseKind.Initial, c.CurrentPhase!.Kind);
    }

    [Fact]
    public void Ipc_completes_only_after_the_triage_decision()
    {
        TreatmentCourse c = TreatmentCourse.StartWithContract(CourseId.New(), ClientRef.From("c-1"), InterpersonalCounseling.Definition, Week(0), 3).Value;
        c.Sessions(1).Tasks(TherapyTask.Psychoeducation).Inventory().Formulation()
         .Fire(CourseTrigger.BeginMiddlePhase).Sessions(1).Fire(CourseTrigger.BeginTerminationPhase).Sessions(1)
         .Tasks(TherapyTask.ProgressReviewed);
        CourseFixture.AssertRejectedUnchanged(c, x => x.Complete(x.LastActivityOn), PhaseErrors.TaskMissingCode(TherapyTask.ContinuationDecided));
        Assert.True(c.DecideContinuation(ContinuationDecision.StepUpToIpt, c.LastActivityOn).IsSuccess);
        Assert.True(c.Complete(c.LastActivityOn).IsSuccess);
        Assert.Contains(ContinuationDecision.StepUpToIpt, InterpersonalCounseling.TriageOutcomes);
    }

    [Fact]
    public void Dit_rejects_a_problem_area_formulation_and_mit_rejects_every_ipt_area()
    {
        Assert.False(DynamicInterpersonalTherapy.Definition.Formulation.Allows(ProblemArea.RoleDispute));
        Assert.True(DynamicInterpersonalTherapy.Definition.Formulation.Allows(ProblemArea.InterpersonalAffectiveFocus));
        foreach (ProblemArea a in Enum.GetValues<ProblemArea>())
        {
            Assert.False(MetacognitiveInterpersonalTherapy.Definition.Formulation.Allows(a));
        }
    }

    [Fact]
    public void Ipt_for_ptsd_proscribes_exposure()
    {
        Assert.Equal(AdaptationErrors.ExposureNotPermitted, IptForPtsd.CheckTechnique(IptForPtsd.ExposureCode)!.Code);
        Assert.Null(IptForPtsd.CheckTechnique("communication-analysis"));
    }

    [Fact]
    public void Ipsrt_may_extend_beyond_sixteen_and_twenty_up_to_its_cap()
    {
        TreatmentCourse c = CourseFixture.NewCourse(Ipsrt.Definition);
        Assert.True(c.ExtendContract(30, Week(0)).IsSuccess);
        CourseFixture.AssertRejectedUnchanged(c, x => x.ExtendContract(31, Week(0)), CourseErrors.ContractExceedsHardCap);
    }

    [Fact]
    public void Who_group_member_cannot_begin_group_sessions_without_the_pre_group_session()
    {
        TreatmentCourse c = CourseFixture.NewCourse(WhoGroupIpt.Definition);
        c.Tasks(TherapyTask.BaselineSeverity).Inventory();
        Assert.Equal(PhaseErrors.NoSessionInPhase, c.Can(CourseTrigger.BeginInitialPhase).Error!.Code);
        c.Sessions(1);
        Assert.True(c.Can(CourseTrigger.BeginInitialPhase).IsAllowed);
    }

    [Fact]
    public void Every_adaptation_code_is_listed_once()
    {
        Assert.Equal(AdaptationErrors.AllCodes.Count, new System.Collections.Generic.HashSet<string>(AdaptationErrors.AllCodes).Count);
        Assert.Equal(ProtocolCatalogErrors.AllCodes.Count, new System.Collections.Generic.HashSet<string>(ProtocolCatalogErrors.AllCodes).Count);
    }
}
