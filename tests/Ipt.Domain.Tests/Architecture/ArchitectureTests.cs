using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Docs;

namespace Ipt.Domain.Tests.Architecture;

/// <summary>The library's structural rules: purity (no clock, no I/O, no static mutable state) and the direction of
/// the folder dependencies documented in docs/architecture.md.</summary>
public class ArchitectureTests
{
    // Which folders each folder may use. Arrows point down the table of docs/architecture.md and never back up.
    internal static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Primitives"] = [],
        ["Phases"] = ["Primitives"],
        ["ProblemAreas"] = ["Primitives"],
        ["Techniques"] = ["Primitives", "ProblemAreas"],
        ["Formulation"] = ["Primitives", "ProblemAreas"],
        ["Measures"] = ["Primitives"],
        ["Suitability"] = ["Primitives"],
        ["Protocols"] = ["Primitives", "Phases", "Formulation", "Measures", "ProblemAreas"],
        ["Courses"] = ["Primitives", "Phases", "Protocols", "Formulation", "Measures", "ProblemAreas", "Techniques"],
        ["Adaptations"] = ["Primitives", "Phases", "Protocols", "Formulation", "Measures", "ProblemAreas", "Techniques", "Courses"],
        ["Groups"] = ["Primitives", "Phases", "Protocols", "Courses", "Adaptations"],
        ["Fidelity"] = ["Primitives", "Phases", "Protocols", "Courses", "Measures", "Formulation", "ProblemAreas"],
        ["Persistence"] = ["Primitives", "Courses", "Protocols", "Serialization"],
        ["Serialization"] = ["Primitives", "Phases", "Courses", "Formulation", "ProblemAreas", "Measures", "Groups"],
        ["Simulation"] = ["Primitives", "Phases", "Protocols", "Courses", "Measures", "Fidelity", "Formulation", "ProblemAreas", "Adaptations"],
        ["DependencyInjection"] = ["Primitives", "Protocols", "Adaptations", "ProblemAreas", "Suitability", "Fidelity", "Simulation"],
    };

    private static string Src => Path.Combine(DocsGeneratedBlocks.RepoRoot(), "src", "Ipt.Domain");

    [Fact]
    public void Folders_only_use_the_folders_below_them()
    {
        var violations = new List<string>();
        foreach (string dir in Directory.GetDirectories(Src).Where(d => !Path.GetFileName(d).StartsWith("bin", StringComparison.Ordinal) && !Path.GetFileName(d).StartsWith("obj", StringComparison.Ordinal)))
        {
            string folder = Path.GetFileName(dir);
            Assert.True(Allowed.ContainsKey(folder), "New folder '" + folder + "': add it to the dependency table here and in docs/architecture.md.");
            foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match m in Regex.Matches(File.ReadAllText(file), @"^using (?:static )?Ipt\.Domain\.([A-Za-z]+)", RegexOptions.Multiline))
                {
                    string used = m.Groups[1].Value;
                    if (used != folder && !Allowed[folder].Contains(used))
                    {
                        violations.Add(Path.GetRelativePath(Src, file) + " uses " + used);
                    }
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void No_type_has_static_mutable_state()
    {
        var mutable = typeof(StandardIpt).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal) && !t.Name.Contains('<', StringComparison.Ordinal))
                .Select(f => t.FullName + "." + f.Name))
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void Source_reads_no_clock_and_does_no_io()
    {
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System", "Environment.TickCount", "Stopwatch", "System.IO", "File.", "Directory.", "Console.", "HttpClient", "Environment.GetEnvironmentVariable"];
        var hits = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            foreach ((string line, int n) in File.ReadLines(file).Select((l, i) => (l.Trim(), i + 1)))
            {
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (string f in forbidden.Where(f => line.Contains(f, StringComparison.Ordinal)))
                {
                    hits.Add(Path.GetRelativePath(Src, file) + ":" + n + " " + f);
                }
            }
        }

        Assert.Empty(hits);
    }
}
