using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Fidelity;

/// <summary>Session-level adherence: the checklist is protocol data, proscribed behaviours are errors, essential items
/// of every session and the focus area's strategies are expected, and adherence is scored apart from the protocol rules.</summary>
public class AdherenceTests
{
    private static readonly string[] EverySession = ["ipt.opening-interval-question", "ipt.link-mood-to-focus", "ipt.encourage-affect", "ipt.clarification"];

    private static string[] DisputeStrategies => [.. ProblemAreaStrategies.For(ProblemArea.RoleDispute).Strategies.Select(s => s.Code)];

    [Fact]
    public void The_checklist_is_protocol_data_with_sources_and_IPT_for_PTSD_adds_exposure()
    {
        AdherenceChecklist ipt = StandardIpt.Definition.Adherence!;
        Assert.Same(AdherenceChecklists.Ipt, ipt);
        Assert.All(ipt.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Sources)));
        Assert.Contains(ipt.Items, i => i.Code == AdherenceChecklists.CbtHomeworkCode && i.Category == AdherenceCategory.Proscribed);
        Assert.Equal(DisputeStrategies, ipt.For(ProblemArea.RoleDispute).Where(i => i.Area == ProblemArea.RoleDispute).Select(i => i.Code));
        Assert.Contains(IptForPtsd.Definition.Adherence!.Items, i => i.Code == "proscribed." + IptForPtsd.ExposureCode);
        Assert.DoesNotContain(ipt.Items, i => i.Code == "proscribed." + IptForPtsd.ExposureCode);
        Assert.Null(DynamicInterpersonalTherapy.Definition.Adherence);
    }

    [Fact]
    public void Full_adherence_scores_the_rule_1_and_adds_no_finding()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(6);
        FidelityReport plain = new FidelityReviewer().Review(c);
        FidelityReport rated = new FidelityReviewer().Review(c, [
            new SessionAdherenceRating(5, ProblemArea.RoleDispute, [.. EverySession, .. DisputeStrategies.Take(2)]),
            new SessionAdherenceRating(6, ProblemArea.RoleDispute, [.. EverySession, .. DisputeStrategies.Skip(2), "ipt.role-play"]),
        ]);
        Assert.Equal(1.0, rated.Rules.Single(r => r.Rule == FidelityRules.Adherence).Compliance);
        Assert.Equal(plain.Findings.Count, rated.Findings.Count);
        Assert.DoesNotContain(plain.Rules, r => r.Rule == FidelityRules.Adherence);
    }

    [Fact]
    public void A_proscribed_behaviour_is_an_error_and_zeroes_the_session()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(6);
        FidelityReport r = new FidelityReviewer().Review(c, [
            new SessionAdherenceRating(5, ProblemArea.RoleDispute, [.. EverySession, .. DisputeStrategies, AdherenceChecklists.CbtHomeworkCode]),
            new SessionAdherenceRating(6, ProblemArea.RoleDispute, [.. EverySession.Take(2)]),
        ]);
        FidelityFinding proscribed = Assert.Single(r.Findings, f => f.Code == FidelityCodes.ProscribedBehaviourObserved);
        Assert.Equal((FidelitySeverity.Error, 5, AdherenceChecklists.CbtHomeworkCode), (proscribed.Severity, proscribed.SessionNumber!.Value, proscribed.Subject));
        Assert.Equal(2, r.Findings.Count(f => f.Code == FidelityCodes.EssentialItemMissing && f.SessionNumber == 6));
        Assert.Equal(0.25, r.Rules.Single(x => x.Rule == FidelityRules.Adherence).Compliance); // (0 + 2/4) / 2
        Assert.True(r.Score < new FidelityReviewer().Review(c).Score);
    }

    [Fact]
    public void A_strategy_of_the_focus_never_observed_is_a_warning_and_codes_must_be_on_the_checklist()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(6);
        FidelityReport r = new FidelityReviewer().Review(c, [new SessionAdherenceRating(6, ProblemArea.RoleDispute, [.. EverySession, DisputeStrategies[0]])]);
        Assert.Equal(DisputeStrategies.Skip(1), r.Findings.Where(f => f.Code == FidelityCodes.AreaStrategyNotObserved).Select(f => f.Subject));

        var reviewer = new FidelityReviewer();
        Assert.Throws<ArgumentException>(() => reviewer.Review(c, [new SessionAdherenceRating(6, null, ["not-an-item"])]));
        Assert.Throws<ArgumentException>(() => reviewer.Review(c, [new SessionAdherenceRating(6, ProblemArea.Grief, [DisputeStrategies[0]])]));
        Assert.Throws<ArgumentException>(() => reviewer.Review(c, [new SessionAdherenceRating(9, null, [])]));
    }
    [Fact]
    public void Misused_ratings_throw_naming_the_parameter_and_session_1_is_a_recorded_session()
    {
        TreatmentCourse c = CourseFixture.NewCourse().Sessions(6);
        var reviewer = new FidelityReviewer();
        AdherenceChecklist checklist = StandardIpt.Definition.Adherence!;

        Assert.Equal("adherence", Assert.Throws<ArgumentNullException>(() => reviewer.Review(c, null!)).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => reviewer.Review(c, [null!])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => reviewer.Review(c, [new SessionAdherenceRating(6, null, null!)])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => reviewer.Review(c, [new SessionAdherenceRating(0, null, [])])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => reviewer.Review(c, [new SessionAdherenceRating(6, null, []), new SessionAdherenceRating(6, null, [])])).ParamName);
        Assert.Equal("checklist", Assert.Throws<ArgumentNullException>(() => AdherenceReview.Check(null!, 6, [], [])).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentNullException>(() => AdherenceReview.Check(checklist, 6, null!, [])).ParamName);
        Assert.Equal("findings", Assert.Throws<ArgumentNullException>(() => AdherenceReview.Check(checklist, 6, [], null!)).ParamName);

        Assert.Equal(1.0, AdherenceReview.Check(checklist, 6, [], []));
        var findings = new List<FidelityFinding>();
        Assert.Equal(1.0, AdherenceReview.Check(checklist, 6, [new SessionAdherenceRating(1, null, [.. EverySession])], findings));
        Assert.Empty(findings);
    }
}
