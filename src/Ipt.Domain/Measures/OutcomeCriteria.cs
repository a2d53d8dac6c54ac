using Ipt.Domain.Primitives;
using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>
/// How response and remission are judged for one instrument. Thresholds are configuration, not constants (C24): the
/// presets carry the brief's sources, and a researcher can build their own. Neither the brief nor this library gives
/// a minimal important or reliable change for any instrument, so none is offered.
/// </summary>
public sealed record OutcomeCriteria
{
    /// <summary>Creates criteria.</summary>
    /// <param name="id">Stable id, e.g. <c>phq9-kaiser-2020</c>.</param>
    /// <param name="instrumentCode">Code of the instrument the criteria apply to.</param>
    /// <param name="minimumResponseReduction">Fraction of the baseline total that must be lost for a response, in (0, 1]; 0.5 = a 50 % drop.</param>
    /// <param name="remissionMaximumTotal">Highest total that counts as remission (inclusive), or null when no remission threshold applies.</param>
    /// <param name="sourceTags">Domain-brief source tags.</param>
    /// <exception cref="ArgumentException">An id or code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reduction is not in (0, 1] or the remission total is negative.</exception>
    public OutcomeCriteria(string id, string instrumentCode, double minimumResponseReduction, int? remissionMaximumTotal, string sourceTags)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(instrumentCode);
        Guard.Against.Null(sourceTags);
        if (!(minimumResponseReduction > 0 && minimumResponseReduction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumResponseReduction), "The response reduction must be greater than 0 and at most 1.");
        }

        if (remissionMaximumTotal is int r)
        {
            Guard.Against.LessThan(r, 0, nameof(remissionMaximumTotal));
        }

        Id = id;
        InstrumentCode = instrumentCode;
        MinimumResponseReduction = minimumResponseReduction;
        RemissionMaximumTotal = remissionMaximumTotal;
        SourceTags = sourceTags;
    }

    /// <summary>Stable id of the criteria.</summary>
    public string Id { get; }

    /// <summary>Code of the instrument the criteria apply to.</summary>
    public string InstrumentCode { get; }

    /// <summary>Fraction of the baseline total that must be lost for a response (0.5 = 50 %).</summary>
    public double MinimumResponseReduction { get; }

    /// <summary>Highest total counted as remission (inclusive), or null.</summary>
    public int? RemissionMaximumTotal { get; }

    /// <summary>Domain-brief source tags.</summary>
    public string SourceTags { get; }

    /// <summary>PHQ-9: response = ≥ 50 % reduction from baseline; remission = total &lt; 5, i.e. ≤ 4 [S114].</summary>
    public static OutcomeCriteria Phq9Default { get; } = new("phq9-response50-remission-lt5", "phq-9", 0.5, 4, "[S114]");

    /// <summary>HAM-D-17: response = ≥ 50 % reduction from baseline [S31]; full remission = total ≤ 7 [S116].</summary>
    public static OutcomeCriteria HamD17Default { get; } = new("hamd17-response50-remission-le7", "ham-d-17", 0.5, 7, "[S31][S116]");

    /// <summary>
    /// HAM-D-17 "recovery" as used in the IPT-A 1999 and postpartum 2000 trials: total ≤ 6, with the usual 50 %
    /// response [S46][S86] (C24).
    /// </summary>
    public static OutcomeCriteria HamD17RecoveryLe6 { get; } = new("hamd17-recovery-le6", "ham-d-17", 0.5, 6, "[S46][S86]");
}
