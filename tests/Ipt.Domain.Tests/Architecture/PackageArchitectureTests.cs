using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Ipt.Domain.Tests.Docs;

namespace Ipt.Domain.Tests.Architecture;

/// <summary>
/// The packages' arrows: the core depends on no other project of the repository, every adapter package depends on
/// the core (and only on the packages listed for it), and docs/architecture.md shows both tables as the tests enforce
/// them (generated blocks).
/// </summary>
public class PackageArchitectureTests
{
    /// <summary>Which projects of <c>src/</c> each packable project may reference. The core: none.</summary>
    internal static readonly Dictionary<string, string[]> AllowedPackages = new()
    {
        ["Ipt.Domain"] = [],
        ["Ipt.Domain.Testing"] = ["Ipt.Domain"],
        ["Ipt.Domain.Storage.Sqlite"] = ["Ipt.Domain"],
        ["Ipt.Domain.Storage.Marten"] = ["Ipt.Domain"],
        ["Ipt.Domain.Fhir"] = ["Ipt.Domain"],
        ["Ipt.Domain.Research"] = ["Ipt.Domain"],
        ["Ipt.Domain.Cli"] = ["Ipt.Domain", "Ipt.Domain.Research"],
    };

    private static string SrcRoot => Path.Combine(DocsGeneratedBlocks.RepoRoot(), "src");

    internal static IEnumerable<(string Name, string[] ProjectReferences, string[] PackageReferences)> Projects() =>
        Directory.GetDirectories(SrcRoot)
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
            .Where(File.Exists)
            .OrderBy(p => Path.GetFileNameWithoutExtension(p) != "Ipt.Domain")
            .ThenBy(p => p, StringComparer.Ordinal)
            .Select(p =>
            {
                XDocument x = XDocument.Load(p);
                string[] projects = [.. x.Descendants("ProjectReference").Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!)).Distinct().Order(StringComparer.Ordinal)];
                string[] packages = [.. x.Descendants("PackageReference")
                    .Where(e => (string?)e.Attribute("PrivateAssets") != "all")
                    .Select(e => (string)e.Attribute("Include")!).Distinct().Order(StringComparer.Ordinal)];
                return (Path.GetFileNameWithoutExtension(p), projects, packages);
            });

    [Fact]
    public void The_core_references_no_other_project_and_every_package_only_the_projects_listed_for_it()
    {
        var violations = new List<string>();
        foreach ((string name, string[] refs, _) in Projects())
        {
            if (!AllowedPackages.TryGetValue(name, out string[]? allowed))
            {
                violations.Add("new package " + name + ": add it to AllowedPackages here (the core may never reference it)");
                continue;
            }

            violations.AddRange(refs.Where(r => !allowed.Contains(r)).Select(r => name + " references " + r));
        }

        Assert.Empty(violations);
        Assert.Empty(Projects().Single(p => p.Name == "Ipt.Domain").ProjectReferences);
    }

    [Fact]
    public void The_architecture_page_shows_the_arrows_the_tests_enforce()
    {
        var folders = new StringBuilder("| folder | may use |\n|---|---|\n");
        foreach ((string folder, string[] uses) in ArchitectureTests.Allowed)
        {
            folders.Append("| `").Append(folder).Append("/` | ").Append(uses.Length == 0 ? "nothing" : string.Join(", ", uses)).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent("docs/architecture.md", "folder-arrows", folders.ToString());

        var packages = new StringBuilder("| package | depends on (projects) | third-party packages |\n|---|---|---|\n");
        foreach ((string name, string[] refs, string[] pkgs) in Projects())
        {
            packages.Append("| `").Append(name).Append("` | ").Append(refs.Length == 0 ? "—" : string.Join(", ", refs.Select(r => "`" + r + "`")))
                .Append(" | ").Append(pkgs.Length == 0 ? "—" : string.Join(", ", pkgs)).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent("docs/architecture.md", "package-arrows", packages.ToString());
    }
}
