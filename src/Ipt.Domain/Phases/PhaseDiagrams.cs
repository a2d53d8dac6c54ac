using System;
using System.Text;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

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
        ArgumentNullException.ThrowIfNull(machine);
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
        ArgumentNullException.ThrowIfNull(machine);
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

    /// <summary>
    /// Mermaid <c>gantt</c> text (without the code fence) of a course planned on <paramref name="protocol"/> from
    /// <paramref name="start"/>: one bar per phase, sessions spaced by the protocol's cadence, and a bar for the
    /// protocol's calendar span when it states one. Deterministic: the same protocol and date give the same text.
    /// </summary>
    /// <remarks>A flexible cadence is drawn weekly; a pre-treatment phase spans its session limit; an open-ended phase
    /// is drawn as four weeks or one cadence interval, whichever is longer, and labelled open-ended.</remarks>
    /// <param name="protocol">The protocol.</param>
    /// <param name="start">Date of the first planned session.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    public static string ToGantt(ProtocolDefinition protocol, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        int interval = protocol.Cadence.NominalIntervalDays() ?? 7;
        var sb = new StringBuilder();
        sb.Append("gantt\n");
        sb.Append("    title ").Append(GanttText(protocol.Abbreviation)).Append(" planned course, ")
          .Append(protocol.Sessions.Planned).Append(" sessions, ").Append(Codes.Of(protocol.Cadence)).Append('\n');
        sb.Append("    dateFormat YYYY-MM-DD\n");
        sb.Append("    axisFormat %Y-%m-%d\n");
        sb.Append("    section Phases\n");
        DateOnly at = start;
        foreach (PhaseDefinition p in protocol.Phases)
        {
            int days = p.Sessions.Kind switch
            {
                SessionRangeKind.Counted => p.Sessions.Length!.Value * interval,
                SessionRangeKind.PreTreatment => p.Sessions.Last * interval,
                _ => Math.Max(28, interval),
            };
            sb.Append("    ").Append(GanttText(Label(p))).Append(" :").Append(Codes.Of(p.Kind)).Append(", ")
              .Append(Iso(at)).Append(", ").Append(days).Append("d\n");
            at = at.AddDays(days);
        }

        if (protocol.CalendarSpanWeeks is { } weeks)
        {
            DateOnly countedStart = start;
            foreach (PhaseDefinition p in protocol.Phases)
            {
                if (p.Sessions.Kind != SessionRangeKind.PreTreatment)
                {
                    break;
                }

                countedStart = countedStart.AddDays(p.Sessions.Last * interval);
            }

            sb.Append("    section Calendar span\n");
            sb.Append("    Counted sessions over about ").Append(weeks).Append(" weeks :span, ")
              .Append(Iso(countedStart)).Append(", ").Append(weeks * 7).Append("d\n");
        }

        return sb.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string GanttText(string text) =>
        text.Replace(':', ' ').Replace(';', ',').Replace('#', ' ');

    private static string Label(PhaseDefinition p) =>
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
