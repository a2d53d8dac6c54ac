using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Docs;

/// <summary>Keeps the generated blocks of docs/interop.md current and checks every public enum has unique codes.</summary>
public class InteropDocTests
{
    private const string Doc = "docs/interop.md";

    private static readonly MethodInfo CodeOf = typeof(Codes).GetMethod(nameof(Codes.Of))!;

    private static IEnumerable<Type> PublicEnums() =>
        typeof(Codes).Assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal);

    private static string Code(Type enumType, object value) => (string)CodeOf.MakeGenericMethod(enumType).Invoke(null, [value])!;

    private static HashSet<Type> HistoryEnums() =>
    [
        .. typeof(IptJsonContext).GetCustomAttribute<JsonSourceGenerationOptionsAttribute>()!.Converters!
            .Where(c => c.IsGenericType && c.GetGenericTypeDefinition() == typeof(KebabEnumConverter<>))
            .Select(c => c.GetGenericArguments()[0]),
    ];

    [Fact]
    public void Every_public_enum_has_unique_codes()
    {
        foreach (Type e in PublicEnums())
        {
            string[] codes = [.. Enum.GetValues(e).Cast<object>().Select(v => Code(e, v))];
            Assert.True(codes.Distinct(StringComparer.Ordinal).Count() == codes.Length, e.Name + " has a repeated code");
            Assert.All(codes, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c));
        }
    }

    [Fact]
    public void Own_code_tables_agree_with_the_enum_codes()
    {
        foreach (TherapyTask t in Enum.GetValues<TherapyTask>())
        {
            Assert.Equal(Codes.Of(t), TherapyTasks.Code(t));
        }
    }

    [Fact]
    public void Enum_code_table_is_current()
    {
        HashSet<Type> stored = HistoryEnums();
        var problemAreaCodes = Enum.GetValues<ProblemArea>().ToDictionary(a => a, ProblemAreaCatalog.Code);
        var sb = new StringBuilder();
        sb.Append("| enum | namespace | in course history | codes |\n|---|---|---|---|\n");
        foreach (Type e in PublicEnums())
        {
            IEnumerable<string> codes = Enum.GetValues(e).Cast<object>().Select(v =>
                e == typeof(ProblemArea) && problemAreaCodes[(ProblemArea)v] != Code(e, v)
                    ? "`" + Code(e, v) + "` (catalogue code `" + problemAreaCodes[(ProblemArea)v] + "`)"
                    : "`" + Code(e, v) + "`");
            sb.Append("| `").Append(e.Name).Append('`').Append(e.IsDefined(typeof(FlagsAttribute)) ? " (flags)" : string.Empty)
                .Append(" | ").Append(e.Namespace!["Ipt.Domain.".Length..])
                .Append(" | ").Append(stored.Contains(e) ? "yes" : string.Empty)
                .Append(" | ").Append(string.Join(", ", codes)).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent(Doc, "enum-codes", sb.ToString());
    }

    [Fact]
    public void Loinc_table_is_current()
    {
        InstrumentDescriptor[] instruments = [Phq9.Descriptor, Gad7.Descriptor, Epds.Descriptor, HamD17.Descriptor];
        var sb = new StringBuilder();
        sb.Append("| instrument code | instrument | LOINC code of the total score |\n|---|---|---|\n");
        foreach (InstrumentDescriptor d in instruments)
        {
            sb.Append("| `").Append(d.Code).Append("` | ").Append(d.DisplayName).Append(" | ")
                .Append(d.LoincTotalScoreCode is { } loinc ? "`" + loinc + "`" : "none carried (not confirmed)").Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent(Doc, "loinc", sb.ToString());
    }

    [Fact]
    public void Every_course_and_attendance_status_has_a_documented_fhir_mapping()
    {
        string text = System.IO.File.ReadAllText(System.IO.Path.Combine(DocsGeneratedBlocks.RepoRoot(), Doc));
        foreach (CourseStatus s in Enum.GetValues<CourseStatus>())
        {
            Assert.Contains("| `" + Codes.Of(s) + "` | EpisodeOfCare", text, StringComparison.Ordinal);
        }

        foreach (Attendance a in Enum.GetValues<Attendance>())
        {
            Assert.Contains("| `" + Codes.Of(a) + "` | Encounter", text, StringComparison.Ordinal);
        }
    }
}
