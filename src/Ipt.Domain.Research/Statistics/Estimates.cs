using System;
using System.Collections.Generic;

namespace Ipt.Domain.Research.Statistics;

/// <summary>A mean with its spread and 95 % confidence interval (Student t with n − 1 degrees of freedom).</summary>
/// <param name="N">Observations.</param>
/// <param name="Mean">Mean (0 when N is 0).</param>
/// <param name="Sd">Sample standard deviation (0 when N &lt; 2).</param>
/// <param name="Lower">Lower 95 % limit (the mean when N &lt; 2).</param>
/// <param name="Upper">Upper 95 % limit.</param>
public sealed record MeanEstimate(long N, double Mean, double Sd, double Lower, double Upper)
{
    /// <summary>Standard error of the mean.</summary>
    public double StandardError => N < 2 ? 0 : Sd / Math.Sqrt(N);

    /// <summary>From exact integer sums (so shards merge to exactly the single-run figure).</summary>
    /// <param name="n">Observations.</param>
    /// <param name="sum">Sum of the values.</param>
    /// <param name="sumOfSquares">Sum of their squares.</param>
    /// <returns>The estimate.</returns>
    public static MeanEstimate FromSums(long n, long sum, long sumOfSquares)
    {
        if (n == 0)
        {
            return new MeanEstimate(0, 0, 0, 0, 0);
        }

        double mean = (double)sum / n;
        if (n < 2)
        {
            return new MeanEstimate(n, mean, 0, mean, mean);
        }

        // (Σx² − (Σx)²/n) in exact 128-bit arithmetic, then one division.
        Int128 s = sum;
        Int128 centred = ((Int128)sumOfSquares * n) - (s * s);
        double variance = Math.Max(0, (double)centred / ((double)n * (n - 1)));
        double sd = Math.Sqrt(variance);
        double half = StatMath.StudentT975(n - 1) * sd / Math.Sqrt(n);
        return new MeanEstimate(n, mean, sd, mean - half, mean + half);
    }

    /// <summary>E.g. <c>-9.81 (SD 5.02; 95% CI -9.84 to -9.78; n 99,000)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Mean:F2} (SD {Sd:F2}; 95% CI {Lower:F2} to {Upper:F2}; n {N:N0})");
}

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

/// <summary>One step of a Kaplan–Meier curve of time to dropout.</summary>
/// <param name="Session">Time: sessions recorded.</param>
/// <param name="AtRisk">Courses still in treatment (not dropped out, not censored) at the start of that time.</param>
/// <param name="Dropouts">Dropouts at that time.</param>
/// <param name="Censored">Courses that ended otherwise (completed, discontinued for another reason, still active) at that time.</param>
/// <param name="Survival">Probability of not having dropped out after that time.</param>
/// <param name="Lower">Lower 95 % limit (Greenwood variance, log(−log) transform).</param>
/// <param name="Upper">Upper 95 % limit.</param>
public sealed record SurvivalPoint(int Session, long AtRisk, long Dropouts, long Censored, double Survival, double Lower, double Upper);

/// <summary>One point of a mean symptom trajectory.</summary>
/// <param name="Instrument">Instrument code.</param>
/// <param name="Point">Measurement point: attended sessions so far.</param>
/// <param name="Total">Mean total at that point with its 95 % CI.</param>
public sealed record TrajectoryPoint(string Instrument, int Point, MeanEstimate Total);

/// <summary>Numerical helpers.</summary>
internal static class StatMath
{
    public const double Z975 = 1.959963984540054;

    public static (double Lower, double Upper) Wilson(double p, long n)
    {
        double z2 = Z975 * Z975;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2.0 * n))) / denominator;
        double half = Z975 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    // 97.5 % quantile of Student's t: exact table for small df, the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5) above.
    public static double StudentT975(double df)
    {
        ReadOnlySpan<double> table = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
        if (df < 1)
        {
            return double.NaN;
        }

        if (df <= 10 && Math.Abs(df - Math.Round(df)) < 1e-9)
        {
            return table[(int)Math.Round(df) - 1];
        }

        double z = Z975;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z + ((z3 + z) / (4 * df)) + (((5 * z5) + (16 * z3) + (3 * z)) / (96 * df * df)) + (((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / (384 * df * df * df));
    }
}
