using System;
using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// The dispute-stage rules as data: an allowed-edge table, moves checked against it, and a Mermaid diagram
/// generated from it.
/// </summary>
/// <remarks>
/// Edges (brief §6.2 [S19][S21]): renegotiation ↔ impasse; renegotiation or impasse → dissolution.
/// Dissolution is final. Staying at the same stage is not a move.
/// </remarks>
public static class DisputeStages
{
    /// <summary>Every stage with its observable state and aim.</summary>
    public static IReadOnlyList<DisputeStageInfo> Stages { get; } =
    [
        new(DisputeStage.Renegotiation,
            "Both parties know they differ and are actively (even if unsuccessfully) trying to change things",
            "Calm the parties, improve communication so negotiation can succeed", "[S17][S19][S21]"),
        new(DisputeStage.Impasse,
            "Discussion has stopped; resentment, silence",
            "Bring the dispute back into the open and restart negotiation, or consider dissolution", "[S19][S21]"),
        new(DisputeStage.Dissolution,
            "Relationship judged beyond repair",
            "Help the patient end it and mourn or accept the loss so they can move on (treated like a transition or grief)", "[S19][S21]"),
    ];

    /// <summary>The allowed moves [S19][S21].</summary>
    public static IReadOnlyList<DisputeStageEdge> Edges { get; } =
    [
        new(DisputeStage.Renegotiation, DisputeStage.Impasse, "negotiation stops"),
        new(DisputeStage.Impasse, DisputeStage.Renegotiation, "negotiation reopened"),
        new(DisputeStage.Renegotiation, DisputeStage.Dissolution, "judged beyond repair"),
        new(DisputeStage.Impasse, DisputeStage.Dissolution, "judged beyond repair"),
    ];

    /// <summary>Stages with no outgoing edge.</summary>
    public static IReadOnlyList<DisputeStage> FinalStages { get; } = [DisputeStage.Dissolution];

    /// <summary>The refocused work after dissolution [S19][S21].</summary>
    public static DissolutionRefocus DissolutionRefocus { get; } = new(
        [ProblemArea.Grief, ProblemArea.RoleTransition],
        [
            new("dissolution.end-relationship", "Help the patient end the relationship", "[S19][S21]", EvidenceStatus.Weak),
            new("dissolution.mourn-relationship", "Mourn or accept the loss of the relationship", "[S19][S21]", EvidenceStatus.Weak),
            new("dissolution.move-on", "Move on: rebuild interests, relationships and a role outside the relationship", "[S19][S21]", EvidenceStatus.Weak),
        ]);

    private static readonly bool[,] Allowed = BuildMatrix();

    /// <summary>Describes a stage.</summary>
    /// <param name="stage">A defined stage.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static DisputeStageInfo Describe(DisputeStage stage) => Stages[(int)Guard.Against.UndefinedEnum(stage)];

    /// <summary>True when <paramref name="stage"/> has no outgoing edge.</summary>
    /// <param name="stage">A defined stage.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not defined.</exception>
    public static bool IsFinal(DisputeStage stage)
    {
        Guard.Against.UndefinedEnum(stage);
        for (int to = 0; to < Stages.Count; to++)
        {
            if (Allowed[(int)stage, to])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the table has an edge from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">Current stage.</param>
    /// <param name="to">Requested stage.</param>
    /// <exception cref="ArgumentOutOfRangeException">A stage is not defined.</exception>
    public static bool IsAllowed(DisputeStage from, DisputeStage to) =>
        Allowed[(int)Guard.Against.UndefinedEnum(from), (int)Guard.Against.UndefinedEnum(to)];

    /// <summary>Moves a dispute from one stage to another along an allowed edge.</summary>
    /// <param name="from">Current stage.</param>
    /// <param name="to">Requested stage.</param>
    /// <returns>
    /// <paramref name="to"/>; or <see cref="ProblemAreaErrors.StageUnchangedCode"/> when the stages are equal;
    /// or <see cref="ProblemAreaErrors.StageTransitionNotAllowedCode"/> when the table has no such edge.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A stage is not defined.</exception>
    public static Result<DisputeStage> Move(DisputeStage from, DisputeStage to)
    {
        if (IsAllowed(from, to))
        {
            return to;
        }

        return from == to ? ProblemAreaErrors.StageUnchanged(from) : ProblemAreaErrors.StageTransitionNotAllowed(from, to);
    }

    /// <summary>
    /// A Mermaid <c>stateDiagram-v2</c> generated from <see cref="Edges"/>: every stage can be where a dispute is
    /// found at assessment, and final stages lead to the end state. Lines end with <c>\n</c>.
    /// </summary>
    public static string ToMermaid()
    {
        var sb = new StringBuilder();
        sb.Append("stateDiagram-v2\n");
        foreach (DisputeStageInfo info in Stages)
        {
            sb.Append("    ").Append(info.Stage).Append(" : ").Append(info.Stage).Append('\n');
        }

        foreach (DisputeStageInfo info in Stages)
        {
            sb.Append("    [*] --> ").Append(info.Stage).Append('\n');
        }

        foreach (DisputeStageEdge edge in Edges)
        {
            sb.Append("    ").Append(edge.From).Append(" --> ").Append(edge.To).Append(" : ").Append(edge.Meaning).Append('\n');
        }

        foreach (DisputeStage final in FinalStages)
        {
            sb.Append("    ").Append(final).Append(" --> [*] : mourn and move on\n");
        }

        return sb.ToString();
    }

    private static bool[,] BuildMatrix()
    {
        var matrix = new bool[3, 3];
        foreach (DisputeStageEdge edge in Edges)
        {
            matrix[(int)edge.From, (int)edge.To] = true;
        }

        return matrix;
    }
}
