using System;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>Exports a phase machine as a Mermaid <c>stateDiagram-v2</c> or as Graphviz DOT. Edge labels name the
/// trigger and its guards, so the diagram shows every condition a denial can report.</summary>
public static class PhaseDiagrams
{
    /// <summary>Mermaid <c>stateDiagram-v2</c> text (without the surrounding code fence).</summary>
    /// <param name="machine">The machine to draw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="machine"/> is null.</exception>
    public static string ToMermaid(PhaseMachine machine)
    {
        Guard.Against.Null(machine);
        var sb = new StringBuilder();
        sb.Append("stateDiagram-v2\n");
        foreach (PhaseDefinition p in machine.Phases)
        {
            sb.Append("    state \"").Append(Label(p)).Append("\" as ").Append(p.Kind).Append('\n');
        }

        sb.Append("    [*] --> ").Append(machine.Phases[0].Kind).Append('\n');
        foreach (PhaseTransition t in machine.Transitions)
        {
            sb.Append("    ").Append(t.From).Append(" --> ").Append(t.To).Append(": ").Append(EdgeLabel(t)).Append('\n');
        }

        sb.Append("    Completed --> [*]\n");
        sb.Append("    Discontinued --> [*]\n");
        return sb.ToString();
    }

    /// <summary>Graphviz DOT text.</summary>
    /// <param name="machine">The machine to draw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="machine"/> is null.</exception>
    public static string ToDot(PhaseMachine machine)
    {
        Guard.Against.Null(machine);
        var sb = new StringBuilder();
        sb.Append("digraph phases {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        sb.Append("    start [shape=point];\n");
        foreach (PhaseDefinition p in machine.Phases)
        {
            sb.Append("    ").Append(p.Kind).Append(" [label=\"").Append(Label(p)).Append("\"];\n");
        }

        sb.Append("    Completed [shape=doublecircle];\n    Discontinued [shape=doublecircle];\n");
        sb.Append("    start -> ").Append(machine.Phases[0].Kind).Append(";\n");
        foreach (PhaseTransition t in machine.Transitions)
        {
            sb.Append("    ").Append(t.From).Append(" -> ").Append(t.To).Append(" [label=\"").Append(EdgeLabel(t)).Append("\"];\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    internal static string Label(PhaseDefinition p) =>
        p.DisplayName + " (" + p.Sessions + (p.IsOptional ? ", optional" : string.Empty) + ")";

    private static string EdgeLabel(PhaseTransition t)
    {
        string label = Codes.Of(t.Trigger);
        if (t.Guards.Count == 0)
        {
            return label;
        }

        var names = new string[t.Guards.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = t.Guards[i].Name;
        }

        return label + " [" + string.Join(", ", names) + "]";
    }
}
