using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ipt.Domain.Integration.Tests.Docs;

/// <summary>
/// Every C# block in docs/ that uses an adapter package (FHIR, stores, research, CLI) compiles against the packages
/// as a console app that references them would (the core suite compiles and runs the core's blocks; it does not see
/// the adapters). Compiled, not run: an adapter example may need a database or files.
/// </summary>
public class AdapterDocExampleTests
{
    private static readonly string[] AdapterNamespaces = ["Ipt.Domain.Fhir", "Ipt.Domain.Storage", "Ipt.Domain.Research", "Ipt.Domain.Cli", "Hl7.", "Marten"];

    private static readonly string[] ImplicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        IEnumerable<string> framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal));
        IEnumerable<string> local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => !Path.GetFileName(p).StartsWith("Ipt.Domain.Integration.Tests", StringComparison.Ordinal) &&
                        !Path.GetFileName(p).StartsWith("xunit", StringComparison.OrdinalIgnoreCase) &&
                        !Path.GetFileName(p).StartsWith("Microsoft.TestPlatform", StringComparison.Ordinal) &&
                        !Path.GetFileName(p).StartsWith("testhost", StringComparison.Ordinal));
        return [.. framework.Concat(local).Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    });

    public static IEnumerable<object[]> Examples() => Blocks().Select(b => new object[] { b.Key });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Adapter_example_compiles(string key)
    {
        (string _, int line, string source) = Blocks().Single(b => b.Key == key);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, parse, path: key);
        SyntaxTree usings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => "global using global::" + u + ";\n")), parse, path: "ImplicitUsings.g.cs");
        bool program = tree.GetCompilationUnitRoot().Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        CSharpCompilation compilation = CSharpCompilation.Create("AdapterDocExample", [tree, usings], References.Value, options);
        string[] errors = [.. compilation.GetDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && d.Id is not ("CS1701" or "CS1702"))
            .Select(d => "line " + (line + 1 + d.Location.GetLineSpan().StartLinePosition.Line) + ": " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))];
        Assert.True(errors.Length == 0, key + " does not compile:\n  " + string.Join("\n  ", errors));
    }

    private static string RepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Ipt.Domain.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static IEnumerable<(string Key, int Line, string Source)> Blocks()
    {
        string root = RepoRoot();
        foreach (string path in Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string file = Path.GetRelativePath(root, path).Replace('\\', '/');
            string[] lines = File.ReadAllLines(path);
            int index = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }

                int open = i;
                var body = new System.Text.StringBuilder();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    body.Append(lines[i]).Append('\n');
                }

                index++;
                string source = body.ToString();
                bool skipped = open > 0 && lines[open - 1].TrimStart().StartsWith("<!-- example: not-compiled", StringComparison.Ordinal);
                if (!skipped && AdapterNamespaces.Any(ns => source.Contains("using " + ns, StringComparison.Ordinal)))
                {
                    yield return (file + "#" + index, open + 1, source);
                }
            }
        }
    }
}
