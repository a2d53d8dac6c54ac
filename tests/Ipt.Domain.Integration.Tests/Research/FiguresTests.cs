using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Research.Plots;
using Ipt.Domain.Research.Statistics;
using ScottPlot;
using ScottPlot.Plottables;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>What each figure draws from the summaries: the points kept, their values, the labels, and what is left
/// off the drawing (thin trajectory points, the at-risk tail, an absent remission).</summary>
public sealed class FiguresTests
{
    // An arm of 100 courses: PHQ-9 at points 1 (n 40, mean 20), 2 (n 29, left off) and 3 (n 30, mean 10); a HAM-D
    // point (another instrument, left off); dropouts at sessions 2 (10) and 5 (75 at risk left, then thin).
    private static ArmSummary Arm(string name, bool remission = true)
    {
        var t = new ArmTotals { Arm = name, Protocol = "ipt", Seed = 1, Courses = 100, Completed = 60, Dropouts = 20, Discontinued = 40, Evaluable = 80, Responders = 40, RemissionEvaluable = remission ? 80 : 0, Remitters = remission ? 20 : 0 };
        t.Instruments["phq-9"] = 80;
        t.Instruments["ham-d-17"] = 5;
        t.Trajectory["phq-9@0001"] = [40, 40 * 20, 40 * 400];
        t.Trajectory["phq-9@0002"] = [29, 29 * 15, 29 * 225];
        t.Trajectory["phq-9@0003"] = [30, 30 * 10, 30 * 100];
        t.Trajectory["ham-d-17@0001"] = [50, 50 * 18, 50 * 324];
        t.DropoutAt[2] = 10;
        t.DropoutAt[5] = 10;
        t.CensoredAt[4] = 5;
        t.CensoredAt[16] = 75;
        t.DropoutAt[17] = 0;
        return t.ToSummary();
    }

    [Fact]
    public void The_trajectory_draws_each_arm_s_primary_instrument_at_points_with_at_least_30_courses()
    {
        ArmSummary a = Arm("a");
        using Plot plot = Figures.Trajectory([a, Arm("b")]);
        Scatter[] lines = [.. plot.GetPlottables().OfType<Scatter>()];
        Assert.Equal(2, lines.Length);
        Assert.Equal(2, plot.GetPlottables().OfType<FillY>().Count());
        Assert.Equal([new Coordinates(1, 20), new Coordinates(3, 10)], lines[0].Data.GetScatterPoints());
        Assert.Equal(["a (phq-9)", "b (phq-9)"], lines.Select(l => l.LegendText));
        Assert.NotEqual(lines[0].Color, lines[1].Color);
        Assert.Equal("Mean symptom score by session (95% CI)", plot.Axes.Title.Label.Text);
        Assert.Equal("Measurement point (sessions attended)", plot.Axes.Bottom.Label.Text);
        Assert.Equal("Mean total", plot.Axes.Left.Label.Text);
        Assert.True(plot.Legend.IsVisible);
    }

    [Fact]
    public void An_arm_without_enough_courses_at_any_point_is_left_off_the_trajectory()
    {
        var thin = new ArmTotals { Arm = "thin", Courses = 10 };
        thin.Instruments["phq-9"] = 10;
        thin.Trajectory["phq-9@0001"] = [10, 200, 4000];
        using Plot plot = Figures.Trajectory([thin.ToSummary(), Arm("b")]);
        Assert.Equal(["b (phq-9)"], plot.GetPlottables().OfType<Scatter>().Select(l => l.LegendText));
        Assert.Throws<ArgumentNullException>(() => Figures.Trajectory(null!));
    }

    [Fact]
    public void Time_to_dropout_steps_from_one_through_the_sessions_with_at_least_20_at_risk()
    {
        ArmSummary a = Arm("a");
        using Plot plot = Figures.TimeToDropout([a]);
        Scatter[] s = [.. plot.GetPlottables().OfType<Scatter>()];
        Assert.Equal(3, s.Length); // the estimate and its two limits
        SurvivalPoint[] kept = [.. a.TimeToDropout.Where(p => p.AtRisk >= 20)];
        Assert.Equal([2, 4, 5, 16], kept.Select(p => p.Session));
        Assert.Equal([new Coordinates(0, 1), .. kept.Select(p => new Coordinates(p.Session, p.Survival))], s[0].Data.GetScatterPoints());
        Assert.Equal([new Coordinates(0, 1), .. kept.Select(p => new Coordinates(p.Session, p.Lower))], s[1].Data.GetScatterPoints());
        Assert.Equal([new Coordinates(0, 1), .. kept.Select(p => new Coordinates(p.Session, p.Upper))], s[2].Data.GetScatterPoints());
        Assert.All(s, x => Assert.Equal(ConnectStyle.StepHorizontal, x.ConnectStyle));
        Assert.Equal(("a", 2f, 1f, 1f), (s[0].LegendText, s[0].LineWidth, s[1].LineWidth, s[2].LineWidth));
        Assert.All(s[1..], x => Assert.True(string.IsNullOrEmpty(x.LegendText)));
        Assert.NotEqual(s[0].Color, s[1].Color); // the estimate solid, its limits faint
        Assert.All(s[1..], x => Assert.Equal(s[0].Color.WithAlpha(0.4), x.Color));
        Assert.True(plot.Legend.IsVisible);
        Assert.Equal("Time to dropout (Kaplan-Meier, 95% CI)", plot.Axes.Title.Label.Text);
        Assert.Equal(("Sessions recorded", "Still in treatment"), (plot.Axes.Bottom.Label.Text, plot.Axes.Left.Label.Text));
        Assert.Equal(1.02, plot.Axes.GetLimits().Top, 9);
        Assert.Equal(0, plot.Axes.GetLimits().Bottom, 9);
        Assert.Throws<ArgumentNullException>(() => Figures.TimeToDropout(null!));
    }

