using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Calibration;
using Ipt.Domain.Research.Comparison;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Plots;
using Ipt.Domain.Research.Protocols;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Research.Tables;
using Ipt.Domain.Serialization;
using Ipt.Domain.Simulation;
using Spectre.Console;

namespace Ipt.Domain.Cli;

/// <summary>Exit codes of <c>ipt</c> (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;     // the input was read but is not valid (a bad history)
    public const int Usage = 2;       // bad arguments or options
    public const int Unreadable = 3;  // a file could not be read or written
    public const int Cancelled = 130; // Ctrl-C
}

/// <summary>A refusal the user can act on: printed as <c>error: message</c> with its exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Entry point.</summary>
internal sealed class Program
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private Program(Terminal terminal) => Terminal = terminal;

    /// <summary>Where this run writes and reads.</summary>
    internal Terminal Terminal { get; }

    private static async Task<int> Main(string[] args)
    {
        // Ctrl-C (SIGINT) and SIGTERM cancel the run: the command stops between courses and deletes its temporary files.
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            cancel.Cancel();
        });
        return await InvokeAsync(Terminal.System(), args, cancel.Token);
    }

    /// <summary>Runs <c>ipt</c> with <paramref name="args"/> on <paramref name="terminal"/>: the tool's whole behaviour,
    /// in process.</summary>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    internal static async Task<int> InvokeAsync(Terminal terminal, string[] args, CancellationToken cancellationToken)
    {
        var program = new Program(terminal);
        RootCommand root = program.Build();
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var e in parsed.Errors)
            {
                await terminal.Error.WriteLineAsync("error: " + e.Message);
            }

            await terminal.Error.WriteLineAsync("Run 'ipt --help' (or '<command> --help') for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, ProcessTerminationTimeout = null }, cancellationToken);
    }

    /// <summary>The command tree of <c>ipt</c> on <paramref name="terminal"/>, unparsed (its help texts are tested).</summary>
    internal static RootCommand Commands(Terminal terminal) => new Program(terminal).Build();

    private RootCommand Build()
    {
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON instead of tables." };
        var root = new RootCommand("ipt: Interpersonal Psychotherapy protocols, cohort simulation and research tools (Ipt.Domain).");

        // ipt protocols
        var protocols = new Command("protocols", "List the built-in protocols.") { json };
        protocols.SetAction((p, ct) => Run(() => Protocols(p.GetValue(json))));
        root.Subcommands.Add(protocols);

        // ipt protocol show|diff
        var protocol = new Command("protocol", "Show or compare protocol definitions.");
        var id = new Argument<string>("id") { Description = "Protocol id (see 'ipt protocols')." };
        var mermaid = new Option<bool>("--mermaid") { Description = "Print the phase machine as a Mermaid state diagram." };
        var dot = new Option<bool>("--dot") { Description = "Print the phase machine as Graphviz DOT." };
        var gantt = new Option<bool>("--gantt") { Description = "Print the planned course as a Mermaid gantt chart (start 2026-01-05)." };
        var show = new Command("show", "Show one protocol: phases, session counts, schedules; or a diagram.") { id, mermaid, dot, gantt, json };
        show.SetAction((p, ct) => Run(() => Show(p.GetValue(id)!, p.GetValue(mermaid), p.GetValue(dot), p.GetValue(gantt), p.GetValue(json))));
        protocol.Subcommands.Add(show);
        var left = new Argument<string>("a") { Description = "First protocol id." };
        var right = new Argument<string>("b") { Description = "Second protocol id." };
        var diff = new Command("diff", "What differs between two protocols: phases, ranges, tasks, schedules, rules.") { left, right, json };
        diff.SetAction((p, ct) => Run(() => Diff(p.GetValue(left)!, p.GetValue(right)!, p.GetValue(json))));
        protocol.Subcommands.Add(diff);
        root.Subcommands.Add(protocol);

        // ipt simulate
        var courses = new Option<int>("--courses", "-n") { Description = "Courses in the cohort.", DefaultValueFactory = _ => 1000 };
        courses.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out int v) && v < 1)
            {
                r.AddError("--courses must be at least 1.");
            }
        });
        var seed = new Option<long>("--seed", "-s") { Description = "Seed of the cohort: the same seed gives the same population in every arm.", DefaultValueFactory = _ => 1 };
        var outFile = new Option<string?>("--out", "-o") { Description = "Courses table to write: a .parquet or .csv file (plus <file>.summary.json with the exact totals)." };
        var sessionsFile = new Option<string?>("--sessions") { Description = "Also write the long sessions table (.parquet or .csv)." };
        var measuresFile = new Option<string?>("--measures") { Description = "Also write the long measures table (.parquet or .csv)." };
        var plot = new Option<string?>("--plot") { Description = "Write a PNG: trajectory with CI band, Kaplan-Meier dropout, outcomes." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard k of n (k/n, e.g. 3/8) of the cohort; merge the shards with 'ipt merge'." };
        var preset = new Option<string?>("--preset") { Description = "Use a fitted symptom-model preset (its symptom model and dropout chance): " + string.Join(", ", SymptomModelPresets.All.Select(x => x.Name)) + "." };
        var protocolArg = new Argument<string>("protocol") { Description = "Protocol id." };
        var simulate = new Command("simulate", "Simulate a seeded cohort and export it with statistics.") { protocolArg, courses, seed, outFile, sessionsFile, measuresFile, plot, shard, preset, json };
        simulate.SetAction((p, ct) => Run(() => Simulate(p.GetValue(protocolArg)!, p.GetValue(courses), p.GetValue(seed), p.GetValue(outFile), p.GetValue(sessionsFile), p.GetValue(measuresFile), p.GetValue(plot), p.GetValue(shard), p.GetValue(preset), p.GetValue(json), ct)));
        root.Subcommands.Add(simulate);

        // ipt merge
        var inputs = new Argument<string[]>("shards") { Description = "Courses files written by 'ipt simulate --shard' (each with its .summary.json).", Arity = ArgumentArity.OneOrMore };
        var mergedOut = new Option<string>("--out", "-o") { Description = "Merged courses file (.parquet or .csv).", Required = true };
        var merge = new Command("merge", "Merge shards into the single-run file and summary.") { inputs, mergedOut, plot, json };
        merge.SetAction((p, ct) => Run(() => Merge(p.GetValue(inputs)!, p.GetValue(mergedOut)!, p.GetValue(plot), p.GetValue(json), ct)));
        root.Subcommands.Add(merge);

        // ipt compare
        var arms = new Argument<string[]>("arms") { Description = "Two or more protocol ids; the first is the reference.", Arity = new ArgumentArity(2, 16) };
        var compare = new Command("compare", "Simulate arms on the same seeded population and compare them with 95% intervals.") { arms, courses, seed, outFile, plot, preset, json };
        compare.SetAction((p, ct) => Run(() => Compare(p.GetValue(arms)!, p.GetValue(courses), p.GetValue(seed), p.GetValue(outFile), p.GetValue(plot), p.GetValue(preset), p.GetValue(json), ct)));
        root.Subcommands.Add(compare);

        // ipt calibrate
        var response = new Option<double?>("--response") { Description = "Target response rate (0-1); omit when the source does not report it." };
        var remission = new Option<double?>("--remission") { Description = "Target remission rate (0-1)." };
        var dropout = new Option<double?>("--dropout") { Description = "Target dropout rate (0-1); without it the dropout chance is held, not fitted." };
        var change = new Option<double?>("--change") { Description = "Target mean change of the primary instrument (negative = improvement)." };
        var evaluations = new Option<int>("--evaluations") { Description = "Simulations the search may run.", DefaultValueFactory = _ => 60 };
        var completers = new Option<bool>("--completers") { Description = "The response, remission and change targets describe completed courses only (a completer analysis)." };
        var calibrateProtocol = new Argument<string>("protocol") { Description = "Protocol id." };
        var calibrate = new Command("calibrate", "Fit the symptom model and dropout to a target arm summary by a seeded search; print the fit and its residuals.") { calibrateProtocol, response, remission, dropout, change, completers, courses, seed, evaluations, json };
        calibrate.SetAction((p, ct) => Run(() => Calibrate(
            p.GetValue(calibrateProtocol)!,
            new CalibrationTarget(p.GetValue(response), p.GetValue(remission), p.GetValue(dropout), p.GetValue(change)) { Analysis = p.GetValue(completers) ? CalibrationAnalysis.Completers : CalibrationAnalysis.Evaluable },
            p.GetValue(courses),
            p.GetValue(seed),
            p.GetValue(evaluations),
            p.GetValue(json),
            ct)));
        root.Subcommands.Add(calibrate);

        // ipt history check
        var history = new Command("history", "Work with stored course histories (JSON).");
        var file = new Argument<string>("file") { Description = "A history JSON file (CourseHistoryJson)." };
        var check = new Command("check", "Validate a stored history and point at the first bad event.") { file, json };
        check.SetAction((p, ct) => Run(() => Check(p.GetValue(file)!, p.GetValue(json))));
        history.Subcommands.Add(check);
        root.Subcommands.Add(history);

        // ipt screen
        root.Subcommands.Add(ScreenCommand.Build(json, this));
        return root;
    }

    internal async Task<int> Run(Func<int> action)
    {
        await Task.Yield();
        try
        {
            return action();
        }
        catch (OperationCanceledException)
        {
            await Terminal.Error.WriteLineAsync("cancelled: no output file was written.");
            return ExitCodes.Cancelled;
        }
        catch (CliException e)
        {
            await Terminal.Error.WriteLineAsync("error: " + e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await Terminal.Error.WriteLineAsync("error: " + e.Message);
            return ExitCodes.Unreadable;
        }
    }

    private static ProtocolDefinition Protocol(string id) =>
        BuiltInProtocols.Catalog.TryGet(id, out ProtocolDefinition? p) ? p
            : throw new CliException(ExitCodes.Usage, "unknown protocol '" + id + "'. Known: " + string.Join(", ", BuiltInProtocols.All.Select(x => x.Id)) + ".");

    private static SimulationSettings WithPreset(SimulationSettings settings, string? name) =>
        name is null ? settings
            : SymptomModelPresets.TryGet(name, out SymptomModelPreset? preset) ? preset!.ApplyTo(settings)
            : throw new CliException(ExitCodes.Usage, "unknown preset '" + name + "'. Known: " + string.Join(", ", SymptomModelPresets.All.Select(x => x.Name)) + ".");

    internal void PrintJson<T>(T value) => Terminal.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    private int Protocols(bool json)
    {
        if (json)
        {
            PrintJson(BuiltInProtocols.All.Select(p => new { id = p.Id, abbreviation = p.Abbreviation, name = p.Name, family = Codes.Of(p.Family), format = Codes.Of(p.Format), cadence = Codes.Of(p.Cadence), planned = p.Sessions.Planned, minimum = p.Sessions.Minimum, maximum = p.Sessions.Maximum, phases = p.Phases.Select(x => Codes.Of(x.Kind)) }));
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("id", "abbr.", "name", "format", "cadence", "sessions", "phases");
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            table.AddRow(Markup.Escape(p.Id), Markup.Escape(p.Abbreviation), Markup.Escape(p.Name), Codes.Of(p.Format), Codes.Of(p.Cadence),
                p.Sessions.Planned + " (" + p.Sessions.Minimum + "-" + p.Sessions.Maximum + ")", string.Join(" > ", p.Phases.Select(x => Codes.Of(x.Kind))));
        }

        Terminal.Tables.Write(table);
        return ExitCodes.Ok;
    }

    private int Show(string id, bool mermaid, bool dot, bool gantt, bool json)
    {
        ProtocolDefinition p = Protocol(id);
        if ((mermaid ? 1 : 0) + (dot ? 1 : 0) + (gantt ? 1 : 0) > 1)
        {
            throw new CliException(ExitCodes.Usage, "choose one of --mermaid, --dot, --gantt.");
        }

        if (mermaid || dot || gantt)
        {
            Terminal.Out.Write(mermaid ? PhaseDiagrams.ToMermaid(p.Machine) : dot ? PhaseDiagrams.ToDot(p.Machine) : ProtocolDiagrams.ToGantt(p, new DateOnly(2026, 1, 5)));
            return ExitCodes.Ok;
        }

        if (json)
        {
            PrintJson(new
            {
                id = p.Id, name = p.Name, abbreviation = p.Abbreviation, family = Codes.Of(p.Family), format = Codes.Of(p.Format), cadence = Codes.Of(p.Cadence),
                sessions = new { planned = p.Sessions.Planned, minimum = p.Sessions.Minimum, maximum = p.Sessions.Maximum, hardCap = p.Sessions.HardCap },
                phases = p.Phases.Select(x => new { kind = Codes.Of(x.Kind), name = x.DisplayName, range = x.Sessions.ToString(), tasks = x.RequiredTasks.ToList().Select(Codes.Of), optional = x.IsOptional }),
                schedules = p.MeasurementSchedules.Select(s => new { id = s.Id, instruments = s.InstrumentCodes, cadence = Codes.Of(s.Cadence), every = s.IntervalSessions, final = s.IncludesFinalSession }),
            });
            return ExitCodes.Ok;
        }

        Terminal.Tables.MarkupLine("[bold]" + Markup.Escape(p.Name) + "[/] (" + Markup.Escape(p.Id) + ")");
        Terminal.Tables.WriteLine(p.Sessions.Planned + " sessions planned (" + p.Sessions.Minimum + "-" + p.Sessions.Maximum + ", hard cap " + p.Sessions.HardCap + "), " + Codes.Of(p.Cadence) + ", " + Codes.Of(p.Format));
        var table = new Table().AddColumns("phase", "sessions", "required tasks");
        foreach (PhaseDefinition x in p.Phases)
        {
            table.AddRow(Codes.Of(x.Kind) + (x.IsOptional ? " (optional)" : string.Empty), x.Sessions.ToString(), string.Join(", ", x.RequiredTasks.ToList().Select(Codes.Of)));
        }

        Terminal.Tables.Write(table);
        foreach (var s in p.MeasurementSchedules)
        {
            Terminal.Tables.WriteLine("measures: " + s.Id + " (" + string.Join(", ", s.InstrumentCodes) + ", " + Codes.Of(s.Cadence) + ")");
        }

        return ExitCodes.Ok;
    }

    private int Diff(string a, string b, bool json)
    {
        ProtocolDiff d = ProtocolDiff.Between(Protocol(a), Protocol(b));
        if (json)
        {
            PrintJson(d);
        }
        else
        {
            Terminal.Out.Write(d.Describe());
        }

        return ExitCodes.Ok;
    }

    private static TableFormat FormatOf(string path, string option) =>
        TableWriter.FormatOf(path) ?? throw new CliException(ExitCodes.Usage, option + " must name a .parquet or .csv file: '" + path + "'.");

    /// <summary>Output files that appear only when the run finishes: temporary files, renamed at the end.</summary>
    private sealed class Outputs(Terminal terminal) : IDisposable
    {
        private readonly List<AtomicFile> _files = [];
        private readonly List<IDisposable> _writers = [];
        private readonly List<Action> _complete = [];

        public ITableWriter<T>? Table<T>(string? path, string option, ResearchTable<T> table)
        {
            if (path is null)
            {
                return null;
            }

            TableFormat format = FormatOf(path, option);
            var file = new AtomicFile(terminal.Full(path));
            _files.Add(file);
            ITableWriter<T> writer = TableWriter.Create(format, table, file.Stream);
            _writers.Add(writer);
            _complete.Add(writer.Complete);
            return writer;
        }

        public void Text(string path, string text)
        {
            var file = new AtomicFile(terminal.Full(path));
            _files.Add(file);
            using var w = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), 4096, leaveOpen: true);
            w.Write(text);
        }

        public void Commit()
        {
            foreach (Action c in _complete)
            {
                c();
            }

            foreach (IDisposable w in _writers)
            {
                w.Dispose();
            }

            _writers.Clear();
            foreach (AtomicFile f in _files)
            {
                f.Commit();
            }
        }

        public void Dispose()
        {
            foreach (IDisposable w in _writers)
            {
                try
                {
                    w.Dispose();
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
                {
                    // The temporary file is deleted below.
                }
            }

            foreach (AtomicFile f in _files)
            {
                f.Dispose();
            }
        }
    }

    private T WithProgress<T>(bool quiet, string label, Func<IProgress<(long Done, long Total)>?, T> work)
    {
        if (quiet || !Terminal.ShowsProgress)
        {
            return work(null);
        }

        IAnsiConsole err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Terminal.Error) });
        T result = default!;
        err.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()).Start(ctx =>
        {
            ProgressTask task = ctx.AddTask(label, maxValue: 1);
            result = work(new Progress<(long Done, long Total)>(p => { task.MaxValue = p.Total; task.Value = p.Done; }));
            task.Value = task.MaxValue;
        });
        return result;
    }

    private int Simulate(string protocolId, int n, long seed, string? outPath, string? sessionsPath, string? measuresPath, string? plotPath, string? shardText, string? presetName, bool json, CancellationToken ct)
    {
        ProtocolDefinition p = Protocol(protocolId);
        Shard shard = Shard.Whole;
        if (shardText is not null && !Shard.TryParse(shardText, out shard))
        {
            throw new CliException(ExitCodes.Usage, "--shard must be k/n with 1 <= k <= n, e.g. 3/8: '" + shardText + "'.");
        }

        if (plotPath is not null && !plotPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(ExitCodes.Usage, "--plot must name a .png file.");
        }

        SimulationSettings settings = WithPreset(new SimulationSettings { Protocol = p, CohortSize = n, Seed = seed }, presetName);
        using var outputs = new Outputs(Terminal);
        var sinks = new CohortSinks(
            outputs.Table(outPath, "--out", ResearchTables.Courses),
            outputs.Table(sessionsPath, "--sessions", ResearchTables.Sessions),
            outputs.Table(measuresPath, "--measures", ResearchTables.Measures));
        ArmTotals totals = WithProgress(json, "simulate " + p.Id, progress => CohortRunner.Run(settings, null, sinks, shard, progress, ct));
        ct.ThrowIfCancellationRequested();
        ArmSummary summary = totals.ToSummary();
        if (outPath is not null)
        {
            outputs.Text(outPath + ".summary.json", totals.ToJson());
        }

        outputs.Commit();
        if (plotPath is not null)
        {
            SavePlot([summary], plotPath);
        }

        if (json)
        {
            PrintJson(summary);
        }
        else
        {
            Terminal.Out.Write(summary.Describe());
        }

        return ExitCodes.Ok;
    }

    private void SavePlot(IReadOnlyList<ArmSummary> arms, string path)
    {
        path = Terminal.Full(path);
        string temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp.png";
        try
        {
            Figures.SaveComparisonPng(arms, temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private int Merge(string[] inputs, string outPath, string? plotPath, bool json, CancellationToken ct)
    {
        TableFormat format = FormatOf(outPath, "--out");
        var shards = new List<(string Path, ArmTotals Totals)>();
        foreach (string input in inputs)
        {
            string full = Terminal.Full(input);
            if (!File.Exists(full) || !File.Exists(full + ".summary.json"))
            {
                throw new CliException(ExitCodes.Unreadable, "cannot read '" + input + "' and its .summary.json.");
            }

            if (TableWriter.FormatOf(input) != format)
            {
                throw new CliException(ExitCodes.Usage, "every shard must have the format of --out: '" + input + "'.");
            }

            ArmTotals t;
            try
            {
                t = ArmTotals.FromJson(File.ReadAllText(full + ".summary.json"));
            }
            catch (JsonException e)
            {
                throw new CliException(ExitCodes.Unreadable, "'" + input + ".summary.json' is not a summary: " + e.Message);
            }

            shards.Add((full, t));
        }

        shards.Sort((a, b) => a.Totals.FirstIndex.CompareTo(b.Totals.FirstIndex));
        ArmTotals merged = shards[0].Totals;
        foreach ((string _, ArmTotals t) in shards.Skip(1))
        {
            if (t.Arm != merged.Arm || t.Seed != merged.Seed)
            {
                throw new CliException(ExitCodes.Usage, "shards of different arms or seeds cannot be merged.");
            }

            merged.Add(t);
        }

        using var outputs = new Outputs(Terminal);
        var file = new AtomicFile(Terminal.Full(outPath));
        try
        {
            ResearchFiles.Concatenate(format, shards.Select(s => s.Path).ToList(), file.Stream, ct);
            outputs.Text(outPath + ".summary.json", merged.ToJson());
            file.Commit();
            outputs.Commit();
        }
        finally
        {
            file.Dispose();
        }

        ArmSummary summary = merged.ToSummary();
        if (plotPath is not null)
        {
            SavePlot([summary], plotPath);
        }

        if (json)
        {
            PrintJson(summary);
        }
        else
        {
            Terminal.Out.Write(summary.Describe());
        }

        return ExitCodes.Ok;
    }

    private int Compare(string[] armIds, int n, long seed, string? outPath, string? plotPath, string? presetName, bool json, CancellationToken ct)
    {
        ProtocolDefinition[] protocols = [.. armIds.Select(Protocol)];
        _ = WithPreset(new SimulationSettings(), presetName); // an unknown preset is refused before any arm runs
        if (plotPath is not null && !plotPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(ExitCodes.Usage, "--plot must name a .png file.");
        }

        using var outputs = new Outputs(Terminal);
        ITableWriter<CourseRow>? writer = outputs.Table(outPath, "--out", ResearchTables.Courses);
        var summaries = new List<ArmSummary>();
        var all = new List<ArmTotals>();
        foreach (ProtocolDefinition p in protocols)
        {
            SimulationSettings settings = WithPreset(new SimulationSettings { Protocol = p, CohortSize = n, Seed = seed }, presetName);
            ArmTotals t = WithProgress(json, "arm " + p.Id, progress => CohortRunner.Run(settings, null, new CohortSinks(writer), null, progress, ct));
            all.Add(t);
            summaries.Add(t.ToSummary());
        }

        ArmComparison comparison = ArmComparison.Of(summaries);
        if (outPath is not null)
        {
            outputs.Text(outPath + ".summary.json", JsonSerializer.Serialize(comparison, Json));
        }

        outputs.Commit();
        if (plotPath is not null)
        {
            SavePlot(summaries, plotPath);
        }

        if (json)
        {
            PrintJson(comparison);
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("arm", "courses", "response (95% CI)", "remission (95% CI)", "dropout (95% CI)", "mean change (95% CI)");
        foreach (ArmSummary a in summaries)
        {
            table.AddRow(Markup.Escape(a.Arm), a.Courses.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Rate(a.Response), a.Remission is null ? "n/a" : Rate(a.Remission), Rate(a.Dropout),
                FormattableString.Invariant($"{a.Change.Mean:F2} ({a.Change.Lower:F2} to {a.Change.Upper:F2})"));
        }

        Terminal.Tables.Write(table);
        var diffs = new Table().AddColumns("difference", "measure", "estimate", "95% CI");
        foreach (ArmDifference d in comparison.Differences)
        {
            bool rate = d.Measure != "change";
            diffs.AddRow(Markup.Escape(d.Arm + " - " + d.Reference), d.Measure,
                rate ? FormattableString.Invariant($"{d.Estimate * 100:+0.0;-0.0} pts") : FormattableString.Invariant($"{d.Estimate:+0.00;-0.00}"),
                rate ? FormattableString.Invariant($"{d.Lower * 100:+0.0;-0.0} to {d.Upper * 100:+0.0;-0.0}") : FormattableString.Invariant($"{d.Lower:+0.00;-0.00} to {d.Upper:+0.00;-0.00}"));
        }

        Terminal.Tables.Write(diffs);
        foreach (ComparisonWarning w in comparison.Warnings)
        {
            Terminal.Tables.MarkupLine("[yellow]warning[/] " + Markup.Escape(w.Code + ": " + w.Message));
        }

        return ExitCodes.Ok;
    }

    private int Calibrate(string protocolId, CalibrationTarget target, int n, long seed, int evaluations, bool json, CancellationToken ct)
    {
        ProtocolDefinition p = Protocol(protocolId);
        if (target.Response is < 0 or > 1 || target.Remission is < 0 or > 1 || target.Dropout is < 0 or > 1 || evaluations < 1
            || target is { Response: null, Remission: null, Dropout: null, MeanChange: null })
        {
            throw new CliException(ExitCodes.Usage, "give at least one of --response, --remission, --dropout, --change; rates must lie in 0-1 and --evaluations be at least 1.");
        }

        CalibrationResult fit = SymptomModelCalibration.Fit(new SimulationSettings { Protocol = p, CohortSize = n, Seed = seed }, target, evaluations, 1, ct);
        if (json)
        {
            PrintJson(new
            {
                model = new { fit.Model.RateMedian, fit.Model.FloorMean, fit.Model.SlowResponderShare }, fit.DropoutPerSession,
                residuals = fit.Residuals.Select(r => new { r.Measure, r.Target, r.Fitted, r.Residual }), fit.Loss, fit.InitialLoss, fit.Evaluations,
            });
            return ExitCodes.Ok;
        }

        Terminal.Out.WriteLine(FormattableString.Invariant($"fitted: RateMedian {fit.Model.RateMedian:F4}, FloorMean {fit.Model.FloorMean:F3}, SlowResponderShare {fit.Model.SlowResponderShare:F3}, DropoutPerSession {fit.DropoutPerSession:F4}"));
        var table = new Table().AddColumns("measure", "target", "fitted", "residual");
        foreach (CalibrationResidual r in fit.Residuals)
        {
            table.AddRow(r.Measure, FormattableString.Invariant($"{r.Target:F3}"), FormattableString.Invariant($"{r.Fitted:F3}"), FormattableString.Invariant($"{r.Residual:+0.000;-0.000}"));
        }

        Terminal.Tables.Write(table);
        Terminal.Out.WriteLine(FormattableString.Invariant($"loss {fit.Loss:G4} (start {fit.InitialLoss:G4}) after {fit.Evaluations} evaluations of {n} courses"));
        return ExitCodes.Ok;
    }

    private static string Rate(Proportion p) => FormattableString.Invariant($"{p.Rate * 100:F1}% ({p.Lower * 100:F1}% to {p.Upper * 100:F1}%)");

    private int Check(string path, bool json)
    {
        string text;
        try
        {
            text = File.ReadAllText(Terminal.Full(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Unreadable, "cannot read '" + path + "': " + e.Message);
        }

        Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(text);
        if (read.IsFailure)
        {
            return Report(json, false, null, null, read.Error.Code, read.Error.Message);
        }

        IReadOnlyList<CourseEvent> history = read.Value;
        Result<TreatmentCourse> whole = BuiltInProtocols.Replay(BuiltInProtocols.Catalog, history);
        if (whole.IsSuccess)
        {
            return Report(json, true, history.Count, null, null, null);
        }

        // The first prefix that fails to replay ends at the first bad event.
        int bad = history.Count - 1;
        for (int k = 1; k <= history.Count; k++)
        {
            if (BuiltInProtocols.Replay(BuiltInProtocols.Catalog, history.Take(k).ToList()).IsFailure)
            {
                bad = k - 1;
                break;
            }
        }

        return Report(json, false, history.Count, bad, whole.Error.Code, whole.Error.Message, history[bad]);
    }

    private int Report(bool json, bool valid, int? events, int? badIndex, string? code, string? message, CourseEvent? bad = null)
    {
        // The event is named by its type and date only: never its note or other free text.
        string? badEvent = bad is null ? null : bad.GetType().Name + " on " + bad.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (json)
        {
            PrintJson(new { valid, events, firstBadEvent = badIndex, badEvent, code, message });
        }
        else if (valid)
        {
            Terminal.Out.WriteLine("valid: " + events + " events replay to a course.");
        }
        else
        {
            Terminal.Out.WriteLine("invalid: " + code + ": " + message);
            if (badIndex is int i)
            {
                Terminal.Out.WriteLine("first bad event: #" + i + " (" + badEvent + ")");
            }
        }

        return valid ? ExitCodes.Ok : ExitCodes.Invalid;
    }
}
