using System;
using System.Collections.Immutable;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Simulation;

/// <summary>How the simulator writes the answers of one item-scored instrument of the catalogue so that they sum to a
/// total: any instrument of a protocol's <see cref="InstrumentCatalog"/>, built-in or registered by the caller.</summary>
internal sealed class AnswerSheet
{
    private readonly Instrument _instrument;

    internal AnswerSheet(Instrument instrument)
    {
        _instrument = instrument;
        Code = instrument.Code;
        Maxima = [.. instrument.Descriptor.ItemMaxima];
        MaximumTotal = instrument.Descriptor.TotalMaximum;
        SafetyItemIndex = instrument.SafetyItem is { } s ? s.ItemNumber - 1 : -1;
        ResponsePositions = instrument.AnswersAreResponsePositions;
    }

    public string Code { get; }

    public int[] Maxima { get; }

    public int ItemCount => Maxima.Length;

    public int MaximumTotal { get; }

    public int SafetyItemIndex { get; }

    public bool ResponsePositions { get; }

    /// <summary>The sheet for a built-in instrument code, or null when the code is not in <see cref="InstrumentCatalog.BuiltIn"/>.</summary>
    public static AnswerSheet? For(string code) => InstrumentCatalog.BuiltIn.Find(code) is { } i ? new AnswerSheet(i) : null;

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
                answers[i] = _instrument.AnswerFor(i + 1, answers[i]);
            }
        }
    }
}