    [Fact]
    public void Outcomes_draw_a_bar_per_arm_and_measure_with_its_interval_and_no_bar_for_an_absent_remission()
    {
        ArmSummary a = Arm("a");
        ArmSummary b = Arm("b", remission: false);
        using Plot plot = Figures.Outcomes([a, b]);
        BarPlot[] bars = [.. plot.GetPlottables().OfType<BarPlot>()];
        Assert.Equal(["a", "b"], bars.Select(x => x.LegendText));
        // Groups of arms.Count + 1 positions: response at 0, 1; remission at 3, 4; dropout at 6, 7.
        Assert.Equal([(0.0, 50.0), (3.0, 25.0), (6.0, 20.0)], bars[0].Bars.Select(x => (x.Position, Math.Round(x.Value, 9))));
        Assert.Equal([(1.0, 50.0), (7.0, 20.0)], bars[1].Bars.Select(x => (x.Position, Math.Round(x.Value, 9))));
        LinePlot[] errors = [.. plot.GetPlottables().OfType<LinePlot>()];
        Assert.Equal(5, errors.Length);
        Assert.Equal(new Coordinates(0, a.Response.Lower * 100), errors[0].Start);
        Assert.Equal(new Coordinates(0, a.Response.Upper * 100), errors[0].End);
        Assert.Equal(new Coordinates(7, b.Dropout.Lower * 100), errors[^1].Start);
        Assert.Equal("Outcomes by arm (95% Wilson CI)", plot.Axes.Title.Label.Text);
        Assert.Equal("Percent of courses", plot.Axes.Left.Label.Text);
        using (plot.GetImage(600, 450))
        {
            // the manual ticks are laid out when the figure is drawn
        }

        Tick[] ticks = plot.Axes.Bottom.TickGenerator.Ticks;
        Assert.Equal([(0.5, "response"), (3.5, "remission"), (6.5, "dropout")], ticks.Select(t => (t.Position, t.Label)));
        Assert.Throws<ArgumentNullException>(() => Figures.Outcomes(null!));
    }

    [Fact]
    public void The_dropout_curve_keeps_a_session_with_exactly_20_at_risk()
    {
        ArmSummary a = Arm("a") with
        {
            TimeToDropout = new EquatableArray<SurvivalPoint>([new(1, 25, 1, 0, 0.96, 0.9, 0.99), new(2, 20, 1, 0, 0.92, 0.85, 0.97), new(3, 19, 1, 0, 0.87, 0.8, 0.95)]),
        };
        using Plot plot = Figures.TimeToDropout([a]);
        Assert.Equal([0.0, 1, 2], plot.GetPlottables().OfType<Scatter>().First().Data.GetScatterPoints().Select(c => c.X));
    }

    [Fact]
    public void The_comparison_figure_puts_the_three_panels_side_by_side()
    {
        string dir = System.IO.Directory.CreateTempSubdirectory("ipt-fig").FullName;
        try
        {
            string path = System.IO.Path.Combine(dir, "three.png");
            Figures.SaveComparisonPng([Arm("a"), Arm("b")], path, 200, 150);
            byte[] png = System.IO.File.ReadAllBytes(path);
            // IHDR: width and height, big-endian, at bytes 16 and 20.
            Assert.Equal(600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
            Assert.Equal(150, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        }
        finally
        {
            System.IO.Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_comparison_figure_needs_arms_and_a_path()
    {
        Assert.Throws<ArgumentNullException>(() => Figures.SaveComparisonPng(null!, "x.png"));
        Assert.Throws<ArgumentException>(() => Figures.SaveComparisonPng([Arm("a")], " "));
    }
}
