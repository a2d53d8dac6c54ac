using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Statistics;
using ScottPlot;

namespace Ipt.Domain.Research.Plots;

/// <summary>Figures of arm summaries (ScottPlot 5). Each returns a <see cref="Plot"/>: the caller saves it
/// (<c>SavePng</c>, <c>SaveSvg</c>) and disposes it. Drawn from the summary's data only.</summary>
public static class Figures
{
    private static readonly Color[] Palette = [Colors.C0, Colors.C1, Colors.C2, Colors.C3, Colors.C4, Colors.C5];

    /// <summary>Mean total of each arm's primary instrument by measurement point, with its 95 % CI as a band.</summary>
    /// <param name="arms">The arms.</param>
    /// <returns>The plot.</returns>
    public static Plot Trajectory(IReadOnlyList<ArmSummary> arms)
    {
        Guard.Against.Null(arms);
        var plot = new Plot();
        for (int i = 0; i < arms.Count; i++)
        {
            ArmSummary a = arms[i];
            TrajectoryPoint[] points = [.. a.Trajectory.Where(p => p.Instrument == a.Instrument && p.Total.N >= 30).OrderBy(p => p.Point)];
            if (points.Length == 0)
            {
                continue;
            }

            double[] xs = [.. points.Select(p => (double)p.Point)];
            Color color = Palette[i % Palette.Length];
            var band = plot.Add.FillY(xs, [.. points.Select(p => p.Total.Lower)], [.. points.Select(p => p.Total.Upper)]);
            band.FillColor = color.WithAlpha(0.25);
            band.LineColor = color.WithAlpha(0.25);
            var line = plot.Add.Scatter(xs, [.. points.Select(p => p.Total.Mean)]);
            line.Color = color;
            line.LegendText = a.Arm + " (" + a.Instrument + ")";
        }

        plot.Title("Mean symptom score by session (95% CI)");
        plot.XLabel("Measurement point (sessions attended)");
        plot.YLabel("Mean total");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>Kaplan–Meier curves of time to dropout per arm, with 95 % limits as thin lines, drawn while at least 20 courses are at risk.</summary>
    /// <param name="arms">The arms.</param>
    /// <returns>The plot.</returns>
    public static Plot TimeToDropout(IReadOnlyList<ArmSummary> arms)
    {
        Guard.Against.Null(arms);
        var plot = new Plot();
        for (int i = 0; i < arms.Count; i++)
        {
            ArmSummary a = arms[i];
            // The tail where fewer than 20 courses remain at risk is left off the drawing (not the data).
            SurvivalPoint[] curve = [.. a.TimeToDropout.Where(p => p.AtRisk >= 20)];
            double[] xs = [0, .. curve.Select(p => (double)p.Session)];
            Color color = Palette[i % Palette.Length];
            foreach ((Func<SurvivalPoint, double> y, bool main) in new (Func<SurvivalPoint, double>, bool)[] { (p => p.Survival, true), (p => p.Lower, false), (p => p.Upper, false) })
            {
                var s = plot.Add.Scatter(xs, [1, .. curve.Select(y)]);
                s.ConnectStyle = ConnectStyle.StepHorizontal;
                s.MarkerSize = 0;
                s.Color = main ? color : color.WithAlpha(0.4);
                s.LineWidth = main ? 2 : 1;
                if (main)
                {
                    s.LegendText = a.Arm;
                }
            }
        }

        plot.Title("Time to dropout (Kaplan-Meier, 95% CI)");
        plot.XLabel("Sessions recorded");
        plot.YLabel("Still in treatment");
        plot.Axes.SetLimitsY(0, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    /// <summary>Response, remission and dropout by arm, bars with 95 % Wilson intervals.</summary>
    /// <param name="arms">The arms.</param>
    /// <returns>The plot.</returns>
    public static Plot Outcomes(IReadOnlyList<ArmSummary> arms)
    {
        Guard.Against.Null(arms);
        var plot = new Plot();
        string[] measures = ["response", "remission", "dropout"];
        var ticks = new List<Tick>();
        for (int m = 0; m < measures.Length; m++)
        {
            ticks.Add(new Tick(m * (arms.Count + 1) + ((arms.Count - 1) / 2.0), measures[m]));
        }

        for (int i = 0; i < arms.Count; i++)
        {
            ArmSummary a = arms[i];
            Proportion?[] values = [a.Response, a.Remission, a.Dropout];
            var bars = new List<Bar>();
            for (int m = 0; m < values.Length; m++)
            {
                if (values[m] is not { } p)
                {
                    continue;
                }

                bars.Add(new Bar
                {
                    Position = (m * (arms.Count + 1)) + i,
                    Value = p.Rate * 100,
                    ValueBase = 0,
                    Error = 0,
                    FillColor = Palette[i % Palette.Length],
                });
            }

            var plotted = plot.Add.Bars(bars);
            plotted.LegendText = a.Arm;
            for (int m = 0; m < values.Length; m++)
            {
                if (values[m] is { } p)
                {
                    double x = (m * (arms.Count + 1)) + i;
                    var e = plot.Add.Line(x, p.Lower * 100, x, p.Upper * 100);
                    e.Color = Colors.Black;
                    e.LineWidth = 2;
                    e.MarkerSize = 0;
                }
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Title("Outcomes by arm (95% Wilson CI)");
        plot.YLabel("Percent of courses");
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The three figures side by side in one image: trajectory, time to dropout, outcomes.</summary>
    /// <param name="arms">The arms.</param>
    /// <param name="path">PNG file to write.</param>
    /// <param name="width">Width of each panel in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void SaveComparisonPng(IReadOnlyList<ArmSummary> arms, string path, int width = 600, int height = 450)
    {
        Guard.Against.Null(arms);
        Guard.Against.NullOrWhiteSpace(path);
        using Plot a = Trajectory(arms);
        using Plot b = TimeToDropout(arms);
        using Plot c = Outcomes(arms);
        var multi = new Multiplot();
        foreach (Plot existing in multi.GetPlots())
        {
            multi.RemovePlot(existing);
        }

        multi.AddPlot(a);
        multi.AddPlot(b);
        multi.AddPlot(c);
        multi.Layout = new ScottPlot.MultiplotLayouts.Columns();
        multi.SavePng(path, width * 3, height);
    }
}
