using System.Collections.Immutable;

namespace Ipt.Domain.Suitability;

/// <summary>The screener's answer.</summary>
/// <param name="Outcome">Suitable, suitable with cautions, or not recommended.</param>
/// <param name="Reasons">Every indication, exclusion, caution and note that applied, in rule-table order.</param>
/// <param name="RecommendedProtocolId">
/// Protocol id of the recommended variant (<c>ipt</c>, <c>ipt-b</c>, <c>ipt-m</c>, <c>ipc</c>, <c>ipt-a</c>,
/// <c>group-ipt-who</c>, <c>ipt-cm</c>, <c>ipt-perinatal</c>, <c>ipt-ptsd</c>, <c>ipsrt</c>, <c>dit</c>, <c>mit</c>); null
/// when not recommended.
/// </param>
/// <param name="RecommendationReason">Why that variant was chosen; null when none was.</param>
public sealed record ScreeningResult(
    SuitabilityOutcome Outcome,
    ImmutableArray<ScreeningReason> Reasons,
    string? RecommendedProtocolId,
    ScreeningReason? RecommendationReason)
{
    /// <summary>True when a reason with this code applied.</summary>
    /// <param name="code">A reason code.</param>
    public bool HasReason(string code)
    {
        foreach (ScreeningReason r in Reasons)
        {
            if (string.Equals(r.Code, code, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
