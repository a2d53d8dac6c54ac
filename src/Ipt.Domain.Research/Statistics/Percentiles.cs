using System;
using System.Collections.Generic;

namespace Ipt.Domain.Research.Statistics;

/// <summary>Percentiles of a whole-number distribution (linear interpolation between order statistics: type 7, the
/// default of R's <c>quantile</c> and NumPy's <c>percentile</c>).</summary>
/// <param name="N">Observations.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile (first quartile).</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record Percentiles(long N, double P5, double P25, double P50, double P75, double P95)
{
    /// <summary>From a histogram: value → count.</summary>
    /// <param name="histogram">Counts per value.</param>
    /// <returns>The percentiles (all 0 when empty).</returns>
    public static Percentiles FromHistogram(IReadOnlyDictionary<int, long> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var values = new List<int>(histogram.Keys);
        values.Sort();
        long n = 0;
        foreach (int v in values)
        {
            n += histogram[v];
        }

        if (n == 0)
        {
            return new Percentiles(0, 0, 0, 0, 0, 0);
        }

        double At(double p)
        {
            double h = (n - 1) * p;
            long lo = (long)Math.Floor(h);
            long hi = Math.Min(lo + 1, n - 1);
            double a = OrderStatistic(lo);
            double b = OrderStatistic(hi);
            return a + ((h - lo) * (b - a));
        }

        double OrderStatistic(long k)
        {
            long seen = 0;
            foreach (int v in values)
            {
                seen += histogram[v];
                if (k < seen)
                {
                    return v;
                }
            }

            return values[^1];
        }

        return new Percentiles(n, At(0.05), At(0.25), At(0.5), At(0.75), At(0.95));
    }

    /// <summary>E.g. <c>median 14 (IQR 10 to 16; 5–95% 4 to 16)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"median {P50:0.##} (IQR {P25:0.##} to {P75:0.##}; 5-95% {P5:0.##} to {P95:0.##})");
}
