using System;
using System.Linq;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Tests.ProblemAreas;

public class StrategyTests
{
    [Fact]
    public void There_is_one_strategy_per_area_matching_its_focus_type()
    {
        foreach (ProblemArea area in Enum.GetValues<ProblemArea>())
        {
            IProblemAreaStrategy strategy = ProblemAreaStrategies.For(area);
            Assert.Equal(area, strategy.Area);
            Assert.True(typeof(ProblemAreaFocus).IsAssignableFrom(strategy.FocusType));
            Assert.Equal(area, Generators.FormulationGenerators.DetailFor(area).Area);
            Assert.IsType(strategy.FocusType, Generators.FormulationGenerators.DetailFor(area));
            Assert.NotEmpty(strategy.Goals);
            Assert.NotEmpty(strategy.Strategies);
            Assert.Equal(strategy.Goals.Count, strategy.Goals.Select(g => g.Code).Distinct().Count());
        }
    }

    [Fact]
    public void Goals_follow_the_brief()
    {
        Assert.Equal(["grief.facilitate-mourning", "grief.reestablish-interests"], new GriefStrategy().Goals.Select(g => g.Code));
        Assert.Equal(3, new RoleDisputeStrategy().Goals.Count);
        Assert.All(new RoleTransitionStrategy().Goals, g => Assert.Equal(EvidenceStatus.Weak, g.Status));
        // Deficits is the area with NO acute life event (Guide ch. 8 [S02]): "resolve acute stressors" was wrong.
        Assert.DoesNotContain(new InterpersonalDeficitsStrategy().Goals, g => g.Code.Contains("acute", StringComparison.Ordinal) || g.Text.Contains("acute", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["deficits.improve-current-relationships", "deficits.form-new-relationships", "deficits.reduce-isolation"], new InterpersonalDeficitsStrategy().Goals.Select(g => g.Code));
        Assert.Contains("RULE-08", InterpersonalDeficitsStrategy.PrognosisNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommended_techniques_are_IPT_techniques_of_the_catalogue()
    {
        foreach (IProblemAreaStrategy strategy in ProblemAreaStrategies.All)
        {
            Assert.All(strategy.RecommendedTechniques, id => Assert.True(TechniqueCatalog.RequireIpt(id).IsSuccess, id));
        }
    }

    [Fact]
    public void Standard_strategies_recommend_only_techniques_that_serve_their_area()
    {
        foreach (ProblemArea area in ProblemAreaCatalog.StandardAreas)
        {
            Assert.All(ProblemAreaStrategies.For(area).RecommendedTechniques,
                id => Assert.True(TechniqueCatalog.Get(id).Value.Serves(area), id + " for " + area));
        }
    }

    [Fact]
    public void Dit_focus_recommends_no_IPT_technique() =>
        Assert.Empty(new InterpersonalAffectiveFocusStrategy().RecommendedTechniques);

    [Fact]
    public void Assess_without_ratings_is_not_started()
    {
        ProblemAreaAssessment a = new GriefStrategy().Assess([]).Value;
        Assert.Equal(GoalProgress.NotStarted, a.Overall);
        Assert.All(a.Goals, g => Assert.Equal(0, g.RatingCount));
    }

    [Fact]
    public void Assess_uses_the_latest_rating_and_the_least_advanced_goal()
    {
        var strategy = new RoleDisputeStrategy();
        ProblemAreaAssessment a = strategy.Assess(
        [
            new GoalRating("dispute.identify", GoalProgress.Partial),
            new GoalRating("dispute.identify", GoalProgress.Achieved),
            new GoalRating("dispute.plan-of-action", GoalProgress.Partial),
            new GoalRating("dispute.modify-communication-or-expectations", GoalProgress.Emerging),
        ]).Value;
        Assert.Equal(GoalProgress.Achieved, a.Goals[0].Progress);
        Assert.Equal(2, a.Goals[0].RatingCount);
        Assert.Equal(GoalProgress.Emerging, a.Overall);
        Assert.False(a.AllGoalsAchieved);
    }

    [Fact]
    public void Assess_raises_overall_to_emerging_when_any_goal_moved()
    {
        ProblemAreaAssessment a = new GriefStrategy().Assess([new GoalRating("grief.facilitate-mourning", GoalProgress.Achieved)]).Value;
        Assert.Equal(GoalProgress.Emerging, a.Overall);
    }

    [Fact]
    public void Assess_achieved_only_when_every_goal_is_achieved()
    {
        var strategy = new InterpersonalDeficitsStrategy();
        ProblemAreaAssessment a = strategy.Assess([.. strategy.Goals.Select(g => new GoalRating(g.Code, GoalProgress.Achieved))]).Value;
        Assert.Equal(GoalProgress.Achieved, a.Overall);
        Assert.True(a.AllGoalsAchieved);
    }

    [Fact]
    public void Assess_rejects_a_goal_of_another_area()
    {
        Result<ProblemAreaAssessment> r = new RoleTransitionStrategy().Assess([new GoalRating("grief.facilitate-mourning", GoalProgress.Partial)]);
        Assert.Equal(ProblemAreaErrors.UnknownGoalCode, r.Error!.Code);
    }

    [Fact]
    public void Assess_rejects_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => new GriefStrategy().Assess(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GriefStrategy().Assess([new GoalRating("grief.facilitate-mourning", (GoalProgress)9)]));
    }

    [Fact]
    public void Focus_details_reject_undefined_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoleDisputeFocus(RelationshipKind.Partner, (DisputeStage)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InterpersonalDeficitsFocus(IsolationPattern.None, PriorFunctioning.NotAssessed));
        Assert.Throws<ArgumentNullException>(() => new RoleTransitionFocus(null!, PrivateNote.From("x"), TransitionDomain.Work, true));
    }
}
