using System;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Testing;

/// <summary>FsCheck generators of what a clinician might do next (<see cref="Testing.Intent"/>). Built from FsCheck's
/// default generators, so failures shrink.</summary>
public static class IntentGenerators
{
    /// <summary>Notes, sometimes absent; printable text starting <c>SECRET-</c>, a marker that must never leak into
    /// a message, a <c>ToString()</c> or an export.</summary>
    public static Gen<string?> Notes { get; } =
        Gen.Frequency(
            (3, Gen.Constant<string?>(null)),
            (1, ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => (string?)("SECRET-" + s.Get.Replace('\0', 'x')))));

    /// <summary>One intent, weighted toward progress.</summary>
    public static Gen<Testing.Intent> Intent { get; } = Gen.Frequency(
        (12, from gap in Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Choose(1, 10)))
             from roll in Gen.Choose(0, 9)
             from remote in ArbMap.Default.GeneratorFor<bool>()
             from note in Notes
             select (Testing.Intent)new Testing.Intent.Session(gap, roll, remote, note)),
        (9, Notes.Select(label => (Testing.Intent)new Testing.Intent.CompleteOutstandingTask(label is null ? null : label[..System.Math.Min(label.Length, 40)]))),
        (1, Gen.ArrayOf(Gen.Elements(Enum.GetValues<ProblemArea>())).Select(a => (Testing.Intent)new Testing.Intent.ProposeFormulation(a))),
        (1, Gen.Elements(Enum.GetValues<DisputeStage>()).Select(s => (Testing.Intent)new Testing.Intent.MoveDispute(s))),
        (3, from area in Gen.Frequency((5, Gen.Constant<ProblemArea?>(null)), (1, Gen.Elements(Enum.GetValues<ProblemArea>()).Select(a => (ProblemArea?)a)))
            from technique in Gen.Elements("communication-analysis", "TECH-DA", "role-play", "encouragement-of-affect", "guided-imagery-rescripting", "no-such-technique")
            from goal in Gen.Choose(0, 5)
            from progress in Gen.Elements(Enum.GetValues<GoalProgress>())
            select (Testing.Intent)new Testing.Intent.Work(area, technique, goal, progress)),
        (4, ArbMap.Default.GeneratorFor<bool>().Select(b => (Testing.Intent)new Testing.Intent.Advance(b))),
        (1, Gen.Choose(1, 30).Select(d => (Testing.Intent)new Testing.Intent.BackdatedSession(d))),
        (1, Gen.Elements(Enum.GetValues<TherapyTask>()).Select(t => (Testing.Intent)new Testing.Intent.CompleteAnyTask(t))),
        (1, Gen.Elements(Enum.GetValues<CourseTrigger>()).Select(t => (Testing.Intent)new Testing.Intent.FireAny(t))),
        (1, Gen.Choose(-2, 5).Select(d => (Testing.Intent)new Testing.Intent.Extend(d))),
        (1, Gen.Frequency((24, Gen.Constant(false)), (1, Gen.Constant(true)))
             .SelectMany(go => go
                ? from r in Gen.Elements(Enum.GetValues<DiscontinuationReason>()) from n in Notes select (Testing.Intent)new Testing.Intent.Discontinue(r, n)
                : Gen.Constant<Testing.Intent>(new Testing.Intent.Session(7, 0, false, null)))));
}
