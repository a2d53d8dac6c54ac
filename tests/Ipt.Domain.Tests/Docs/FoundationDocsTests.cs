using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Docs;

/// <summary>The generated parts of concepts.md and errors.md match the code.</summary>
public class FoundationDocsTests
{
    [Fact]
    public void Concepts_page_shows_the_current_standard_ipt_diagram_and_sources()
    {
        DocsGeneratedBlocks.AssertCurrent("docs/concepts.md", "standard-ipt-diagram",
            "```mermaid\n" + PhaseDiagrams.ToMermaid(StandardIpt.Definition.Machine) + "```");
        var table = new StringBuilder("| setting | value | sources | status |\n|---|---|---|---|\n");
        foreach (SourcedValue v in StandardIpt.Definition.Provenance)
        {
            table.Append("| ").Append(v.Setting).Append(" | ").Append(v.Value).Append(" | ").Append(v.Sources).Append(" | ")
                .Append(Ipt.Domain.Primitives.Codes.Of(v.Status)).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent("docs/concepts.md", "standard-ipt-sources", table.ToString());
    }

    [Fact]
    public void Errors_page_lists_every_code_constant_with_its_summary()
    {
        DocsGeneratedBlocks.AssertCurrent("docs/errors.md", "error-codes", ErrorTable());
    }

    [Fact]
    public void Every_code_constant_is_unique_dotted_and_lower_case()
    {
        var codes = CodeConstants().Select(c => c.Code).ToList();
        codes.AddRange(Enum.GetValues<TherapyTask>().Select(PhaseErrors.TaskMissingCode).Where(c => c != PhaseErrors.FormulationNotAgreed));
        Assert.All(codes, c => Assert.Matches("^[a-z0-9-]+(\\.[a-z0-9-]+)+$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void The_fuzz_properties_know_every_code_the_library_can_return()
    {
        // The fuzz properties accept a rejection only when its code is read from docs/errors.md; a code the reader
        // missed (e.g. one whose first segment holds a hyphen) would fail them on a rare seed instead of here.
        var codes = CodeConstants().Select(c => c.Code).ToList();
        codes.AddRange(Enum.GetValues<TherapyTask>().Select(PhaseErrors.TaskMissingCode));
        Assert.All(codes, c => Assert.Contains(c, DocumentedErrorCodes.All));
    }

    internal static IEnumerable<(string Owner, string Field, string Code)> CodeConstants()
    {
        Assembly lib = typeof(StandardIpt).Assembly;
        var seen = new HashSet<string>();
        foreach (Type t in lib.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed && (t.Name.EndsWith("Errors", StringComparison.Ordinal) || t.Name.EndsWith("Codes", StringComparison.Ordinal))).OrderBy(t => t.Namespace + "." + t.Name, StringComparer.Ordinal))
        {
            foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                string code = (string)f.GetRawConstantValue()!;
                if (seen.Add(code))
                {
                    yield return (t.FullName!, f.Name, code);
                }
            }
        }
    }

    // "M:Ns.Type.Method(System.Boolean)" -> "Method": the parameter list is dropped before the last dot is found.
    private static string ShortName(string cref)
    {
        int paren = cref.IndexOf('(', StringComparison.Ordinal);
        string name = paren < 0 ? cref : cref[..paren];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static string ErrorTable()
    {
        string xmlPath = Path.Combine(AppContext.BaseDirectory, "Ipt.Domain.xml");
        XDocument? xml = File.Exists(xmlPath) ? XDocument.Load(xmlPath) : null;
        var sb = new StringBuilder();
        string? owner = null;
        foreach ((string Owner, string Field, string Code) c in CodeConstants())
        {
            if (c.Owner != owner)
            {
                owner = c.Owner;
                sb.Append("\n### `").Append(owner.Replace("Ipt.Domain.", string.Empty, StringComparison.Ordinal)).Append("`\n\n| code | meaning |\n|---|---|\n");
            }

            XElement? element = xml?.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == "F:" + c.Owner + "." + c.Field)?.Element("summary");
            string summary = element is null ? string.Empty : string.Concat(element.Nodes().Select(n => n switch
            {
                XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref => "`" + ShortName(cref.Value) + "`",
                XElement e => e.Value,
                _ => n.ToString(),
            }));
            summary = string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "\\|", StringComparison.Ordinal);
            sb.Append("| `").Append(c.Code).Append("` | ").Append(summary).Append(" |\n");
        }

        sb.Append("\n### Phase guards: first missing task\n\n| code | meaning |\n|---|---|\n");
        foreach (TherapyTask t in Enum.GetValues<TherapyTask>())
        {
            sb.Append("| `").Append(PhaseErrors.TaskMissingCode(t)).Append("` | The phase cannot be left: the first outstanding required task is ")
                .Append(TherapyTasks.DisplayName(t)).Append(" (").Append(TherapyTasks.BriefId(t)).Append("). |\n");
        }

        return sb.ToString().TrimStart('\n');
    }
}
