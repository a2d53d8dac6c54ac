using System;
using BenchmarkDotNet.Attributes;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Benchmarks;

/// <summary>Scoring an instrument and a Social Rhythm Metric week.</summary>
[MemoryDiagnoser]
public class MeasureBenchmarks
{
    private readonly int[] _phq9 = [2, 2, 1, 2, 1, 2, 1, 1, 0];
    private readonly SrmDay[] _week = new SrmDay[7];

    /// <summary>A typical diary week: habitual times within a few minutes each day, a dinner missed on the weekend.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (int d = 0; d < _week.Length; d++)
        {
            TimeOnly outOfBed = new TimeOnly(7, 0).AddMinutes(d * 7 % 30);
            _week[d] = new SrmDay(outOfBed, outOfBed.AddMinutes(50), d >= 5 ? null : new TimeOnly(9, 0).AddMinutes(d * 5), d == 6 ? null : new TimeOnly(18, 30).AddMinutes(d * 11 % 40), new TimeOnly(23, 0).AddMinutes(d * 13 % 60));
        }

        if (Phq9.Score(_phq9).Value.Total != 12 || SocialRhythmMetric.Score(_week).Value.Score is null)
        {
            throw new InvalidOperationException("The measure scenario is not set up as intended.");
        }
    }

    /// <summary>Scores nine PHQ-9 answers (total 12, moderate, no safety flag).</summary>
    [Benchmark]
    public Result<Phq9Score> Phq9Score() => Phq9.Score(_phq9);

    /// <summary>Scores a seven-day SRM-5 week with habitual-time scoring.</summary>
    [Benchmark]
    public Result<SocialRhythmScore> SrmScore() => SocialRhythmMetric.Score(_week);
}
