using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace Ipt.Domain.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block in README.md and docs/**/*.md compiles on its own, with the using lines it shows, as a
/// top-level-statements program against Ipt.Domain, its dependencies and the framework, nullable enabled; a block with
/// statements then runs and must not throw. Blocks are compiled as a <c>dotnet new console</c> project would compile
/// them: the SDK's implicit global usings (System, System.Collections.Generic, System.IO, System.Linq, ...) apply.
/// Markers on the line before a block:
/// <c>&lt;!-- example: not-compiled (reason) --&gt;</c> leaves it out (counted and listed by
/// <see cref="Blocks_left_out_are_few_and_say_why"/>);
/// <c>&lt;!-- example: continues --&gt;</c> compiles it together with the page's previous C# block (which must declare
/// types only), for an example that uses a type the page declared just above.
/// </summary>
public class DocExampleCompileTests
{
    private static readonly Regex NotCompiled = new(@"^<!--\s*example:\s*not-compiled\s*\((?<reason>.*)\)\s*-->$", RegexOptions.CultureInvariant);
    private static readonly Regex Continues = new(@"^<!--\s*example:\s*continues\s*-->$", RegexOptions.CultureInvariant);
    private static readonly Regex AnyMarker = new(@"^<!--\s*example:", RegexOptions.CultureInvariant);

    /// <summary>The global usings of a Microsoft.NET.Sdk project with ImplicitUsings enabled (the console template).</summary>
    internal static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<IReadOnlyList<DocExample>> All = new(Extract);
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly object RunGate = new();

    private readonly ITestOutputHelper _output;

    public DocExampleCompileTests(ITestOutputHelper output) => _output = output;

    /// <summary>Namespaces of the adapter packages: a block that uses one is compiled by the integration suite
    /// (tests/Ipt.Domain.Integration.Tests/Docs), which references those packages; this suite sees only the core.</summary>
    internal static readonly string[] AdapterNamespaces = ["Ipt.Domain.Fhir", "Ipt.Domain.Storage", "Ipt.Domain.Research", "Ipt.Domain.Cli", "Hl7.", "Marten"];

    internal static bool UsesAdapter(string source) =>
        AdapterNamespaces.Any(ns => source.Contains("using " + ns, StringComparison.Ordinal));

    public static IEnumerable<object[]> Examples() =>
        All.Value.Where(e => e.NotCompiledReason is null && !UsesAdapter(e.Source)).Select(e => new object[] { e.Key });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_and_runs(string key)
    {
        DocExample example = All.Value.Single(e => e.Key == key);
        Outcome outcome = CompileAndRun(example);
        Assert.True(outcome.Errors.Count == 0, example.Describe() + " does not compile:\n  " + string.Join("\n  ", outcome.Errors));
        Assert.True(outcome.Exception is null, example.Describe() + " compiles but throws when run:\n  " + outcome.Exception);
        if (outcome.Output.Length > 0)
        {
            _output.WriteLine(outcome.Output);
        }
    }

    [Fact]
    public void The_docs_have_csharp_examples_to_check()
    {
        Assert.Contains(All.Value, e => e.File == "README.md");
        Assert.True(All.Value.Count >= 20, "only " + All.Value.Count + " C# blocks found; is the extractor broken?");
    }

    [Fact]
    public void Every_csharp_fence_is_spelled_csharp()
    {
        // A block fenced ```cs or ```c# would escape the compile check.
        foreach ((string file, string[] lines) in Pages())
        {
            for (int i = 0; i < lines.Length; i++)
            {
                string fence = lines[i].Trim();
                Assert.False(fence is "```cs" or "```c#" or "```C#", file + " line " + (i + 1) + ": fence C# blocks as ```csharp");
            }
        }
    }

    [Fact]
    public void Blocks_left_out_are_few_and_say_why()
    {
        DocExample[] skipped = [.. All.Value.Where(e => e.NotCompiledReason is not null)];
        _output.WriteLine(skipped.Length + " of " + All.Value.Count + " C# blocks marked not-compiled:");
        foreach (DocExample e in skipped)
        {
            _output.WriteLine("  " + e.Describe() + ": " + e.NotCompiledReason);
            Assert.False(string.IsNullOrWhiteSpace(e.NotCompiledReason), e.Describe() + " is marked not-compiled without a reason");
        }

        Assert.True(skipped.Length <= 2, "too many C# blocks are left out of the compile check: " + string.Join(", ", skipped.Select(e => e.Describe())));
    }

