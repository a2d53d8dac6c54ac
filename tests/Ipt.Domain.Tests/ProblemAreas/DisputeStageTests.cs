using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Tests.Docs;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.ProblemAreas;

public class DisputeStageTests
{
    [Theory]
    [InlineData(DisputeStage.Renegotiation, DisputeStage.Impasse)]
    [InlineData(DisputeStage.Impasse, DisputeStage.Renegotiation)]
    [InlineData(DisputeStage.Renegotiation, DisputeStage.Dissolution)]
    [InlineData(DisputeStage.Impasse, DisputeStage.Dissolution)]
    public void Allowed_edges_move(DisputeStage from, DisputeStage to) => Assert.Equal(to, DisputeStages.Move(from, to).Value);

    [Theory]
    [InlineData(DisputeStage.Dissolution, DisputeStage.Renegotiation)]
    [InlineData(DisputeStage.Dissolution, DisputeStage.Impasse)]
    public void Dissolution_is_final(DisputeStage from, DisputeStage to)
    {
        Result<DisputeStage> r = DisputeStages.Move(from, to);
        Assert.Equal(ProblemAreaErrors.StageTransitionNotAllowedCode, r.Error!.Code);
        Assert.True(DisputeStages.IsFinal(DisputeStage.Dissolution));
        Assert.False(DisputeStages.IsFinal(DisputeStage.Impasse));
    }

    [Theory]
    [InlineData(DisputeStage.Renegotiation)]
    [InlineData(DisputeStage.Impasse)]
    [InlineData(DisputeStage.Dissolution)]
    public void Staying_put_is_not_a_move(DisputeStage stage) =>
        Assert.Equal(ProblemAreaErrors.StageUnchangedCode, DisputeStages.Move(stage, stage).Error!.Code);

    [Fact]
    public void Undefined_stage_is_misuse() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisputeStages.Move((DisputeStage)5, DisputeStage.Impasse));

    [Fact]
    public void Focus_moves_along_the_table_and_stays_unchanged_on_refusal()
    {
        var focus = new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse);
        RoleDisputeFocus moved = focus.MoveTo(DisputeStage.Renegotiation).Value;
        Assert.Equal(DisputeStage.Renegotiation, moved.Stage);
        Assert.Equal(DisputeStage.Impasse, focus.Stage);
        RoleDisputeFocus dissolved = moved.MoveTo(DisputeStage.Dissolution).Value;
        Assert.Equal(ProblemAreaErrors.StageTransitionNotAllowedCode, dissolved.MoveTo(DisputeStage.Impasse).Error!.Code);
    }

    [Fact]
    public void Dissolution_turns_the_work_to_grief_and_transition_goals()
    {
        DissolutionRefocus refocus = RoleDisputeStrategy.DissolutionRefocus;
        Assert.Equal([ProblemArea.Grief, ProblemArea.RoleTransition], refocus.RelatedAreas);
        Assert.Contains(refocus.Goals, g => g.Code == "dissolution.mourn-relationship");
    }

    [IptProperty(100)]
    public Property Property_random_walks_only_follow_table_edges()
    {
        return Prop.ForAll(FormulationGenerators.StageRequests(), requests =>
        {
            DisputeStage current = DisputeStage.Renegotiation;
            foreach (DisputeStage requested in requests)
            {
                bool isEdge = DisputeStages.Edges.Any(e => e.From == current && e.To == requested);
                Result<DisputeStage> r = DisputeStages.Move(current, requested);
                if (r.IsSuccess != isEdge)
                {
                    return false;
                }

                if (r.IsSuccess)
                {
                    current = r.Value;
                }
                else if (r.Error!.Code != (requested == current
                    ? ProblemAreaErrors.StageUnchangedCode
                    : ProblemAreaErrors.StageTransitionNotAllowedCode))
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void Mermaid_is_generated_from_the_table()
    {
        string mermaid = DisputeStages.ToMermaid();
        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.All(DisputeStages.Edges, e => Assert.Contains("    " + e.From + " --> " + e.To + " : " + e.Meaning + "\n", mermaid, StringComparison.Ordinal));
        Assert.DoesNotContain("Dissolution --> Impasse", mermaid, StringComparison.Ordinal);
        Assert.Contains("Dissolution --> [*]", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_dispute_stage_diagram_is_current() =>
        DocsGeneratedBlocks.AssertCurrent("docs/problem-areas.md", "dispute-stages", "```mermaid\n" + DisputeStages.ToMermaid() + "```");
}
