using Ipt.Domain.Primitives;
using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Suitability;

/// <summary>
/// The screener over <see cref="SuitabilityRules"/>: picks the first matching variant, evaluates every rule, then
/// decides — any exclusion, or no indication, gives <see cref="SuitabilityOutcome.NotRecommended"/> (no variant); else
/// any caution gives <see cref="SuitabilityOutcome.SuitableWithCautions"/>; else <see cref="SuitabilityOutcome.Suitable"/>.
/// Stateless: register it as a singleton.
/// </summary>
/// <example>
/// <code>
/// ScreeningResult r = SuitabilityScreener.Instance.Screen(new SuitabilityInput { Conditions = PresentingConditions.MajorDepression, AgeYears = 15 });
/// // r.Outcome == SuitabilityOutcome.Suitable, r.RecommendedProtocolId == "ipt-a"; r.Reasons lists every rule that applied
/// ProtocolDefinition variant = BuiltInProtocols.Catalog.Get(r.RecommendedProtocolId).Value;
/// </code>
/// </example>
public sealed class SuitabilityScreener : ISuitabilityScreener
{
    /// <summary>A shared instance.</summary>
    public static SuitabilityScreener Instance { get; } = new();

    /// <inheritdoc />
    public ScreeningResult Screen(SuitabilityInput input) => Run(input, null);

    /// <summary>
    /// Screens a person for a protocol the clinician has already chosen, instead of the screener's own pick: the same
    /// rules, with the variant-specific ones (IPT-A's age range and severity, group composition, …) evaluated for
    /// <paramref name="protocolId"/>. A protocol whose own population rule the person fails (e.g. IPT-A outside ages
    /// 12–18, <c>suitability.exclusion.outside-ipt-a-age</c>) is <see cref="SuitabilityOutcome.NotRecommended"/>.
    /// </summary>
    /// <param name="input">What is known about the person.</param>
    /// <param name="protocolId">The chosen protocol's id, e.g. <c>ipt-a</c>.</param>
    /// <returns>The outcome for that protocol; <see cref="ScreeningResult.RecommendedProtocolId"/> is it unless not recommended.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocolId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative or implausibly high.</exception>
    public ScreeningResult ScreenFor(SuitabilityInput input, string protocolId)
    {
        Guard.Against.NullOrWhiteSpace(protocolId);
        return Run(input, protocolId);
    }

    private static ScreeningResult Run(SuitabilityInput input, string? forced)
    {
        Guard.Against.Null(input);
        Guard.Against.LessThan(input.AgeYears, 0, nameof(input));
        Guard.Against.GreaterThan(input.AgeYears, ScreeningThresholds.MaximumAge, nameof(input));

        // Pass 1: exclusions and indications (they never depend on the variant) decide whether anything is recommended.
        bool excluded = false;
        bool indicated = false;
        foreach (SuitabilityRule rule in SuitabilityRules.Rules)
        {
            ScreeningReasonKind kind = rule.Reason.Kind;
            if ((kind == ScreeningReasonKind.Exclusion || kind == ScreeningReasonKind.Indication) && rule.Applies(input, forced))
            {
                excluded |= kind == ScreeningReasonKind.Exclusion;
                indicated |= kind == ScreeningReasonKind.Indication;
            }
        }

        bool recommended = indicated && !excluded;
        VariantRecommendation? chosen = null;
        if (recommended && forced is not null)
        {
            chosen = new VariantRecommendation(forced, new ScreeningReason(
                "suitability.variant.chosen", ScreeningReasonKind.Note, null, "clinician's choice", EvidenceStatus.ProductDecision, null,
                "The protocol was chosen by the clinician and screened as chosen."), static _ => true);
        }
        else if (recommended)
        {
            foreach (VariantRecommendation row in SuitabilityRules.Variants)
            {
                if (row.Matches(input))
                {
                    chosen = row;
                    break;
                }
            }
        }

        // Pass 2: every reason that applies, with the chosen variant (null when nothing is recommended).
        string? variant = chosen?.ProtocolId ?? forced;
        ImmutableArray<ScreeningReason>.Builder reasons = ImmutableArray.CreateBuilder<ScreeningReason>();
        bool cautioned = false;
        foreach (SuitabilityRule rule in SuitabilityRules.Rules)
        {
            if (rule.Applies(input, variant))
            {
                reasons.Add(rule.Reason);
                cautioned |= rule.Reason.Kind == ScreeningReasonKind.Caution;
            }
        }

        if (!indicated)
        {
            reasons.Add(SuitabilityRules.NoIndicatedCondition);
        }

        if (!recommended)
        {
            return new ScreeningResult(SuitabilityOutcome.NotRecommended, reasons.ToImmutable(), null, null);
        }

        return new ScreeningResult(
            cautioned ? SuitabilityOutcome.SuitableWithCautions : SuitabilityOutcome.Suitable,
            reasons.ToImmutable(),
            variant,
            chosen!.Reason);
    }
}
