using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Cli;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Parquet;

namespace Ipt.Domain.Integration.Tests.Cli;

/// <summary>The <c>ipt</c> tool: arguments in, files, output and exit codes out. Most tests run it in process
/// (<c>Program.InvokeAsync</c>); the process tests check what the shell sees and Ctrl-C.</summary>
public sealed class CliTests
{
    private static readonly string Tool = FindTool();

    private readonly string _dir = Directory.CreateTempSubdirectory("ipt-cli").FullName;

    private static string FindTool()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ipt.Domain.sln")))
        {
            dir = dir.Parent;
        }

        string configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        string path = Path.Combine(dir!.FullName, "src", "Ipt.Domain.Cli", "bin", configuration, "net10.0", "ipt.dll");
        Assert.True(File.Exists(path), "build the tool first: " + path);
        return path;
    }

    private sealed record Run(int ExitCode, string Out, string Err);

    private Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Tool);
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    /// <summary>Runs the tool in process, on plain writers, with relative paths read from the test's directory.</summary>
    private Run Ipt(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = global::Ipt.Domain.Cli.Program.InvokeAsync(Terminal.Plain(output, error, _dir), args, CancellationToken.None).GetAwaiter().GetResult();
        return new Run(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built tool as a process: the exit code and streams the shell sees.</summary>
    private Run Shell(params string[] args)
    {
        using Process p = Start(args);
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "ipt did not finish");
        return new Run(p.ExitCode, stdout.Result, stderr.Result);
    }

    private string At(string name) => Path.Combine(_dir, name);

    /// <summary>The tool's command tree, unparsed.</summary>
    private System.CommandLine.RootCommand Commands() => global::Ipt.Domain.Cli.Program.Commands(Terminal.Plain(TextWriter.Null, TextWriter.Null, _dir));

    private static long ParquetRows(string path)
    {
        ParquetReader r = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        long n = 0;
        for (int g = 0; g < r.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = r.OpenRowGroupReader(g);
            n += group.RowCount;
        }

        r.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return n;
    }

    [Fact]
    public void Help_is_on_every_command()
    {
        foreach (string[] args in new[] { new[] { "--help" }, ["protocols", "--help"], ["protocol", "show", "--help"], ["protocol", "diff", "--help"], ["simulate", "--help"], ["merge", "--help"], ["compare", "--help"], ["calibrate", "--help"], ["history", "check", "--help"], ["screen", "--help"] })
        {
            Run r = Ipt(args);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Usage", r.Out, StringComparison.Ordinal);
        }

        Assert.Contains("compare", Ipt("--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocols_lists_the_built_ins_as_a_table_and_as_json()
    {
        Assert.Contains("ipt-b", Ipt("protocols").Out, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(Ipt("protocols", "--json").Out);
        Assert.Contains(doc.RootElement.EnumerateArray(), e => e.GetProperty("id").GetString() == "ipt" && e.GetProperty("planned").GetInt32() == 16);
    }

    [Fact]
    public void Protocol_show_prints_diagrams_and_diff_prints_the_differences()
    {
        Assert.StartsWith("stateDiagram", Ipt("protocol", "show", "ipt", "--mermaid").Out.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("digraph", Ipt("protocol", "show", "ipt", "--dot").Out, StringComparison.Ordinal);
        Assert.Contains("gantt", Ipt("protocol", "show", "ipt", "--gantt").Out, StringComparison.Ordinal);
        Run diff = Ipt("protocol", "diff", "ipt", "ipt-b");
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("sessions.planned: 16 -> 8", diff.Out, StringComparison.Ordinal);
        using JsonDocument doc = JsonDocument.Parse(Ipt("protocol", "diff", "ipt", "ipt-b", "--json").Out);
        Assert.Contains(doc.RootElement.GetProperty("Differences").EnumerateArray(), d => d.GetProperty("Path").GetString() == "sessions.hard-cap");
    }

    [Fact]
    public void Bad_arguments_give_a_clear_error_and_exit_code_2()
    {
        Run unknown = Ipt("simulate", "no-such", "--courses", "10");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown protocol 'no-such'", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(2, Ipt("simulate", "ipt", "--courses", "0").ExitCode);
        Assert.Equal(2, Ipt("simulate", "ipt", "--courses", "ten").ExitCode);
        Run format = Ipt("simulate", "ipt", "--courses", "10", "--out", "x.xlsx");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains(".parquet or .csv", format.Err, StringComparison.Ordinal);
        Assert.Equal(2, Ipt("simulate", "ipt", "--courses", "10", "--shard", "3/2").ExitCode);
        Assert.Equal(2, Ipt("compare", "ipt").ExitCode);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Simulate_writes_csv_and_its_summary_and_no_temporary_file()
    {
        Run r = Ipt("simulate", "ipt", "--courses", "300", "--seed", "3", "--out", "c.csv", "--sessions", "s.parquet", "--measures", "m.csv", "--json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(301, File.ReadAllLines(At("c.csv")).Length);
        Assert.True(ParquetRows(At("s.parquet")) > 300);
        Assert.True(File.Exists(At("c.csv.summary.json")));
        Assert.DoesNotContain(Directory.GetFiles(_dir), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        Assert.Equal(300, doc.RootElement.GetProperty("Courses").GetInt64());
        Assert.True(doc.RootElement.GetProperty("Response").GetProperty("Lower").GetDouble() < doc.RootElement.GetProperty("Response").GetProperty("Rate").GetDouble());
    }

    [Fact]
    public void Compare_gives_a_table_with_intervals_a_parquet_file_and_a_picture()
    {
        Run r = Ipt("compare", "ipt", "ipt-b", "--courses", "400", "--seed", "7", "--out", "cmp.parquet", "--plot", "cmp.png");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("response (95% CI)", r.Out, StringComparison.Ordinal);
        Assert.Contains("ipt-b - ipt", r.Out, StringComparison.Ordinal);
        Assert.Contains("compare.endpoint-points-differ", r.Out, StringComparison.Ordinal);
        Assert.Equal(800, ParquetRows(At("cmp.parquet")));
        Assert.True(new FileInfo(At("cmp.png")).Length > 10_000);
        using JsonDocument doc = JsonDocument.Parse(Ipt("compare", "ipt", "ipt-b", "--courses", "400", "--seed", "7", "--json").Out);
        Assert.Equal(2, doc.RootElement.GetProperty("Arms").GetArrayLength());
    }

    [Fact]
    public void Shards_merge_to_the_single_run_file_and_summary()
    {
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "500", "--seed", "9", "--out", "all.parquet").ExitCode);
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "500", "--seed", "9", "--shard", "2/2", "--out", "s2.parquet").ExitCode);
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "500", "--seed", "9", "--shard", "1/2", "--out", "s1.parquet").ExitCode);
        Run merged = Ipt("merge", "--out", "merged.parquet", "s2.parquet", "s1.parquet");
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(File.ReadAllText(At("all.parquet.summary.json")), File.ReadAllText(At("merged.parquet.summary.json")));
        Assert.Equal(500, ParquetRows(At("merged.parquet")));
        Assert.Equal(CourseIndexes(At("all.parquet")), CourseIndexes(At("merged.parquet")));
        Assert.Equal(3, Ipt("merge", "--out", "m.parquet", "missing.parquet").ExitCode);
    }

    private static long[] CourseIndexes(string path)
    {
        ParquetReader r = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        var field = r.Schema.GetDataFields().Single(f => f.Name == "course_index");
        var all = new System.Collections.Generic.List<long>();
        for (int g = 0; g < r.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = r.OpenRowGroupReader(g);
            var values = new long[group.RowCount];
            group.ReadAsync<long>(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
            all.AddRange(values);
        }

        r.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return [.. all];
    }

    [Fact]
    public void Calibrate_prints_the_fit_and_four_residuals()
    {
        Run r = Ipt("calibrate", "ipt", "--response", "0.55", "--remission", "0.35", "--dropout", "0.2", "--change", "-9", "--courses", "300", "--evaluations", "6", "--json");
        Assert.Equal(0, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        Assert.Equal(4, doc.RootElement.GetProperty("residuals").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("Loss").GetDouble() <= doc.RootElement.GetProperty("InitialLoss").GetDouble());
        Assert.Equal(2, Ipt("calibrate", "ipt", "--response", "1.5", "--remission", "0.3", "--dropout", "0.2", "--change", "-9").ExitCode);
        Assert.Equal(2, Ipt("calibrate", "ipt", "--courses", "100").ExitCode);
    }

    [Fact]
    public void Calibrate_fits_only_the_measures_given_and_a_completer_analysis()
    {
        Run r = Ipt("calibrate", "ipt", "--remission", "0.35", "--change", "-9", "--completers", "--courses", "200", "--evaluations", "3", "--json");
        Assert.Equal(0, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        Assert.Equal(["remission", "change"], doc.RootElement.GetProperty("residuals").EnumerateArray().Select(e => e.GetProperty("Measure").GetString()));
        Assert.Equal(0.01, doc.RootElement.GetProperty("DropoutPerSession").GetDouble());
    }

    [Fact]
    public void A_preset_changes_the_simulated_arm_and_an_unknown_one_is_refused()
    {
        Run plain = Ipt("simulate", "ipt", "--courses", "300", "--seed", "4", "--json");
        Run preset = Ipt("simulate", "ipt", "--courses", "300", "--seed", "4", "--preset", "ohara-2000", "--json");
        Assert.Equal(0, preset.ExitCode);
        using JsonDocument a = JsonDocument.Parse(plain.Out);
        using JsonDocument b = JsonDocument.Parse(preset.Out);
        // The preset's baseline is 19.4 HRSD set as 10.07 PHQ-9 points, far below the default model's 17.
        Assert.True(b.RootElement.GetProperty("Baseline").GetProperty("Mean").GetDouble() < a.RootElement.GetProperty("Baseline").GetProperty("Mean").GetDouble() - 4);
        Assert.Contains("ohara-2000", Ipt("simulate", "--help").Out, StringComparison.Ordinal);
        Run unknown = Ipt("compare", "ipt", "ipt-b", "--courses", "10", "--preset", "elkin-1989");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown preset 'elkin-1989'. Known: ohara-2000.", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void History_check_accepts_a_good_history_and_points_at_the_first_bad_event()
    {
        var course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition, new DateOnly(2026, 1, 5));
        course.RecordSession(new DateOnly(2026, 1, 5), Attendance.Attended);
        course.RecordSession(new DateOnly(2026, 1, 12), Attendance.Attended);
        course.RecordSession(new DateOnly(2026, 1, 19), Attendance.NoShow);
        string json = CourseHistoryJson.Serialize(course.History);
        File.WriteAllText(At("good.json"), json);
        Run good = Ipt("history", "check", "good.json");
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("valid: 4 events", good.Out, StringComparison.Ordinal);

        // Session 2 renumbered 5: the third event (#2) is the first that does not replay.
        Assert.Contains("\"number\":2", json, StringComparison.Ordinal);
        File.WriteAllText(At("bad.json"), json.Replace("\"number\":2", "\"number\":5", StringComparison.Ordinal));
        Run bad = Ipt("history", "check", "bad.json", "--json");
        Assert.Equal(1, bad.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(bad.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("firstBadEvent").GetInt32());

        File.WriteAllText(At("broken.json"), "{ not json");
        Assert.Equal(1, Ipt("history", "check", "broken.json").ExitCode);
        Run missing = Ipt("history", "check", "missing.json");
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("cannot read", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_gives_the_outcome_and_coded_reasons_from_flags_and_from_a_json_file()
    {
        Run adult = Ipt("screen", "--age", "34", "--conditions", "major-depression", "--severity", "moderate");
        Assert.Equal(0, adult.ExitCode);
        Assert.Contains("outcome: suitable", adult.Out, StringComparison.Ordinal);
        Assert.Contains("suitability.indication.major-depression", adult.Out, StringComparison.Ordinal);

        // Psychosis is an exclusion (RULE-03): not recommended, with the coded reason, as JSON.
        Run psychosis = Ipt("screen", "--age", "40", "--conditions", "major-depression,psychosis-or-schizophrenia", "--json");
        Assert.Equal(0, psychosis.ExitCode);
        using (JsonDocument doc = JsonDocument.Parse(psychosis.Out))
        {
            Assert.Equal("not-recommended", doc.RootElement.GetProperty("outcome").GetString());
            Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("recommendedProtocol").ValueKind);
            Assert.Contains(doc.RootElement.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("kind").GetString() == "exclusion" && r.GetProperty("ruleId").GetString() == "RULE-03");
        }

        // The same answers from a file give the same JSON; a chosen protocol is screened for.
        File.WriteAllText(At("person.json"), "{\"age\": 40, \"conditions\": [\"major-depression\", \"psychosis-or-schizophrenia\"]}");
        Assert.Equal(psychosis.Out, Ipt("screen", "--input", "person.json", "--json").Out);
        File.WriteAllText(At("adult.json"), "{\"age\": 30, \"conditions\": [\"major-depression\"]}");
        Run forIptA = Ipt("screen", "-i", "adult.json", "--protocol", "ipt-a", "--json");
        using (JsonDocument doc = JsonDocument.Parse(forIptA.Out))
        {
            Assert.Equal("not-recommended", doc.RootElement.GetProperty("outcome").GetString());
            Assert.Contains(doc.RootElement.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "suitability.exclusion.outside-ipt-a-age");
        }
    }

    [Fact]
    public void Screen_refuses_bad_answers_with_clear_errors_and_never_echoes_them()
    {
        Run typo = Ipt("screen", "--age", "34", "--conditions", "Jane-Doe");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("--conditions: a value is not a known code. Known: major-depression", typo.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", typo.Err, StringComparison.Ordinal);
        Assert.Equal(2, Ipt("screen", "--conditions", "major-depression").ExitCode);
        Assert.Equal(2, Ipt("screen", "--age", "131").ExitCode);
        Assert.Equal(2, Ipt("screen", "--age", "30", "--protocol", "no-such").ExitCode);
        Assert.Equal(2, Ipt("screen", "--age", "30", "--sees-own-part", "maybe").ExitCode);
        File.WriteAllText(At("named.json"), "{\"age\": 30, \"Jane Doe\": true}");
        Run named = Ipt("screen", "--input", "named.json");
        Assert.Equal(1, named.ExitCode);
        Assert.DoesNotContain("Jane", named.Err, StringComparison.Ordinal);
        File.WriteAllText(At("broken.json"), "{ not json");
        Assert.Equal(1, Ipt("screen", "--input", "broken.json").ExitCode);
        Assert.Equal(2, Ipt("screen", "--input", "named.json", "--age", "30").ExitCode);
        Assert.Equal(3, Ipt("screen", "--input", "missing.json").ExitCode);
    }

    [Fact]
    public void Protocol_show_prints_the_phases_tasks_and_schedules_as_text_and_json()
    {
        Run text = Ipt("protocol", "show", "ipt");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Interpersonal Psychotherapy (standard acute course) (ipt)", text.Out, StringComparison.Ordinal);
        Assert.Contains("16 sessions planned (12-16, hard cap 20), weekly, individual", text.Out, StringComparison.Ordinal);
        Assert.Contains("maintenance (optional)", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("initial (optional)", text.Out, StringComparison.Ordinal);
        Assert.Contains("interpersonal-inventory", text.Out, StringComparison.Ordinal);
        Assert.Contains("measures: ipt-institute-portfolio (phq-9, gad-7, every-nth-session)", text.Out, StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(Ipt("protocol", "show", "ipt", "--json").Out);
        JsonElement root = doc.RootElement;
        Assert.Equal("IPT", root.GetProperty("abbreviation").GetString());
        Assert.Equal("ipt", root.GetProperty("family").GetString());
        Assert.Equal(20, root.GetProperty("sessions").GetProperty("hardCap").GetInt32());
        Assert.Equal(12, root.GetProperty("sessions").GetProperty("minimum").GetInt32());
        JsonElement[] phases = [.. root.GetProperty("phases").EnumerateArray()];
        Assert.Equal(["initial", "middle", "termination", "maintenance"], phases.Select(x => x.GetProperty("kind").GetString()));
        Assert.Equal([false, false, false, true], phases.Select(x => x.GetProperty("optional").GetBoolean()));
        Assert.Contains("treatment-contract", phases[0].GetProperty("tasks").EnumerateArray().Select(t => t.GetString()));
        JsonElement schedule = root.GetProperty("schedules")[0];
        Assert.Equal(4, schedule.GetProperty("every").GetInt32());
        Assert.True(schedule.GetProperty("final").GetBoolean());

        Run two = Ipt("protocol", "show", "ipt", "--mermaid", "--dot");
        Assert.Equal(2, two.ExitCode);
        Assert.Contains("choose one of --mermaid, --dot, --gantt.", two.Err, StringComparison.Ordinal);
        Assert.Equal(2, Ipt("protocol", "show", "ipt", "--gantt", "--dot").ExitCode);
        Assert.StartsWith("digraph", Ipt("protocol", "show", "ipt", "--dot").Out.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("stateDiagram", Ipt("protocol", "show", "ipt", "--gantt").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocols_json_gives_each_protocols_codes_and_counts()
    {
        using JsonDocument doc = JsonDocument.Parse(Ipt("protocols", "--json").Out);
        JsonElement m = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ipt-m");
        Assert.Equal("IPT-M", m.GetProperty("abbreviation").GetString());
        Assert.Equal("monthly", m.GetProperty("cadence").GetString());
        Assert.Equal("individual", m.GetProperty("format").GetString());
        Assert.Equal("ipt", m.GetProperty("family").GetString());
        Assert.Equal(1, m.GetProperty("minimum").GetInt32());
        Assert.Equal(36, m.GetProperty("maximum").GetInt32());
        Assert.Equal(["maintenance"], m.GetProperty("phases").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("24 (1-36)", Ipt("protocols").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_prints_the_arm_report_and_refuses_a_bad_shard_or_picture()
    {
        Run r = Ipt("simulate", "ipt-b", "--courses", "200", "--seed", "3");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("arm ipt-b (protocol ipt-b), seed 3, 200 courses", r.Out, StringComparison.Ordinal);
        Run shard = Ipt("simulate", "ipt", "--courses", "10", "--shard", "0/2");
        Assert.Equal(2, shard.ExitCode);
        Assert.Contains("--shard must be k/n with 1 <= k <= n, e.g. 3/8: '0/2'.", shard.Err, StringComparison.Ordinal);
        Run plot = Ipt("simulate", "ipt", "--courses", "10", "--plot", "p.svg");
        Assert.Equal(2, plot.ExitCode);
        Assert.Contains("--plot must name a .png file.", plot.Err, StringComparison.Ordinal);
        Assert.Equal(2, Ipt("compare", "ipt", "ipt-b", "--courses", "10", "--plot", "p.svg").ExitCode);
        Assert.Equal(2, Ipt("simulate", "ipt", "--courses", "10", "--preset", "none-such").ExitCode);

        Run picture = Ipt("simulate", "ipt", "--courses", "200", "--plot", "one.png", "--out", "one.csv", "--json");
        Assert.Equal(0, picture.ExitCode);
        Assert.True(new FileInfo(At("one.png")).Length > 10_000);
        Assert.Equal(200, ArmTotalsJsonCourses(At("one.csv.summary.json")));
        Assert.Equal(["one.csv", "one.csv.summary.json", "one.png"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static long ArmTotalsJsonCourses(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("Courses").GetInt64();
    }

    [Fact]
    public void Compare_prints_the_differences_in_points_and_the_change_and_writes_the_comparison()
    {
        Run r = Ipt("compare", "ipt", "ipt-b", "--courses", "300", "--seed", "2", "--out", "arms.csv");
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("ipt-b - ipt", StringComparison.Ordinal) && l.Contains("response", StringComparison.Ordinal) && l.Contains(" pts", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ipt-b - ipt", StringComparison.Ordinal) && l.Contains("change", StringComparison.Ordinal) && !l.Contains(" pts", StringComparison.Ordinal));
        Assert.Contains("warning compare.endpoint-points-differ: ", r.Out, StringComparison.Ordinal);
        Assert.Contains("300", r.Out, StringComparison.Ordinal);
        Assert.Equal(601, File.ReadAllLines(At("arms.csv")).Length);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(At("arms.csv.summary.json")));
        Assert.Equal(["ipt", "ipt-b"], doc.RootElement.GetProperty("Arms").EnumerateArray().Select(a => a.GetProperty("Arm").GetString()));
        Run unknown = Ipt("compare", "ipt", "no-such");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown protocol 'no-such'. Known: ipt, ipt-b", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_refuses_shards_of_another_format_a_broken_summary_or_another_seed()
    {
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "40", "--seed", "1", "--shard", "1/2", "--out", "a.csv").ExitCode);
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "40", "--seed", "2", "--shard", "2/2", "--out", "b.csv").ExitCode);
        Run format = Ipt("merge", "--out", "m.parquet", "a.csv");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("every shard must have the format of --out: 'a.csv'.", format.Err, StringComparison.Ordinal);
        Run seeds = Ipt("merge", "--out", "m.csv", "a.csv", "b.csv");
        Assert.Equal(2, seeds.ExitCode);
        Assert.Contains("shards of different arms or seeds cannot be merged.", seeds.Err, StringComparison.Ordinal);
        File.WriteAllText(At("b.csv.summary.json"), "{ not json");
        Run broken = Ipt("merge", "--out", "m.csv", "a.csv", "b.csv");
        Assert.Equal(3, broken.ExitCode);
        Assert.Contains("'b.csv.summary.json' is not a summary", broken.Err, StringComparison.Ordinal);
        Run missing = Ipt("merge", "--out", "m.csv", "a.csv", "c.csv");
        Assert.Contains("cannot read 'c.csv' and its .summary.json.", missing.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(At("m.csv")));

        Run one = Ipt("merge", "--out", "m.csv", "a.csv", "--json", "--plot", "m.png");
        Assert.Equal(0, one.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(one.Out);
        Assert.Equal(20, doc.RootElement.GetProperty("Courses").GetInt64());
        Assert.True(File.Exists(At("m.png")));
        Assert.StartsWith("arm ipt (protocol ipt), seed 1, 20 courses", Ipt("merge", "--out", "m2.csv", "a.csv").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_prints_the_fit_its_residuals_and_the_loss_as_text()
    {
        Run r = Ipt("calibrate", "ipt", "--response", "0.5", "--courses", "150", "--evaluations", "2");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("fitted: RateMedian ", r.Out, StringComparison.Ordinal);
        Assert.Contains("DropoutPerSession", r.Out, StringComparison.Ordinal);
        Assert.Contains("response", r.Out, StringComparison.Ordinal);
        Assert.Contains("0.500", r.Out, StringComparison.Ordinal);
        Assert.Contains("after 2 evaluations of 150 courses", r.Out, StringComparison.Ordinal);
        Run rate = Ipt("calibrate", "ipt", "--dropout", "-0.1");
        Assert.Equal(2, rate.ExitCode);
        Assert.Contains("give at least one of --response, --remission, --dropout, --change", rate.Err, StringComparison.Ordinal);
        Assert.Equal(2, Ipt("calibrate", "ipt", "--remission", "1.1").ExitCode);
        Assert.Equal(2, Ipt("calibrate", "ipt", "--change", "-5", "--evaluations", "0").ExitCode);
    }

    [Fact]
    public void History_check_prints_the_first_bad_event_by_type_and_date_only()
    {
        var course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition, new DateOnly(2026, 1, 5));
        course.RecordSession(new DateOnly(2026, 1, 5), Attendance.Attended);
        course.RecordSession(new DateOnly(2026, 1, 12), Attendance.Attended);
        string json = CourseHistoryJson.Serialize(course.History);
        File.WriteAllText(At("bad.json"), json.Replace("\"number\":2", "\"number\":5", StringComparison.Ordinal));
        Run bad = Ipt("history", "check", "bad.json");
        Assert.Equal(1, bad.ExitCode);
        string[] lines = bad.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using JsonDocument broken = JsonDocument.Parse(Ipt("history", "check", "bad.json", "--json").Out);
        Assert.Equal("invalid: " + broken.RootElement.GetProperty("code").GetString() + ": " + broken.RootElement.GetProperty("message").GetString(), lines[0]);
        Assert.Equal("first bad event: #2 (SessionRecorded on 2026-01-12)", lines[1]);

        File.WriteAllText(At("good.json"), json);
        using JsonDocument doc = JsonDocument.Parse(Ipt("history", "check", "good.json", "--json").Out);
        Assert.True(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(3, doc.RootElement.GetProperty("events").GetInt32());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("firstBadEvent").ValueKind);
        Assert.Equal("SessionRecorded on 2026-01-12", broken.RootElement.GetProperty("badEvent").GetString());
        Assert.False(broken.RootElement.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Screen_prints_the_recommendation_and_a_table_of_reasons()
    {
        Run r = Ipt("screen", "--age", "34", "--conditions", "major-depression");
        using JsonDocument doc = JsonDocument.Parse(Ipt("screen", "--age", "34", "--conditions", "major-depression", "--json").Out);
        string[] lines = r.Out.Split('\n');
        Assert.Equal("outcome: suitable", lines[0]);
        Assert.Equal("recommended protocol: ipt (" + doc.RootElement.GetProperty("recommendationReason").GetProperty("code").GetString() + ")", lines[1]);
        Assert.Contains("indication", r.Out, StringComparison.Ordinal);
        Run chosen = Ipt("screen", "--age", "34", "--conditions", "major-depression", "--protocol", "ipt-b");
        Assert.StartsWith("outcome: ", chosen.Out, StringComparison.Ordinal);
        Assert.Contains(" (screened for ipt-b)", chosen.Out.Split('\n')[0], StringComparison.Ordinal);
        Assert.Equal("ipt", doc.RootElement.GetProperty("recommendedProtocol").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("screenedFor").ValueKind);
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("recommendationReason").GetProperty("code").GetString()));
    }

    [Fact]
    public void Every_command_option_and_argument_says_what_it_is_for()
    {
        System.CommandLine.RootCommand root = Commands();
        var names = new System.Collections.Generic.List<string>();
        void Walk(System.CommandLine.Command c, string path)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Description), path + " has no description");
            foreach (System.CommandLine.Option o in c.Options.Where(o => o is not System.CommandLine.Help.HelpOption && o is not System.CommandLine.VersionOption))
            {
                Assert.False(string.IsNullOrWhiteSpace(o.Description), path + " " + o.Name + " has no description");
                names.Add(path + " " + o.Name);
            }

            foreach (System.CommandLine.Argument a in c.Arguments)
            {
                Assert.False(string.IsNullOrWhiteSpace(a.Description), path + " <" + a.Name + "> has no description");
                names.Add(path + " <" + a.Name + ">");
            }

            foreach (System.CommandLine.Command sub in c.Subcommands)
            {
                Walk(sub, path + " " + sub.Name);
            }
        }

        Walk(root, "ipt");
        Assert.Contains("ipt merge --out", names);
        Assert.Contains("ipt calibrate --completers", names);
        Assert.Contains("ipt screen --unlikely-to-attend-full-course", names);
        Assert.True(root.Subcommands.Single(c => c.Name == "merge").Options.Single(o => o.Name == "--out").Required);
        Assert.Contains("ohara-2000", root.Subcommands.Single(c => c.Name == "simulate").Options.Single(o => o.Name == "--preset").Description, StringComparison.Ordinal);
        Assert.Contains("Known: major-depression, recurrent-depression", root.Subcommands.Single(c => c.Name == "screen").Options.Single(o => o.Name == "--conditions").Description!.Replace("comma-separated:", "Known:", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_have_their_column_headers()
    {
        static void Headers(string output, params string[] columns)
        {
            string header = output.Split('\n').First(l => l.Contains(columns[0], StringComparison.Ordinal) && l.Contains(columns[^1], StringComparison.Ordinal));
            Assert.All(columns, c => Assert.Contains(" " + c + " ", header, StringComparison.Ordinal));
        }

        Headers(Ipt("protocols").Out, "id", "abbr.", "name", "format", "cadence", "sessions", "phases");
        Headers(Ipt("protocol", "show", "ipt").Out, "phase", "sessions", "required tasks");
        Run compare = Ipt("compare", "ipt", "ipt-b", "--courses", "60");
        Headers(compare.Out, "arm", "courses", "response (95% CI)", "remission (95% CI)", "dropout (95% CI)", "mean change (95% CI)");
        Headers(compare.Out, "difference", "measure", "estimate", "95% CI");
        Headers(Ipt("calibrate", "ipt", "--response", "0.5", "--courses", "30", "--evaluations", "1").Out, "measure", "target", "fitted", "residual");
        Headers(Ipt("screen", "--age", "34", "--conditions", "major-depression").Out, "kind", "code", "rule", "evidence", "sources", "reason");
        Assert.Contains(" 16 (12-16) ", Ipt("protocols").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compare_table_gives_rates_in_percent_and_differences_in_points()
    {
        Run text = Ipt("compare", "ipt", "ipt-b", "--courses", "200", "--seed", "4");
        using JsonDocument doc = JsonDocument.Parse(Ipt("compare", "ipt", "ipt-b", "--courses", "200", "--seed", "4", "--json").Out);
        JsonElement response = doc.RootElement.GetProperty("Arms")[1].GetProperty("Response");
        string pct(double v) => (v * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%";
        Assert.Contains(pct(response.GetProperty("Rate").GetDouble()) + " (" + pct(response.GetProperty("Lower").GetDouble()) + " to " + pct(response.GetProperty("Upper").GetDouble()) + ")", text.Out, StringComparison.Ordinal);
        JsonElement d = doc.RootElement.GetProperty("Differences").EnumerateArray().First(x => x.GetProperty("Measure").GetString() == "dropout");
        string pts(double v) => (v * 100).ToString("+0.0;-0.0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(pts(d.GetProperty("Estimate").GetDouble()) + " pts", text.Out, StringComparison.Ordinal);
        Assert.Contains(pts(d.GetProperty("Lower").GetDouble()) + " to " + pts(d.GetProperty("Upper").GetDouble()), text.Out, StringComparison.Ordinal);
        Assert.Contains("\n  \"Arms\": [", Ipt("compare", "ipt", "ipt-b", "--courses", "20", "--json").Out, StringComparison.Ordinal); // indented JSON
    }

    [Fact]
    public void A_plain_terminal_gets_no_progress_bar_and_parse_errors_name_the_help()
    {
        Run r = Ipt("simulate", "ipt", "--courses", "50");
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Err);
        Run parse = Ipt("simulate", "ipt", "--courses", "ten");
        Assert.Equal(2, parse.ExitCode);
        string[] lines = parse.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'ipt --help' (or '<command> --help') for usage.", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Screening_lists_take_spaces_commas_and_repeats_alike_and_sees_own_part_yes_adds_no_note()
    {
        string Screen(params string[] answers) => Ipt([.. new[] { "screen", "--age", "34", "--json" }, .. answers]).Out;

        string both = Screen("--conditions", "major-depression,bipolar-i");
        Assert.NotEqual(Screen("--conditions", "major-depression"), both);
        Assert.Equal(both, Screen("--conditions", "major-depression", "bipolar-i"));
        Assert.Equal(both, Screen("--conditions", " major-depression , bipolar-i,"));
        Assert.Equal(both, Screen("--conditions", "major-depression,bipolar-i,major-depression"));
        string risk = Screen("--conditions", "major-depression", "--risks", "acute-suicidality");
        Assert.Equal(risk, Screen("--conditions", "major-depression", "--risks", "acute-suicidality,acute-suicidality"));
        string couple = Screen("--conditions", "major-depression", "--relationships", "couple-conflict-central,partner-willing-to-attend");
        Assert.Equal(couple, Screen("--conditions", "major-depression", "--relationships", "couple-conflict-central", "partner-willing-to-attend"));
        string risks = Screen("--conditions", "major-depression", "--risks", "acute-suicidality,psychosis");
        Assert.Equal(risks, Screen("--conditions", "major-depression", "--risks", "acute-suicidality", "psychosis"));

        Run yes = Ipt("screen", "--age", "34", "--conditions", "major-depression", "--sees-own-part", "yes", "--json");
        Assert.Equal(0, yes.ExitCode);
        Assert.Equal(Screen("--conditions", "major-depression"), yes.Out);
        Assert.NotEqual(yes.Out, Screen("--conditions", "major-depression", "--sees-own-part", "no"));

        File.WriteAllText(At("mixed.json"), "{\"age\": 34, \"conditions\": [\"major-depression\", 1]}");
        Run mixed = Ipt("screen", "-i", "mixed.json");
        Assert.Equal(1, mixed.ExitCode);
        Assert.Contains("'mixed.json': 'conditions' has a value of the wrong kind.", mixed.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_of_each_single_screening_answer_names_every_value_it_takes()
    {
        System.CommandLine.Command screen = Commands().Subcommands.Single(c => c.Name == "screen");
        void Names<TEnum>(string option)
            where TEnum : struct, Enum
        {
            string help = screen.Options.Single(o => o.Name == option).Description!;
            foreach (TEnum v in Enum.GetValues<TEnum>())
            {
                string code = Codes.Of(v);
                Assert.Matches(" " + System.Text.RegularExpressions.Regex.Escape(code) + "[,.]", help);
                Assert.Equal(0, Ipt("screen", "--age", "34", option, code).ExitCode);
            }
        }

        Names<Ipt.Domain.Suitability.DepressionSeverity>("--severity");
        Names<Ipt.Domain.Suitability.PerinatalStatus>("--perinatal");
        Assert.Contains("(0-130)", screen.Options.Single(o => o.Name == "--age").Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_run_says_so_and_writes_nothing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        int code = await global::Ipt.Domain.Cli.Program.InvokeAsync(Terminal.Plain(output, error, _dir), ["simulate", "ipt", "--courses", "50", "--out", "c.csv"], cancelled.Token);
        Assert.Equal(130, code);
        Assert.Contains("cancelled: no output file was written.", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_picture_replaces_an_older_one_and_a_shard_without_its_summary_is_unreadable()
    {
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "40", "--plot", "p.png", "--out", "a.csv").ExitCode);
        Assert.Equal(0, Ipt("simulate", "ipt", "--courses", "40", "--plot", "p.png").ExitCode);
        Assert.Equal(["a.csv", "a.csv.summary.json", "p.png"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        File.Delete(At("a.csv.summary.json"));
        Run merge = Ipt("merge", "--out", "m.csv", "a.csv");
        Assert.Equal(3, merge.ExitCode);
        Assert.Contains("cannot read 'a.csv' and its .summary.json.", merge.Err, StringComparison.Ordinal);
        Run history = Ipt("history", "check", "none.json");
        Assert.StartsWith("error: cannot read 'none.json': ", history.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibrate_accepts_rates_at_0_and_1_and_a_single_evaluation()
    {
        Assert.Equal(0, Ipt("calibrate", "ipt", "--response", "0", "--remission", "1", "--dropout", "0", "--courses", "20", "--evaluations", "1", "--json").ExitCode);
        Assert.Equal(0, Ipt("calibrate", "ipt", "--response", "1", "--remission", "0", "--dropout", "1", "--courses", "20", "--evaluations", "1", "--json").ExitCode);
        using JsonDocument all = JsonDocument.Parse(Ipt("calibrate", "ipt", "--remission", "0.3", "--courses", "200", "--evaluations", "1", "--json").Out);
        using JsonDocument completers = JsonDocument.Parse(Ipt("calibrate", "ipt", "--remission", "0.3", "--completers", "--courses", "200", "--evaluations", "1", "--json").Out);
        Assert.NotEqual(
            all.RootElement.GetProperty("residuals")[0].GetProperty("Fitted").GetDouble(),
            completers.RootElement.GetProperty("residuals")[0].GetProperty("Fitted").GetDouble());
    }

    [Theory]
    [InlineData("major-depression", "--risks", "acute-suicidality", "\"risks\": [\"acute-suicidality\"]")]
    [InlineData("major-depression", "--severity", "severe", "\"severity\": \"severe\"")]
    [InlineData("major-depression", "--sees-own-part", "no", "\"sees-own-part\": \"no\"")]
    [InlineData("major-depression", "--relationships", "couple-conflict-central,partner-willing-to-attend", "\"relationships\": [\"couple-conflict-central\", \"partner-willing-to-attend\"]")]
    [InlineData("major-depression", "--perinatal", "postpartum", "\"perinatal\": \"postpartum\"")]
    [InlineData("major-depression", "--prefers-group", null, "\"prefers-group\": true")]
    [InlineData("major-depression", "--low-resource-setting", null, "\"low-resource-setting\": true")]
    [InlineData("bipolar-i", "--on-mood-stabilising-medication", null, "\"on-mood-stabilising-medication\": true")]
    [InlineData("recurrent-depression", "--currently-in-remission", null, "\"currently-in-remission\": true")]
    [InlineData("major-depression", "--unlikely-to-attend-full-course", null, "\"unlikely-to-attend-full-course\": true")]
    public void Each_screening_answer_changes_the_result_alike_as_a_flag_and_in_a_file(string condition, string flag, string? value, string json)
    {
        string[] person = ["screen", "--age", "34", "--conditions", condition, "--json"];
        string baseline = Ipt(person).Out;
        Run byFlag = Ipt([.. person, flag, .. value is null ? Array.Empty<string>() : [value]]);
        Assert.Equal(0, byFlag.ExitCode);
        Assert.NotEqual(baseline, byFlag.Out);
        File.WriteAllText(At("answers.json"), "{\"age\": 34, \"conditions\": [\"" + condition + "\"], " + json + "}");
        Assert.Equal(byFlag.Out, Ipt("screen", "-i", "answers.json", "--json").Out);
        File.WriteAllText(At("false.json"), "{\"age\": 34, \"conditions\": [\"" + condition + "\"], \"prefers-group\": false, \"currently-in-remission\": false}");
        Assert.Equal(baseline, Ipt("screen", "-i", "false.json", "--json").Out);
        File.WriteAllText(At("left-out.json"), "{\"age\": 34, \"conditions\": [\"" + condition + "\"]}");
        Assert.Equal(baseline, Ipt("screen", "-i", "left-out.json", "--json").Out); // an answer left out of a file is one not given
    }

    [Fact]
    public void Screening_answers_out_of_range_or_of_the_wrong_kind_are_refused_with_where_and_why()
    {
        Assert.Equal(0, Ipt("screen", "--age", "0").ExitCode);
        Assert.Equal(0, Ipt("screen", "--age", "130").ExitCode);
        Assert.Contains("--age must lie in 0-130", Ipt("screen", "--age", "-1").Err, StringComparison.Ordinal);
        Assert.Contains("--age is required (whole years).", Ipt("screen", "--conditions", "major-depression").Err, StringComparison.Ordinal);
        Assert.Contains("--sees-own-part must be yes or no.", Ipt("screen", "--age", "30", "--sees-own-part", "maybe").Err, StringComparison.Ordinal);
        Assert.Contains("unknown protocol 'no-such'. Known: ipt, ipt-b,", Ipt("screen", "--age", "30", "--protocol", "no-such").Err, StringComparison.Ordinal);
        Assert.Contains("give the answers either in --input or as flags, not both.", Ipt("screen", "--input", "x.json", "--prefers-group").Err, StringComparison.Ordinal);
        Assert.Contains("--risks: a value is not a known code. Known: acute-suicidality", Ipt("screen", "--age", "30", "--risks", "nope").Err, StringComparison.Ordinal);

        void Refused(string content, string message)
        {
            File.WriteAllText(At("a.json"), content);
            Run r = Ipt("screen", "-i", "a.json");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("'a.json'" + message, r.Err, StringComparison.Ordinal);
        }

        Refused("[1]", " is not a JSON object of answers.");
        Refused("{\"age\": 30, \"mood\": 1}", ": a key is not known. Known: age, conditions, risks, severity, sees-own-part, relationships, perinatal, prefers-group, low-resource-setting, on-mood-stabilising-medication, currently-in-remission, unlikely-to-attend-full-course");
        Refused("{\"age\": 30, \"prefers-group\": {}}", ": 'prefers-group' has");
        Refused("{\"age\": 30, \"conditions\": [1]}", ": 'conditions' has");
        Refused("{\"age\": \"old\"}", ": age must be a whole number of years.");
        Refused("{\"age\": 30, \"prefers-group\": 1}", ": prefers-group has a value of the wrong kind.");
        Refused("{\"age\": 30,\n  x}", " is not JSON (line 2, byte 3)");
        Assert.Contains("cannot read 'gone.json': ", Ipt("screen", "-i", "gone.json").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_tool_gives_its_output_errors_and_exit_codes_to_the_shell()
    {
        Run ok = Shell("protocol", "diff", "ipt", "ipt-b");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("sessions.planned: 16 -> 8", ok.Out, StringComparison.Ordinal);
        Run bad = Shell("simulate", "no-such", "--courses", "10");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("error: unknown protocol 'no-such'", bad.Err, StringComparison.Ordinal);
        Run parse = Shell("simulate", "ipt", "--courses", "ten");
        Assert.Equal(2, parse.ExitCode);
        Assert.Contains("Run 'ipt --help'", parse.Err, StringComparison.Ordinal);
        Assert.Contains("ipt-b", Shell("protocols").Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_c_cancels_and_leaves_no_half_written_file()
    {
        using Process p = Start("simulate", "ipt", "--courses", "2000000", "--out", "big.parquet", "--sessions", "big-sessions.csv");
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        await Task.Delay(4000);
        Assert.False(p.HasExited);
        using (Process kill = Process.Start("kill", ["-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        Assert.True(p.WaitForExit(60_000));
        Assert.Equal(130, p.ExitCode);
        Assert.Contains("cancelled", await stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
