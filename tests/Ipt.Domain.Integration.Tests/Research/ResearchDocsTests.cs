using System;
using System.IO;
using System.Linq;
using System.Text;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Calibration;
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

    [Fact]
    public void The_preset_table_is_current()
    {
        SymptomModelPreset preset = SymptomModelPresets.OHara2000;
        (ArmSummary calAll, ArmSummary cal) = PresetCheck.Run(preset, preset.CalibrationCourses, preset.CalibrationSeed);
        (ArmSummary freshAll, ArmSummary fresh) = PresetCheck.Run(preset, 10_000, 77);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"Fitted: `RateMedian` {preset.Model.RateMedian:F4}, `FloorMean` {preset.Model.FloorMean:F3} (PHQ-9 points), `SlowResponderShare` {preset.Model.SlowResponderShare:F3}, `DropoutPerSession` {preset.Settings.DropoutPerSession:F4}; ")
            .Append(c, $"set: `BaselineMean` {preset.Model.BaselineMean:F2} (= {preset.ReportedBaseline:F1} HRSD), `BaselineSd` {preset.Model.BaselineSd:F0}, `BaselineMinimum` {preset.Model.BaselineMinimum:F0}. ")
            .Append(c, $"Fit: {preset.Evaluations} evaluations of {preset.CalibrationCourses:N0} courses, seed {preset.CalibrationSeed}, search seed {preset.SearchSeed}.\n\n");
        b.Append(c, $"| measure (IPT arm) | O'Hara et al. 2000 | fitted (seed {preset.CalibrationSeed}, {preset.CalibrationCourses:N0} courses) | residual | fresh population (seed 77, 10,000 courses) |\n|---|---|---|---|---|\n");
        b.Append(c, $"| baseline HRSD, completers (set, not fitted) | {preset.ReportedBaseline:F1} | {cal.Baseline.Mean:F2} | {cal.Baseline.Mean - preset.ReportedBaseline:+0.00;-0.00} | {fresh.Baseline.Mean:F2} |\n");
        foreach (CalibrationResidual r in preset.Residuals)
        {
            bool rate = r.Measure != "change";
            string label = r.Measure switch
            {
                "remission" => "recovery HRSD ≤ 6, completers",
                "dropout" => "dropout, all courses (source: both arms pooled, 21/120)",
                _ => "mean change HRSD, completers",
            };
            double freshValue = r.Measure switch { "remission" => fresh.Remission!.Rate, "dropout" => freshAll.Dropout.Rate, _ => fresh.Change.Mean };
            b.Append("| ").Append(label).Append(" | ")
                .Append(rate ? string.Create(c, $"{r.Target * 100:F1} %") : string.Create(c, $"{r.Target:F1}")).Append(" | ")
                .Append(rate ? string.Create(c, $"{r.Fitted * 100:F1} %") : string.Create(c, $"{r.Fitted:F2}")).Append(" | ")
                .Append(rate ? string.Create(c, $"{r.Residual * 100:+0.0;-0.0} points") : string.Create(c, $"{r.Residual:+0.00;-0.00}")).Append(" | ")
                .Append(rate ? string.Create(c, $"{freshValue * 100:F1} %") : string.Create(c, $"{freshValue:F2}")).Append(" |\n");
        }

        b.Append(c, $"| response ≥ 50 %, completers (not reported, not fitted) | — | {cal.Response.Rate * 100:F1} % | — | {fresh.Response.Rate * 100:F1} % |\n");
        Assert.Equal(calAll.Dropout.Rate, preset.Residuals.Single(r => r.Measure == "dropout").Fitted, 12);
        AssertBlock(Page, "preset-ohara-2000", b.ToString());
    }
}