    [Fact]
    public void The_own_variant_example_runs_and_its_protocol_is_valid()
    {
        // docs/adaptations/index.md "A variant of your own": the protocol it builds must pass validation, so the
        // example's output names the new protocol rather than a validation error.
        DocExample example = Assert.Single(All.Value, e => e.File == "docs/adaptations/index.md" && e.Source.Contains("\"ipt-10\"", StringComparison.Ordinal));
        Outcome outcome = CompileAndRun(example);
        Assert.Empty(outcome.Errors);
        Assert.Null(outcome.Exception);
        Assert.Contains("ipt-10", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("protocol.", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_treatment_course_xml_example_names_the_denial_the_code_gives()
    {
        string source = File.ReadAllText(Path.Combine(DocsGeneratedBlocks.RepoRoot(), "src/Ipt.Domain/Courses/TreatmentCourse.cs"));
        string documented = Regex.Match(source, @"/// TransitionDecision next = course\.Can\(CourseTrigger\.BeginMiddlePhase\); // denied: (?<code>[a-z0-9.-]+)").Groups["code"].Value;
        var course = TreatmentCourse.Start(Ipt.Domain.Primitives.CourseId.New(), Ipt.Domain.Primitives.ClientRef.From("c-1042"), Ipt.Domain.Protocols.StandardIpt.Definition, new DateOnly(2026, 1, 5));
        course.RecordSession(new DateOnly(2026, 1, 5), Ipt.Domain.Primitives.Attendance.Attended);
        Assert.Equal(course.Can(Ipt.Domain.Phases.CourseTrigger.BeginMiddlePhase).Error?.Code, documented);
    }

    [Fact]
    public void A_broken_example_is_reported_with_its_file_block_and_error()
    {
        var broken = new DocExample("docs/example.md", 3, 10, "using Ipt.Domain.Courses;\nTreatmentCourse c = TreatmentCourse.Begin();\n", null, false);
        Outcome outcome = CompileAndRun(broken);
        string error = Assert.Single(outcome.Errors);
        Assert.Contains("line 12", error, StringComparison.Ordinal);          // the markdown line, not the block's
        Assert.Contains("CS0117", error, StringComparison.Ordinal);           // no member 'Begin'
        Assert.Equal("docs/example.md C# block #3 (line 10)", broken.Describe());
    }

    [Fact]
    public void An_example_that_throws_is_reported()
    {
        var throwing = new DocExample("docs/example.md", 1, 1, "using Ipt.Domain.Primitives;\nint n = Result.Failure<int>(new DomainError(\"x.y\", \"No.\")).Value;\n", null, false);
        Outcome outcome = CompileAndRun(throwing);
        Assert.Empty(outcome.Errors);
        Assert.IsType<InvalidOperationException>(outcome.Exception);
    }

    private static Outcome CompileAndRun(DocExample example)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(example.Source, parse, path: example.File);
        var trees = new List<SyntaxTree>
        {
            tree,
            CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => "global using global::" + u + ";\n")), parse, path: "ImplicitUsings.g.cs"),
        };
        if (example.Continues)
        {
            DocExample previous = All.Value.Single(e => e.File == example.File && e.Index == example.Index - 1);
            SyntaxTree previousTree = CSharpSyntaxTree.ParseText(previous.Source, parse, path: previous.File + "#" + previous.Index);
            if (HasStatements(previousTree))
            {
                return new Outcome([example.Describe() + " is marked 'continues', but the block before it has statements"], null, string.Empty);
            }

            trees.Add(previousTree);
        }

