using System;
using System.Collections.Immutable;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Simulation;

/// <summary>The item-scored instruments the simulator can answer, and how it writes answers that sum to a total.</summary>
internal sealed class AnswerSheet
{
    private AnswerSheet(string code, InstrumentDescriptor descriptor, int safetyItemIndex, bool responsePositions)
    {
        Code = code;
        Maxima = [.. descriptor.ItemMaxima];
        MaximumTotal = 0;
        foreach (int m in Maxima)
        {
            MaximumTotal += m;
        }

        SafetyItemIndex = safetyItemIndex;
        ResponsePositions = responsePositions;
    }

    public string Code { get; }

    public int[] Maxima { get; }

    public int ItemCount => Maxima.Length;

    public int MaximumTotal { get; }

    public int SafetyItemIndex { get; }

    public bool ResponsePositions { get; }

    public static AnswerSheet Phq9Sheet { get; } = new("phq-9", Phq9.Descriptor, Phq9.SelfHarmItemNumber - 1, false);

    public static AnswerSheet Gad7Sheet { get; } = new("gad-7", Gad7.Descriptor, -1, false);

    public static AnswerSheet EpdsSheet { get; } = new("epds", Epds.Descriptor, Epds.SelfHarmItemNumber - 1, true);

    public static AnswerSheet HamD17Sheet { get; } = new("ham-d-17", HamD17.Descriptor, HamD17.SuicideItemNumber - 1, false);

    public static AnswerSheet Pcl5Sheet { get; } = new(Pcl5.Code, Pcl5.Descriptor, -1, false);

    public static AnswerSheet PhqASheet { get; } = new(PhqA.Code, PhqA.Descriptor, PhqA.SelfHarmItemNumber - 1, false);

    public static ImmutableArray<AnswerSheet> All { get; } = [Phq9Sheet, Gad7Sheet, EpdsSheet, HamD17Sheet, Pcl5Sheet, PhqASheet];

    /// <summary>The sheet for an instrument code, or null when the simulator cannot answer that instrument.</summary>
    public static AnswerSheet? For(string code) => code switch
    {
        "phq-9" => Phq9Sheet,
        "gad-7" => Gad7Sheet,
        "epds" => EpdsSheet,
        "ham-d-17" => HamD17Sheet,
        Pcl5.Code => Pcl5Sheet,
        PhqA.Code => PhqASheet,
        _ => null,
    };

    /// <summary>The instrument total for a severity fraction.</summary>
    public int TotalFor(double severity) => (int)Math.Round(Math.Clamp(severity, 0, 1) * MaximumTotal, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Writes item answers whose scores sum to <paramref name="total"/>: spread evenly over the non-safety items, the
    /// remainder on randomly chosen items, then a few random one-point moves for variety. The safety item scores 1
    /// when <paramref name="safetyPositive"/> (and more only when the other items are full), otherwise 0. EPDS answers
    /// are written as response positions (reverse-scored items inverted), as the form records them.
    /// </summary>
    public void Fill(Span<int> answers, int total, bool safetyPositive, ref SimulationRandom random)
    {
        int n = Maxima.Length;
        answers = answers[..n];
        answers.Clear();
        total = Math.Clamp(total, 0, MaximumTotal);
        int safety = SafetyItemIndex;
        int others = safety >= 0 ? n - 1 : n;
        int othersCapacity = MaximumTotal - (safety >= 0 ? Maxima[safety] : 0);
        int rest = total;
        if (safety >= 0)
        {
            int forced = Math.Max(0, total - othersCapacity);
            int s = Math.Min(Maxima[safety], Math.Max(forced, safetyPositive && total > 0 ? 1 : 0));
            answers[safety] = s;
            rest -= s;
        }

        int each = rest / others;
        for (int i = 0; i < n; i++)
        {
            if (i != safety)
            {
                int v = Math.Min(each, Maxima[i]);
                answers[i] = v;
                rest -= v;
            }
        }

        // The remainder (and whatever a low item maximum could not take) one point at a time on items with room.
        while (rest > 0)
        {
            int i = random.NextInt(n);
            for (int step = 0; step < n; step++, i = i + 1 == n ? 0 : i + 1)
            {
                if (i != safety && answers[i] < Maxima[i])
                {
                    answers[i]++;
                    rest--;
                    break;
                }
            }
        }

        // A few one-point moves between non-safety items, so answers are not flat.
        for (int k = 0; k < others / 2; k++)
        {
            int from = random.NextInt(n);
            int to = random.NextInt(n);
            if (from != to && from != safety && to != safety && answers[from] > 0 && answers[to] < Maxima[to])
            {
                answers[from]--;
                answers[to]++;
            }
        }

        if (ResponsePositions)
        {
            for (int i = 0; i < n; i++)
            {
                if (Epds.IsReverseScored(i + 1))
                {
                    answers[i] = Epds.MaximumResponsePosition - answers[i];
                }
            }
        }
    }
}
