using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Research.Comparison;

/// <summary>Two or more arms compared with the first as reference.</summary>
/// <param name="Arms">The arms' summaries, reference first.</param>
/// <param name="Differences">Each other arm minus the reference.</param>
/// <param name="Warnings">Comparability warnings.</param>
public sealed record ArmComparison(EquatableArray<ArmSummary> Arms, EquatableArray<ArmDifference> Differences, EquatableArray<ComparisonWarning> Warnings)
{
    /// <summary>Compares arms. Arms simulated with the same seed share their population course by course (common random
    /// numbers); the intervals treat the arms as independent samples, which is conservative under that positive correlation.</summary>
    /// <param name="arms">Reference first; at least two.</param>
    /// <returns>The comparison.</returns>
    public static ArmComparison Of(IReadOnlyList<ArmSummary> arms)
    {
        Guard.Against.Null(arms);
        Guard.Against.OutOfRange(arms.Count, nameof(arms), 2, int.MaxValue);
        ArmSummary r = arms[0];
        var differences = new List<ArmDifference>();
        var warnings = new List<ComparisonWarning>();
        CultureInfo c = CultureInfo.InvariantCulture;
        foreach (ArmSummary a in arms.Skip(1))
        {
            differences.Add(Newcombe(a.Arm, r.Arm, "response", a.Response, r.Response));
            if (a.Remission is { } am && r.Remission is { } rm)
            {
                differences.Add(Newcombe(a.Arm, r.Arm, "remission", am, rm));
            }

            differences.Add(Newcombe(a.Arm, r.Arm, "dropout", a.Dropout, r.Dropout));
            differences.Add(Welch(a.Arm, r.Arm, "change", a.Change, r.Change));

            if (a.Seed != r.Seed || a.Courses != r.Courses)
            {
                warnings.Add(new(ComparisonWarnings.PopulationsDiffer, string.Create(c, $"{a.Arm} (seed {a.Seed}, {a.Courses} courses) and {r.Arm} (seed {r.Seed}, {r.Courses} courses) are not the same seeded population.")));
            }

            if (!string.Equals(a.Instrument, r.Instrument, StringComparison.Ordinal))
            {
                warnings.Add(new(ComparisonWarnings.InstrumentsDiffer, $"{a.Arm} measures its outcome with {a.Instrument ?? "none"}, {r.Arm} with {r.Instrument ?? "none"}."));
            }

            if (a.Schedules != r.Schedules)
            {
                warnings.Add(new(ComparisonWarnings.SchedulesDiffer, $"{a.Arm} measures on schedule {string.Join("+", a.Schedules)}, {r.Arm} on {string.Join("+", r.Schedules)}."));
            }

            if (a.EndpointPoint.P50 != r.EndpointPoint.P50)
            {
                warnings.Add(new(ComparisonWarnings.EndpointPointsDiffer, string.Create(c, $"{a.Arm}'s endpoint is measured at session {a.EndpointPoint.P50:0.#} (median), {r.Arm}'s at session {r.EndpointPoint.P50:0.#}: the endpoints are not the same endpoint.")));
            }
        }

        return new ArmComparison(new EquatableArray<ArmSummary>(arms), new EquatableArray<ArmDifference>(differences), new EquatableArray<ComparisonWarning>(warnings));
    }

    /// <summary>A plain-text table of the arms and their differences, invariant culture.</summary>
    public string Describe()
    {
        var b = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        b.Append(c, $"{"arm",-10} {"courses",9} {"response (95% CI)",-26} {"remission (95% CI)",-26} {"dropout (95% CI)",-26} {"mean change (95% CI)",-24}").AppendLine();
        foreach (ArmSummary a in Arms)
        {
            b.Append(c, $"{a.Arm,-10} {a.Courses,9} {Rate(a.Response),-26} {(a.Remission is null ? "n/a" : Rate(a.Remission)),-26} {Rate(a.Dropout),-26} {string.Create(c, $"{a.Change.Mean:F2} ({a.Change.Lower:F2} to {a.Change.Upper:F2})"),-24}").AppendLine();
        }

        foreach (ArmDifference d in Differences)
        {
            bool rate = d.Measure != "change";
            b.Append(c, $"difference {d.Arm} - {d.Reference} in {d.Measure}: ").Append(rate
                ? string.Create(c, $"{d.Estimate * 100:+0.0;-0.0} points (95% CI {d.Lower * 100:+0.0;-0.0} to {d.Upper * 100:+0.0;-0.0})")
                : string.Create(c, $"{d.Estimate:+0.00;-0.00} (95% CI {d.Lower:+0.00;-0.00} to {d.Upper:+0.00;-0.00})")).AppendLine();
        }

        foreach (ComparisonWarning w in Warnings)
        {
            b.Append("warning ").Append(w.Code).Append(": ").Append(w.Message).AppendLine();
        }

        return b.ToString();
    }

    private static string Rate(Proportion p) => string.Create(CultureInfo.InvariantCulture, $"{p.Rate * 100:F1}% ({p.Lower * 100:F1}% to {p.Upper * 100:F1}%)");

    // Newcombe (1998), method 10: the difference of two independent proportions from their Wilson limits.
    private static ArmDifference Newcombe(string arm, string reference, string measure, Proportion a, Proportion r)
    {
        double d = a.Rate - r.Rate;
        double lower = d - Math.Sqrt(Square(a.Rate - a.Lower) + Square(r.Upper - r.Rate));
        double upper = d + Math.Sqrt(Square(a.Upper - a.Rate) + Square(r.Rate - r.Lower));
        return new ArmDifference(arm, reference, measure, d, lower, upper);
    }

    // Welch's t interval for the difference of two means.
    private static ArmDifference Welch(string arm, string reference, string measure, MeanEstimate a, MeanEstimate r)
    {
        double d = a.Mean - r.Mean;
        if (a.N < 2 || r.N < 2)
        {
            return new ArmDifference(arm, reference, measure, d, d, d);
        }

        double va = a.Sd * a.Sd / a.N;
        double vr = r.Sd * r.Sd / r.N;
        double se = Math.Sqrt(va + vr);
        if (se == 0)
        {
            // Neither arm varies: the difference is exact (and Welch's degrees of freedom would be 0 / 0).
            return new ArmDifference(arm, reference, measure, d, d, d);
        }

        double df = Square(va + vr) / ((va * va / (a.N - 1)) + (vr * vr / (r.N - 1)));
        double half = StatMath.StudentT975(Math.Max(1, df)) * se;
        return new ArmDifference(arm, reference, measure, d, d - half, d + half);
    }

    private static double Square(double x) => x * x;
}