        bool program = HasStatements(tree);
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable);
        CSharpCompilation compilation = CSharpCompilation.Create("DocExample_" + Guid.NewGuid().ToString("N"), trees, References.Value, options);

        var errors = new List<string>();
        foreach (Diagnostic d in compilation.GetDiagnostics().Where(Fails).OrderBy(d => d.Location.SourceSpan.Start))
        {
            string where = d.Location.SourceTree == tree
                ? "line " + (example.Line + 1 + d.Location.GetLineSpan().StartLinePosition.Line)
                : d.Location.SourceTree?.FilePath ?? "(no location)";
            errors.Add(where + ": " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (errors.Count > 0 || !program)
        {
            return new Outcome(errors, null, string.Empty);
        }

        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            return new Outcome([.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())], null, string.Empty);
        }

        image.Position = 0;
        return Run(image);
    }

    /// <summary>Errors, warnings, and using lines the example does not need (CS8019) fail a block. The assembly
    /// unification notices CS1701/CS1702 (the library's net8.0 assets referencing 8.0 framework assemblies that the 10.0
    /// ones satisfy) are not: the SDK suppresses them in every project too.</summary>
    private static bool Fails(Diagnostic d) =>
        (d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702")) ||
        (d.Id == "CS8019" && d.Location.SourceTree?.FilePath != "ImplicitUsings.g.cs");

    private static bool HasStatements(SyntaxTree tree) =>
        tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();

    private static Outcome Run(MemoryStream image)
    {
        lock (RunGate)
        {
            var context = new AssemblyLoadContext("doc-example", isCollectible: true);
            TextWriter console = Console.Out;
            using var output = new StringWriter();
            Exception? thrown = null;
            try
            {
                Assembly assembly = context.LoadFromStream(image);
                MethodInfo entry = assembly.EntryPoint ?? throw new InvalidOperationException("no entry point");
                Console.SetOut(output);
                object? result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                if (result is Task task)
                {
                    task.GetAwaiter().GetResult();
                }
            }
            catch (TargetInvocationException e)
            {
                thrown = e.InnerException ?? e;
            }
            catch (Exception e) when (e is AggregateException or InvalidOperationException or ArgumentException)
            {
                thrown = e;
            }
            finally
            {
                Console.SetOut(console);
                context.Unload();
            }

            return new Outcome([], thrown, output.ToString());
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The framework (the runtime's own assemblies), Ipt.Domain and the packages it brings: what a console app
        // that references the Ipt.Domain package compiles against.
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        IEnumerable<string> framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal));
        string[] packages =
        [
            typeof(TreatmentCourse).Assembly.Location,
            typeof(OneOf.IOneOf).Assembly.Location,
            typeof(Ardalis.GuardClauses.Guard).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider).Assembly.Location,
        ];
        return [.. framework.Concat(packages).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static IEnumerable<(string File, string[] Lines)> Pages()
    {
        string root = DocsGeneratedBlocks.RepoRoot();
        IEnumerable<string> docs = Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);
        foreach (string file in docs.Prepend("README.md"))
        {
            yield return (file, File.ReadAllLines(Path.Combine(root, file)));
        }
    }

    private static List<DocExample> Extract()
    {
        var examples = new List<DocExample>();
        foreach ((string file, string[] lines) in Pages())
        {
            int index = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }

                int indent = lines[i].Length - lines[i].TrimStart().Length;
                int open = i;
                var body = new StringBuilder();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    string line = lines[i];
                    body.Append(line.Length >= indent && line[..indent].Trim().Length == 0 ? line[indent..] : line.TrimStart()).Append('\n');
                }

                index++;
                string before = open > 0 ? lines[open - 1].Trim() : string.Empty;
                Match skip = NotCompiled.Match(before);
                bool continues = Continues.IsMatch(before);
                Assert.False(AnyMarker.IsMatch(before) && !skip.Success && !continues,
                    file + " line " + open + ": unknown example marker " + before);
                examples.Add(new DocExample(file, index, open + 1, body.ToString(), skip.Success ? skip.Groups["reason"].Value.Trim() : null, continues));
            }
        }

        return examples;
    }

    /// <summary>A C# block: its page, its number on the page (from 1), the markdown line of its opening fence.</summary>
    private sealed record DocExample(string File, int Index, int Line, string Source, string? NotCompiledReason, bool Continues)
    {
        public string Key => File + "#" + Index;

        public string Describe() => File + " C# block #" + Index + " (line " + Line + ")";
    }

    private sealed record Outcome(IReadOnlyList<string> Errors, Exception? Exception, string Output);
}
