using System;

namespace Ipt.Domain.Research.Statistics;

/// <summary>A proportion with its 95 % Wilson score interval.</summary>
/// <param name="Count">Events.</param>
/// <param name="N">Denominator.</param>
/// <param name="Rate">Count / N (0 when N is 0).</param>
/// <param name="Lower">Lower 95 % limit.</param>
/// <param name="Upper">Upper 95 % limit.</param>
public sealed record Proportion(long Count, long N, double Rate, double Lower, double Upper)
{
    /// <summary>The Wilson score interval (Wilson 1927; recommended over the Wald interval by Brown, Cai &amp; DasGupta 2001).</summary>
    /// <param name="count">Events.</param>
    /// <param name="n">Denominator.</param>
    /// <returns>The proportion.</returns>
    public static Proportion Wilson(long count, long n)
    {
        if (n == 0)
        {
            return new Proportion(0, 0, 0, 0, 1);
        }

        double p = (double)count / n;
        (double lower, double upper) = StatMath.Wilson(p, n);
        return new Proportion(count, n, p, lower, upper);
    }

    /// <summary>E.g. <c>61.2% (95% CI 60.9% to 61.5%; 61,234/100,000)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Rate * 100:F1}% (95% CI {Lower * 100:F1}% to {Upper * 100:F1}%; {Count:N0}/{N:N0})");
}
