using System;
using System.IO;

namespace Ipt.Domain.Tests.Docs;

/// <summary>
/// Keeps generated blocks in the docs current. A block sits between <c>&lt;!-- generated:NAME --&gt;</c> and the
/// next <c>&lt;!-- /generated --&gt;</c>. <see cref="AssertCurrent"/> fails when the block differs from the
/// expected content; with <c>IPT_UPDATE_DOCS=1</c> it rewrites the block instead.
/// </summary>
public static class DocsGeneratedBlocks
{
    public const string UpdateVariable = "IPT_UPDATE_DOCS";

    public static void AssertCurrent(string relativeDocPath, string blockName, string expectedContent)
    {
        string path = Path.Combine(RepoRoot(), relativeDocPath);
        Assert.True(File.Exists(path), "Doc page not found: " + relativeDocPath);
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        string open = "<!-- generated:" + blockName + " -->";
        const string close = "<!-- /generated -->";
        int start = text.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, "Marker '" + open + "' not found in " + relativeDocPath);
        int contentStart = start + open.Length;
        int end = text.IndexOf(close, contentStart, StringComparison.Ordinal);
        Assert.True(end >= 0, "Closing marker for block '" + blockName + "' not found in " + relativeDocPath);

        string expected = "\n" + expectedContent.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        string actual = text[contentStart..end];
        if (string.Equals(actual, expected, StringComparison.Ordinal))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, text[..contentStart] + expected + text[end..]);
            return;
        }

        Assert.Fail("Generated block '" + blockName + "' in " + relativeDocPath + " is stale; run the tests with " +
            UpdateVariable + "=1 to regenerate it.\nExpected:" + expected + "Actual:" + actual);
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ipt.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ipt.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
