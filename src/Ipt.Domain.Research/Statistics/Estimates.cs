using System;

namespace Ipt.Domain.Research.Statistics;

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
