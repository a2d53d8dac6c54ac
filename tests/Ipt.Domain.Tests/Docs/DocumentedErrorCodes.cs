using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace Ipt.Domain.Tests.Docs;

/// <summary>Every code listed in <c>docs/errors.md</c> (generated from every code constant and phase-machine code in the library).</summary>
internal static class DocumentedErrorCodes
{
    private static readonly Lazy<HashSet<string>> Codes = new(Load);

    public static IReadOnlySet<string> All => Codes.Value;

    private static HashSet<string> Load()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "docs", "errors.md")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        if (dir is not null)
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(Path.Combine(dir, "docs", "errors.md")), "`([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)+)`"))
            {
                codes.Add(m.Groups[1].Value);
            }
        }

        return codes;
    }
}
