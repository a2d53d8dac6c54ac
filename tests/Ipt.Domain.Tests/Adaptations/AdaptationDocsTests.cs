using System;
using System.Linq;
using System.Text;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Docs;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>The adaptation pages carry diagrams and tables generated from the definitions; stale pages fail.</summary>
public class AdaptationDocsTests
{
    /// <summary>Start date of every documented planned course.</summary>
    private static readonly DateOnly PlannedStart = new(2026, 1, 5);

    public static TheoryData<string> Variants => [.. BuiltInProtocols.All.Where(p => p.Id != StandardIpt.Id).Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Each_variant_page_has_current_generated_diagrams(string id)
    {
        ProtocolDefinition p = BuiltInProtocols.Catalog.Get(id).Value;
        string page = "docs/adaptations/" + id + ".md";
        DocsGeneratedBlocks.AssertCurrent(page, "state-diagram", "```mermaid\n" + PhaseDiagrams.ToMermaid(p.Machine) + "```");
        DocsGeneratedBlocks.AssertCurrent(page, "gantt", "```mermaid\n" + ProtocolDiagrams.ToGantt(p, PlannedStart) + "```");
        DocsGeneratedBlocks.AssertCurrent(page, "provenance", Provenance(p));
    }

    [Fact]
    public void The_index_comparison_table_is_current()
    {
        var sb = new StringBuilder();
        sb.Append("| Id | Name | Family | Format | Cadence | Sessions (min–max, cap) | Minutes | Phases |\n");
        sb.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            string link = p.Id == StandardIpt.Id ? "`ipt`" : "[`" + p.Id + "`](" + p.Id + ".md)";
            string phases = string.Join(" · ", p.Phases.Select(x => x.DisplayName + " " + x.Sessions));
            sb.Append("| ").Append(link).Append(" | ").Append(p.Name).Append(" (").Append(p.Abbreviation).Append(") | ")
              .Append(Codes.Of(p.Family)).Append(" | ").Append(Codes.Of(p.Format)).Append(" | ").Append(Codes.Of(p.Cadence)).Append(" | ")
              .Append(p.Sessions.Planned).Append(" (").Append(p.Sessions.Minimum).Append('–').Append(p.Sessions.Maximum).Append(", ").Append(p.Sessions.HardCap).Append(") | ")
              .Append(p.MinSessionMinutes == p.MaxSessionMinutes ? p.MinSessionMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture) : p.MinSessionMinutes + "–" + p.MaxSessionMinutes)
              .Append(" | ").Append(phases).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent("docs/adaptations/index.md", "comparison", sb.ToString());
    }

    private static string Provenance(ProtocolDefinition p)
    {
        var sb = new StringBuilder("| Setting | Value | Sources | Status |\n|---|---|---|---|\n");
        foreach (SourcedValue v in p.Provenance)
        {
            sb.Append("| ").Append(v.Setting).Append(" | ").Append(v.Value).Append(" | ").Append(v.Sources).Append(" | ").Append(Codes.Of(v.Status)).Append(" |\n");
        }

        return sb.ToString();
    }
}
