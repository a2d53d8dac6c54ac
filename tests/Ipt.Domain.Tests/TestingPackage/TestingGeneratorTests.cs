using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Testing;

namespace Ipt.Domain.Tests.TestingPackage;

/// <summary>The testing package's generators stay within the ranges their documentation gives, yield every kind of
/// step, and shrink by dropping steps.</summary>
public class TestingGeneratorTests
{
    private static readonly IReadOnlyList<Intent> Intents = IntentGenerators.Intent.Sample(20000, 50);

    [Fact]
    public void Notes_are_absent_or_marked_secret_and_free_of_nul()
    {
        IReadOnlyList<string?> notes = IntentGenerators.Notes.Sample(500, 50);
        Assert.Contains(null, notes);
        Assert.All(notes.Where(n => n is not null), n =>
        {
            Assert.StartsWith("SECRET-", n, StringComparison.Ordinal);
            Assert.True(n!.Length > "SECRET-".Length);
            Assert.DoesNotContain('\0', n);
        });
        Assert.InRange(notes.Count(n => n is null), 250, 500);
    }

    [Fact]
    public void Every_kind_of_intent_is_generated_with_progress_the_most_frequent()
    {
        var kinds = Intents.GroupBy(i => i.GetType()).ToDictionary(g => g.Key, g => g.Count());
        Type[] all = typeof(Intent).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(Intent))).ToArray();
        Assert.Equal(all.OrderBy(t => t.Name), kinds.Keys.OrderBy(t => t.Name));
        Assert.Equal(typeof(Intent.Session), kinds.MaxBy(k => k.Value).Key);
        Assert.True(kinds[typeof(Intent.CompleteOutstandingTask)] > kinds[typeof(Intent.Work)]);
    }

    [Fact]
    public void Generated_intents_rarely_discontinue_so_generated_courses_progress()
    {
        Assert.InRange(Intents.Count(i => i is Intent.Discontinue), 1, 100); // 1 in 38 × 1 in 25: about 21 in 20,000
    }

    [Fact]
    public void Generated_intents_stay_within_their_documented_ranges()
    {
        Assert.All(Intents.OfType<Intent.Session>(), s =>
        {
            Assert.InRange(s.GapDays, 0, 10);
            Assert.InRange(s.AttendanceRoll, 0, 9);
        });
        Assert.Contains(Intents.OfType<Intent.Session>(), s => s.GapDays == 0);
        Assert.Contains(Intents.OfType<Intent.Session>(), s => s.Remote);
        Assert.All(Intents.OfType<Intent.CompleteOutstandingTask>(), t => Assert.True(t.Label is null || (t.Label.StartsWith("SECRET-", StringComparison.Ordinal) && t.Label.Length <= 40)));
        Assert.Contains(Intents.OfType<Intent.CompleteOutstandingTask>(), t => t.Label is not null);
        Assert.All(Intents.OfType<Intent.Work>(), w => Assert.InRange(w.GoalIndex, 0, 5));
        Assert.All(Intents.OfType<Intent.BackdatedSession>(), b => Assert.InRange(b.DaysBack, 1, 30));
        Assert.All(Intents.OfType<Intent.Extend>(), e => Assert.InRange(e.Delta, -2, 5));
        Assert.Contains(Intents.OfType<Intent.Extend>(), e => e.Delta <= 0);
    }

    [Fact]
    public void Variant_steps_include_sessions_tasks_advances_and_intents()
    {
        IReadOnlyList<VariantStep> steps = VariantGenerators.Step.Sample(2000, 50);
        Assert.All(steps.OfType<VariantStep.Session>(), s =>
        {
            Assert.InRange(s.GapDays, 0, 10);
            Assert.InRange(s.ParticipantRoll, 0, 9);
        });
        var bases = steps.OfType<VariantStep.Base>().Select(b => b.Intent).ToList();
        Assert.Contains(bases, i => i is Intent.CompleteOutstandingTask { Label: null });
        Assert.Contains(bases, i => i is Intent.Advance);
        Assert.Contains(bases, i => i is Intent.Session);
        Assert.True(steps.OfType<VariantStep.Session>().Count() > bases.Count(i => i is Intent.Advance));
    }

    [Fact]
    public void Scripts_cover_every_protocol_and_are_long_enough_to_finish_it()
    {
        IReadOnlyList<VariantScript> scripts = VariantGenerators.Scripts.Generator.Sample(400, 30);
        Assert.Equal(BuiltInProtocols.All.Count, scripts.Select(s => s.ProtocolIndex).Distinct().Count());
        Assert.All(scripts, s => Assert.InRange(s.Steps.Count, s.Protocol.Sessions.Planned, (3 * s.Protocol.Sessions.Planned) + 30));
    }

    [Fact]
    public void Scripts_for_one_protocol_are_on_it_and_at_least_twice_its_planned_length()
    {
        for (int p = 0; p < BuiltInProtocols.All.Count; p++)
        {
            int planned = BuiltInProtocols.All[p].Sessions.Planned;
            IReadOnlyList<VariantScript> scripts = VariantGenerators.ScriptsFor(p).Sample(20, 30);
            Assert.All(scripts, s =>
            {
                Assert.Equal(p, s.ProtocolIndex);
                Assert.InRange(s.Steps.Count, 2 * planned, (3 * planned) + 30);
            });
        }
    }

    [Fact]
    public void A_script_shrinks_to_its_first_half_then_to_every_script_one_step_shorter()
    {
        VariantStep[] steps = [.. Enumerable.Range(1, 4).Select(i => (VariantStep)new VariantStep.Session(i, 0, 0))];
        var script = new VariantScript(0, steps);
        List<VariantScript> shrunk = [.. VariantGenerators.Scripts.Shrinker(script)];
        Assert.Equal(5, shrunk.Count);
        Assert.Equal(steps.Take(2), shrunk[0].Steps);
        for (int i = 0; i < 4; i++)
        {
            int removed = 3 - i;
            Assert.Equal(steps.Where((_, k) => k != removed), shrunk[i + 1].Steps);
            Assert.Equal(0, shrunk[i + 1].ProtocolIndex);
        }

        Assert.Empty(VariantGenerators.Scripts.Shrinker(new VariantScript(0, [])));
    }

    [Fact]
    public void A_script_runs_its_steps_on_a_new_course_of_its_protocol_and_reports_each()
    {
        int p = BuiltInProtocols.All.Count - 1;
        var script = new VariantScript(p, [new VariantStep.Session(0, 0, 0), new VariantStep.Session(7, 0, 0)]);
        var seen = new List<(bool, int)>();
        var course = script.Run((c, before, ok, _) => seen.Add((ok, c.Version - before.Version)));
        Assert.Equal(BuiltInProtocols.All[p], course.Protocol);
        Assert.Equal(2, seen.Count);
        Assert.All(seen, s => Assert.Equal(s.Item1 ? 1 : 0, s.Item2));
        Assert.StartsWith(BuiltInProtocols.All[p].Id + ": ", script.ToString(), StringComparison.Ordinal);
        Assert.Equal(script.NewCourse().Id, course.Id);
    }
}
