using Ipt.Domain.Primitives;
using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Suitability;

/// <summary>Screens a person for IPT and recommends a variant. Implementations are stateless and thread-safe.</summary>
public interface ISuitabilityScreener
{
    /// <summary>Screens one person.</summary>
    /// <param name="input">What is known about the person.</param>
    /// <returns>The outcome, every reason that applied and, unless not recommended, a protocol id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative or implausibly high.</exception>
    ScreeningResult Screen(SuitabilityInput input);
}

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
    public ScreeningResult Screen(SuitabilityInput input)
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
            if ((kind == ScreeningReasonKind.Exclusion || kind == ScreeningReasonKind.Indication) && rule.Applies(input, null))
            {
                excluded |= kind == ScreeningReasonKind.Exclusion;
                indicated |= kind == ScreeningReasonKind.Indication;
            }
        }

        bool recommended = indicated && !excluded;
        VariantRecommendation? chosen = null;
        if (recommended)
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
        string? variant = chosen?.ProtocolId;
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
