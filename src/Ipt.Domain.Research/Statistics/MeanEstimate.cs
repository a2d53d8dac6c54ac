using System;

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
