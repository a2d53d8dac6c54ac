using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ipt.Domain.Tests.Docs;

namespace Ipt.Domain.Tests.Architecture;

/// <summary>One public type per file, named after it, in every shipped package (docs/architecture.md).</summary>
public partial class FileLayoutTests
{
    [GeneratedRegex(@"^public (?:(?:sealed|static|abstract|readonly|partial|unsafe|ref) )*(?:class|record struct|record class|record|struct|enum|interface) ([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex PublicTypeDeclaration();

    [Fact]
    public void Every_public_type_is_in_a_file_of_its_own_named_after_it()
    {
        string src = Path.Combine(DocsGeneratedBlocks.RepoRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f), Types: PublicTypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).Distinct().ToArray()))
            .Where(x => x.Types.Length > 1 || (x.Types.Length == 1 && !Path.GetFileName(x.File).StartsWith(x.Types[0] + ".", StringComparison.Ordinal)))
            .Select(x => x.File + ": " + string.Join(", ", x.Types))
            .ToList();
        Assert.True(offenders.Count == 0, "Public types not in a file of their own:\n" + string.Join("\n", offenders));
    }
}
