using System;
using System.IO;
using System.Linq;
using System.Text;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Comparison;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Plots;
using Ipt.Domain.Research.Protocols;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Research.Tables;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>Keeps the generated parts of docs/research.md current (IPT_UPDATE_DOCS=1 rewrites them), the same
/// markers as the core suite's DocsGeneratedBlocks.</summary>
public sealed class ResearchDocsTests
{
    private const string Page = "docs/research.md";

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ipt.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    private static bool Updating => Environment.GetEnvironmentVariable("IPT_UPDATE_DOCS") == "1";

    internal static void AssertBlock(string page, string name, string content)
    {
        string path = Path.Combine(RepoRoot(), page);
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        string open = "<!-- generated:" + name + " -->";
        int start = text.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, "marker " + open + " missing in " + page);
        int from = start + open.Length;
        int end = text.IndexOf("<!-- /generated -->", from, StringComparison.Ordinal);
        string expected = "\n" + content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        if (text[from..end] == expected)
        {
            return;
        }

        if (Updating)
        {
            File.WriteAllText(path, text[..from] + expected + text[end..]);
            return;
        }

        Assert.Fail("The generated block '" + name + "' in " + page + " is out of date; run the tests with IPT_UPDATE_DOCS=1.");
    }

    private static string Dictionary<T>(ResearchTable<T> table)
    {
        var b = new StringBuilder();
        b.Append("**`").Append(table.Name).Append("`**\n\n| column | type | nullable | meaning |\n|---|---|---|---|\n");
        foreach (ResearchColumn<T> c in table.Columns)
        {
            string type = c.Type switch { ColumnType.Whole => "integer", ColumnType.Boolean => "boolean", _ => "text" };
            b.Append("| `").Append(c.Name).Append("` | ").Append(type).Append(" | ").Append(c.IsNullable ? "yes" : "no").Append(" | ").Append(c.Description).Append(" |\n");
        }

        return b.ToString();
    }

    [Fact]
    public void The_column_dictionary_is_current() =>
        AssertBlock(Page, "columns", Dictionary(ResearchTables.Courses) + "\n" + Dictionary(ResearchTables.Sessions) + "\n" + Dictionary(ResearchTables.Measures));

    [Fact]
    public void The_protocol_diff_example_is_current() =>
        AssertBlock(Page, "diff-example", "```text\n" + ProtocolDiff.Between(StandardIpt.Definition, BriefIpt.Definition).Describe() + "```");

    [Fact]
    public void The_comparison_example_and_its_figure_are_current()
    {
        var settings = new SimulationSettings { CohortSize = 5_000, Seed = 7 };
        ArmSummary[] arms = [CohortRunner.Summarise(settings), CohortRunner.Summarise(settings with { Protocol = BuiltInProtocols.Catalog.Get("ipt-b").Value })];
        ArmComparison comparison = ArmComparison.Of(arms);
        AssertBlock(Page, "compare-example", "```text\n" + string.Concat(arms.Select(a => a.Describe())) + "\n" + comparison.Describe() + "```");

        // The figure is regenerated from the same arms; its data is what the block above prints.
        string image = Path.Combine(RepoRoot(), "docs", "images", "research-compare.png");
        string fresh = Path.Combine(Directory.CreateTempSubdirectory("ipt-docs").FullName, "research-compare.png");
        Figures.SaveComparisonPng(arms, fresh);
        if (Updating)
        {
            File.Copy(fresh, image, overwrite: true);
        }

        Assert.True(File.Exists(image), "docs/images/research-compare.png is missing; run the tests with IPT_UPDATE_DOCS=1.");
        Assert.Equal(File.ReadAllBytes(fresh), File.ReadAllBytes(image));
    }
}
