using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>FsCheck arbitraries of courses on every protocol of the built-in catalogue (<see cref="BuiltInProtocols"/>):
/// each script runs through the real aggregate, so every course it yields is one the library accepted, step by step;
/// refused steps change nothing. Derived from <see cref="IntentGenerators.Intent"/>; scripts shrink by dropping steps.</summary>
/// <example>
/// <code>
/// [Property]
/// public Property Every_generated_course_keeps_its_invariants() =&gt;
///     Prop.ForAll(VariantGenerators.Scripts, s =&gt; CourseInvariants.Violation(s.Run()) is null);
/// </code>
/// </example>
public static class VariantGenerators
{
    /// <summary>One step, weighted toward progress: sessions with the participants the format needs, tasks, phase moves.</summary>
    public static Gen<VariantStep> Step { get; } = Gen.Frequency(
        (10, from gap in Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Choose(1, 10)))
             from roll in Gen.Choose(0, 9)
             from who in Gen.Choose(0, 9)
             select (VariantStep)new VariantStep.Session(gap, roll, who)),
        (9, Gen.Constant<VariantStep>(new VariantStep.Base(new Intent.CompleteOutstandingTask(null)))),
        (3, ArbMap.Default.GeneratorFor<bool>().Select(b => (VariantStep)new VariantStep.Base(new Intent.Advance(b)))),
        (3, IntentGenerators.Intent.Select(i => (VariantStep)new VariantStep.Base(i))));

    /// <summary>Scripts on any built-in protocol, long enough to finish it (about three steps per planned session).</summary>
    public static Arbitrary<VariantScript> Scripts { get; } = Arb.From(
        from p in Gen.Choose(0, BuiltInProtocols.All.Count - 1)
        let planned = BuiltInProtocols.All[p].Sessions.Planned
        from length in Gen.Choose(planned, (3 * planned) + 30)
        from steps in Step.ListOf(length)
        select new VariantScript(p, steps),
        Shrink);

    /// <summary>Scripts on one protocol (for per-variant coverage).</summary>
    /// <param name="protocolIndex">Index into <see cref="BuiltInProtocols.All"/>.</param>
    public static Gen<VariantScript> ScriptsFor(int protocolIndex)
    {
        int planned = BuiltInProtocols.All[protocolIndex].Sessions.Planned;
        return from length in Gen.Choose(2 * planned, (3 * planned) + 30)
               from steps in Step.ListOf(length)
               select new VariantScript(protocolIndex, steps);
    }

    private static IEnumerable<VariantScript> Shrink(VariantScript script)
    {
        IReadOnlyList<VariantStep> xs = script.Steps;
        if (xs.Count == 0)
        {
            yield break;
        }

        yield return script with { Steps = [.. System.Linq.Enumerable.Take(xs, xs.Count / 2)] };
        for (int i = xs.Count - 1; i >= 0; i--)
        {
            var shorter = new List<VariantStep>(xs);
            shorter.RemoveAt(i);
            yield return script with { Steps = shorter };
        }
    }
}
