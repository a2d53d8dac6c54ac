using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Generators;

/// <summary>One command of the model-based test. <see cref="Gap"/> days pass before it runs (negative: a back-dated command).</summary>
public abstract record ModelCommand(int Gap)
{
    /// <summary>Records a session with the given attendance.</summary>
    public sealed record Session(int Gap, Attendance Attendance) : ModelCommand(Gap);

    /// <summary>Completes any task through the command that carries it (inventory, formulation, continuation or plain task).</summary>
    public sealed record Task(int Gap, TherapyTask Which) : ModelCommand(Gap);

    /// <summary>Completes the first task the model says is outstanding and available now (progress).</summary>
    public sealed record NextTask(int Gap) : ModelCommand(Gap);

    /// <summary>Fires any trigger but discontinue.</summary>
    public sealed record Fire(int Gap, CourseTrigger Trigger) : ModelCommand(Gap);

    /// <summary>Fires the trigger to the next phase according to the model (progress): up to the last counted phase, then
    /// completion, or with <see cref="Onward"/> an optional phase that follows it (maintenance).</summary>
    public sealed record Advance(int Gap, bool Onward) : ModelCommand(Gap);

    /// <summary>Changes the contract to its current size plus <see cref="Delta"/>.</summary>
    public sealed record Extend(int Gap, int Delta) : ModelCommand(Gap);

    /// <summary>Ends the course early.</summary>
    public sealed record Discontinue(int Gap, DiscontinuationReason Reason) : ModelCommand(Gap);
}

/// <summary>Command sequences for the model-based test, derived from default generators; sequences shrink by removing commands.</summary>
public static class ModelCommandGenerators
{
    private static readonly Gen<int> SessionGap = Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(-1)), (14, Gen.Choose(1, 9)));

    private static readonly Gen<int> OtherGap = Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Constant(-2)), (3, Gen.Choose(1, 3)));

    /// <summary>One command, weighted toward progress so courses reach every phase and the end.</summary>
    public static Gen<ModelCommand> Command { get; } = Gen.Frequency(
        (10, from gap in SessionGap
             from a in Gen.Frequency((6, Gen.Constant(Attendance.Attended)), (1, Gen.Constant(Attendance.NoShow)), (1, Gen.Constant(Attendance.Cancelled)))
             select (ModelCommand)new ModelCommand.Session(gap, a)),
        (6, OtherGap.Select(g => (ModelCommand)new ModelCommand.NextTask(g))),
        (2, from gap in OtherGap from t in Gen.Elements(Enum.GetValues<TherapyTask>()) select (ModelCommand)new ModelCommand.Task(gap, t)),
        (4, from gap in OtherGap from onward in ArbMap.Default.GeneratorFor<bool>() select (ModelCommand)new ModelCommand.Advance(gap, onward)),
        (1, from gap in OtherGap from t in Gen.Elements(Enum.GetValues<CourseTrigger>().Where(t => t != CourseTrigger.Discontinue).ToArray()) select (ModelCommand)new ModelCommand.Fire(gap, t)),
        (1, from gap in OtherGap from d in Gen.Choose(-1, 4) select (ModelCommand)new ModelCommand.Extend(gap, d)),
        (1, Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true))).SelectMany(stop => stop
            ? from gap in OtherGap from r in Gen.Elements(Enum.GetValues<DiscontinuationReason>()) select (ModelCommand)new ModelCommand.Discontinue(gap, r)
            : Gen.Constant<ModelCommand>(new ModelCommand.Session(7, Attendance.Attended)))));

    /// <summary>Sequences of up to <paramref name="maxLength"/> commands.</summary>
    public static Arbitrary<IReadOnlyList<ModelCommand>> Sequences(int maxLength) => Arb.From(
        from n in Gen.Choose(0, maxLength)
        from xs in Command.ListOf(n)
        select (IReadOnlyList<ModelCommand>)xs.ToList(),
        Shrink);

    private static IEnumerable<IReadOnlyList<ModelCommand>> Shrink(IReadOnlyList<ModelCommand> xs)
    {
        if (xs.Count == 0)
        {
            yield break;
        }

        yield return xs.Take(xs.Count / 2).ToList();
        for (int i = xs.Count - 1; i >= 0; i--)
        {
            var shorter = xs.ToList();
            shorter.RemoveAt(i);
            yield return shorter;
        }
    }
}
