using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Research.Statistics;

/// <summary>Kaplan–Meier estimator of time to dropout.</summary>
public static class KaplanMeier
{
    /// <summary>The survival curve: one point per time with an event or a censoring, with Greenwood log(−log) 95 % limits.</summary>
    /// <param name="events">Time → dropouts.</param>
    /// <param name="censored">Time → censored courses (censored at a time count as at risk at that time).</param>
    /// <returns>The curve, in time order.</returns>
    public static IReadOnlyList<SurvivalPoint> Estimate(IReadOnlyDictionary<int, long> events, IReadOnlyDictionary<int, long> censored)
    {
        Guard.Against.Null(events);
        Guard.Against.Null(censored);
        var times = new SortedSet<int>(events.Keys);
        times.UnionWith(censored.Keys);
        long atRisk = events.Values.Sum() + censored.Values.Sum();
        double s = 1;
        double greenwood = 0;
        var curve = new List<SurvivalPoint>();
        foreach (int t in times)
        {
            long d = events.GetValueOrDefault(t);
            long c = censored.GetValueOrDefault(t);
            if (d > 0 && atRisk > 0)
            {
                s *= 1 - ((double)d / atRisk);
                greenwood += atRisk > d ? (double)d / (atRisk * (double)(atRisk - d)) : double.PositiveInfinity;
            }

            (double lo, double hi) = Limits(s, greenwood);
            curve.Add(new SurvivalPoint(t, atRisk, d, c, s, lo, hi));
            atRisk -= d + c;
        }

        return curve;
    }

    private static (double Lower, double Upper) Limits(double s, double greenwood)
    {
        if (s <= 0 || s >= 1 || double.IsInfinity(greenwood))
        {
            return (s, s);
        }

        double log = Math.Log(s);
        double se = Math.Sqrt(greenwood) / Math.Abs(log);
        double z = StatMath.Z975;
        return (Math.Pow(s, Math.Exp(z * se)), Math.Pow(s, Math.Exp(-z * se)));
    }
}
