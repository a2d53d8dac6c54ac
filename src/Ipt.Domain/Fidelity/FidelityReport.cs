using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>The result of reviewing one course against its protocol.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="ProtocolId">The protocol it was reviewed against.</param>
/// <param name="Findings">Findings, in the order the reviewer checks its rules.</param>
/// <param name="Rules">The applicable rules with their compliance.</param>
/// <param name="Score">Summary score 0–100: the weighted mean compliance of the applicable rules (100 when none applies); see <c>docs/fidelity.md</c>.</param>
public sealed record FidelityReport(CourseId CourseId, string ProtocolId, IReadOnlyList<FidelityFinding> Findings, IReadOnlyList<FidelityRuleResult> Rules, int Score)
{
    /// <summary>Number of error findings.</summary>
    public int ErrorCount => Count(FidelitySeverity.Error);

    /// <summary>Number of warning findings.</summary>
    public int WarningCount => Count(FidelitySeverity.Warning);

    /// <summary>Number of info findings.</summary>
    public int InfoCount => Count(FidelitySeverity.Info);

    /// <summary>True when at least one finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>E.g. <c>Fidelity 92/100 on ipt: 0 errors, 2 warnings, 1 info</c>.</summary>
    public override string ToString() =>
        "Fidelity " + Score.ToString(CultureInfo.InvariantCulture) + "/100 on " + ProtocolId + ": " +
        Plural(ErrorCount, "error") + ", " + Plural(WarningCount, "warning") + ", " + InfoCount.ToString(CultureInfo.InvariantCulture) + " info";

    private static string Plural(int n, string word) => n.ToString(CultureInfo.InvariantCulture) + " " + word + (n == 1 ? string.Empty : "s");

    private int Count(FidelitySeverity severity)
    {
        int n = 0;
        foreach (FidelityFinding f in Findings)
        {
            if (f.Severity == severity)
            {
                n++;
            }
        }

        return n;
    }
}
