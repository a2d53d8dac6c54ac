using System;
using System.Linq;
using Ipt.Domain.Measures;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Tests.Simulation;

public class SimulationModelTests
{
    [Fact]
    public void The_random_stream_of_a_course_depends_only_on_seed_and_index()
    {
        SimulationRandom a = SimulationRandom.ForCourse(42, 17);
        SimulationRandom b = SimulationRandom.ForCourse(42, 17);
        SimulationRandom c = SimulationRandom.ForCourse(42, 18);
        SimulationRandom d = SimulationRandom.ForCourse(43, 17);
        ulong[] xa = [.. Enumerable.Range(0, 8).Select(_ => a.NextUInt64())];
        Assert.Equal(xa, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
        Assert.NotEqual(xa, Enumerable.Range(0, 8).Select(_ => c.NextUInt64()));
        Assert.NotEqual(xa, Enumerable.Range(0, 8).Select(_ => d.NextUInt64()));
    }

    [Fact]
    public void The_generator_is_pinned_so_results_stay_reproducible_across_releases()
    {
        var r = new SimulationRandom(0);
        // xoshiro256** seeded by SplitMix64(0): the first outputs are fixed forever.
        Assert.Equal([0x99EC5F36CB75F2B4UL, 0xBF6E1F784956452AUL, 0x1A5F849D4933E6E0UL], new[] { r.NextUInt64(), r.NextUInt64(), r.NextUInt64() });
    }

    [Fact]
    public void Uniform_draws_stay_in_range_and_are_roughly_uniform()
    {
        var r = new SimulationRandom(9);
        int[] buckets = new int[10];
        for (int i = 0; i < 100_000; i++)
        {
            double u = r.NextDouble();
            Assert.InRange(u, 0, 0.9999999999999999);
            buckets[r.NextInt(10)]++;
        }

        Assert.All(buckets, n => Assert.InRange(n, 9_500, 10_500));
        double mean = Enumerable.Range(0, 50_000).Select(_ => r.NextGaussian()).Average();
        Assert.InRange(mean, -0.03, 0.03);
    }

    [Theory]
    [InlineData("phq-9")]
    [InlineData("gad-7")]
    [InlineData("epds")]
    [InlineData("ham-d-17")]
    public void Answers_score_to_the_target_total_and_the_safety_item_follows_the_flag(string code)
    {
        AnswerSheet sheet = AnswerSheet.For(code)!;
        var r = new SimulationRandom(5);
        int[] answers = new int[sheet.ItemCount];
        for (int total = 0; total <= sheet.MaximumTotal; total++)
        {
            foreach (bool flag in new[] { false, true })
            {
                sheet.Fill(answers, total, flag, ref r);
                InstrumentScore score = code switch
                {
                    "phq-9" => Phq9.Score(answers).Value,
                    "gad-7" => Gad7.Score(answers).Value,
                    "epds" => Epds.Score(answers).Value,
                    _ => HamD17.Score(answers).Value,
                };
                Assert.Equal(total, score.Total);
                if (sheet.SafetyItemIndex >= 0 && total > 0 && total <= sheet.MaximumTotal - sheet.Maxima[sheet.SafetyItemIndex])
                {
                    Assert.Equal(flag, score.HasSafetyFlag);
                }
            }
        }
    }

    [Fact]
    public void The_default_symptom_model_starts_at_baseline_and_improves_toward_its_floor()
    {
        ExponentialDecaySymptomModel model = ExponentialDecaySymptomModel.Default with { NoiseSd = 0, SlowResponderShare = 0 };
        var r = new SimulationRandom(3);
        for (int i = 0; i < 200; i++)
        {
            SymptomState s = model.Begin(ref r);
            Assert.InRange(s.Baseline, model.BaselineMinimum, 27);
            Assert.InRange(s.Floor, 0, s.Baseline);
            double first = model.Severity(in s, 1, ref r);
            double later = model.Severity(in s, 12, ref r);
            Assert.Equal(s.Baseline / 27, first, 12);
            Assert.True(later <= first);
            Assert.True(later >= s.Floor / 27 - 1e-12);
        }
    }
}
