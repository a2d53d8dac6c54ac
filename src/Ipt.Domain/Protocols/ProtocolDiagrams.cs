using System;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>Diagrams of a whole protocol (its phases laid out in time); the phase machine's own diagrams are in
/// <see cref="PhaseDiagrams"/>.</summary>
public static class ProtocolDiagrams
{
    /// <summary>
    /// Mermaid <c>gantt</c> text (without the code fence) of a course planned on <paramref name="protocol"/> from
    /// <paramref name="start"/>: one bar per phase, its sessions spaced by the phase's cadence
    /// (<see cref="ProtocolDefinition.CadenceOf"/>: its own, else the protocol's), and a bar for the protocol's calendar
    /// span when it states one. Deterministic: the same protocol and date give the same text.
    /// </summary>
    /// <remarks>A flexible cadence is drawn weekly; a pre-treatment phase spans its session limit; an open-ended phase
    /// is drawn as four weeks or one cadence interval, whichever is longer, and labelled open-ended. The title names the
    /// protocol's cadence, followed by each different phase cadence in phase order ("weekly, then fortnightly, then
    /// monthly").</remarks>
    /// <param name="protocol">The protocol.</param>
    /// <param name="start">Date of the first planned session.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    public static string ToGantt(ProtocolDefinition protocol, DateOnly start)
    {
        Guard.Against.Null(protocol);
        var sb = new StringBuilder();
        sb.Append("gantt\n");
        sb.Append("    title ").Append(GanttText(protocol.Abbreviation)).Append(" planned course, ")
          .Append(protocol.Sessions.Planned).Append(" sessions, ").Append(CadenceTitle(protocol)).Append('\n');
        sb.Append("    dateFormat YYYY-MM-DD\n");
        sb.Append("    axisFormat %Y-%m-%d\n");
        sb.Append("    section Phases\n");
        DateOnly at = start;
        foreach (PhaseDefinition p in protocol.Phases)
        {
            int interval = IntervalDays(protocol, p.Kind);
            int days = p.Sessions.Kind switch
            {
                SessionRangeKind.Counted => p.Sessions.Length!.Value * interval,
                SessionRangeKind.PreTreatment => p.Sessions.Last * interval,
                _ => Math.Max(28, interval),
            };
            sb.Append("    ").Append(GanttText(PhaseDiagrams.Label(p))).Append(" :").Append(Codes.Of(p.Kind)).Append(", ")
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

                countedStart = countedStart.AddDays(p.Sessions.Last * IntervalDays(protocol, p.Kind));
            }

            sb.Append("    section Calendar span\n");
            sb.Append("    Counted sessions over about ").Append(weeks).Append(" weeks :span, ")
              .Append(Iso(countedStart)).Append(", ").Append(weeks * 7).Append("d\n");
        }

        return sb.ToString();
    }

    private static int IntervalDays(ProtocolDefinition protocol, PhaseKind phase) => protocol.CadenceOf(phase).NominalIntervalDays() ?? 7;

    private static string CadenceTitle(ProtocolDefinition protocol)
    {
        var text = new StringBuilder(Codes.Of(protocol.Cadence));
        Cadence previous = protocol.Cadence;
        foreach (PhaseDefinition p in protocol.Phases)
        {
            Cadence c = protocol.CadenceOf(p.Kind);
            if (c != previous)
            {
                text.Append(", then ").Append(Codes.Of(c));
                previous = c;
            }
        }

        return text.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string GanttText(string text) =>
        text.Replace(':', ' ').Replace(';', ',').Replace('#', ' ');

}
