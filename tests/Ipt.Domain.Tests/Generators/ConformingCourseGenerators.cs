using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Generators;

/// <summary>
/// A standard-IPT course that follows the protocol, read from a seed of integers (missing entries read as 0): held
/// sessions 12–16, weekly ± a day, initial tasks by session 1–3, the ending raised with 3–5 sessions left, PHQ-9 and
/// GAD-7 on schedule, a same-day safety action after every positive item 9; optionally stopped early as an active course.
/// Because it is a pure reading of the seed, shrinking the seed (FsCheck's default int[] shrinker) shrinks the course
/// and every shrunk seed still reads as a conforming course.
/// </summary>
public sealed record ConformingPlan(int[] Seed)
{
    public int Held => 12 + Pick(0, 5);

    public int TasksAt => 1 + Pick(1, 3);

    public int EndingAt => Held - 3 - Pick(2, 3);

    /// <summary>Sessions to run: all of them (completed) or a prefix (an active course).</summary>
    public int Run => Pick(3, 4) == 0 ? 1 + Pick(4, Held) : Held;

    public int Gap(int session) => 6 + Pick(10 + session, 3);

    public int Answer(int session, int item) => Pick(40 + (session * 16) + item, 4);

    public TreatmentCourse Build()
    {
        TreatmentCourse c = TreatmentCourse.Start(CourseId.From(new Guid(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7)), ClientRef.From("client-c"), StandardIpt.Definition, CourseScript.StartDate);
        DateOnly day = CourseScript.StartDate;
        for (int n = 1; n <= Run; n++)
        {
            day = n == 1 ? day : day.AddDays(Gap(n));
            Ok(c.RecordSession(day, Attendance.Attended));
            // A course that ends before its contract is used up is still rated at its last session (end vs baseline, TERM-03).
            IEnumerable<string> dueCodes = c.MeasuresDue().Select(d => d.InstrumentCode);
            if (n == Held && Run == Held && n < 16)
            {
                dueCodes = dueCodes.Union(MeasurementSchedule.IptInstitutePortfolio.InstrumentCodes);
            }

            foreach (string code in dueCodes.ToList())
            {
                var due = new { InstrumentCode = code };
                int count = due.InstrumentCode == "phq-9" ? 9 : 7;
                int[] answers = [.. Enumerable.Range(0, count).Select(i => Answer(n, i))];
                MeasureRecording r = Ok(c.RecordMeasure(due.InstrumentCode, answers, day, atLatestSession: true));
                if (r.Concern is { } concern)
                {
                    Ok(c.RecordSafetyAction(concern.Concern, (SafetyAction)(Answer(n, 15) % 3), day));
                }
            }

            if (n == TasksAt)
            {
                foreach (TherapyTask t in StandardIpt.InitialTasks.ToList())
                {
                    _ = t switch
                    {
                        TherapyTask.InterpersonalInventory => Ok(c.CompleteInventory(ClinicalSamples.Inventory(), day)),
                        TherapyTask.FormulationAgreed => Ok(c.AgreeFormulation(ClinicalSamples.Formulation(c.Protocol), day)),
                        _ => (object)Ok(c.CompleteTask(t, day)),
                    };
                }

                Ok(c.Fire(CourseTrigger.BeginMiddlePhase, day));
            }

            if (n == EndingAt)
            {
                Ok(c.CompleteTask(TherapyTask.EndingRaised, day));
                Ok(c.Fire(CourseTrigger.BeginTerminationPhase, day));
            }
        }

        if (Run == Held)
        {
            foreach (TherapyTask t in StandardIpt.TerminationTasks.Except(TaskSet.Of(TherapyTask.EndingRaised, TherapyTask.ContinuationDecided)).ToList())
            {
                Ok(c.CompleteTask(t, day));
            }

            Ok(c.DecideContinuation(ContinuationDecision.NoFurtherTreatment, day));

            Ok(c.Complete(day));
        }

        return c;
    }

    public override string ToString() =>
        "held " + Held + ", tasks at " + TasksAt + ", ending at " + EndingAt + ", run " + Run + ", seed [" + string.Join(",", Seed) + "]";

    private int Pick(int index, int modulus) => index < Seed.Length ? (int)((uint)Seed[index] % (uint)modulus) : 0;

    private static T Ok<T>(Result<T> r) =>
        r.IsSuccess ? r.Value : throw new InvalidOperationException("A conforming plan was rejected: " + r.Error);
}

/// <summary>One step of a course script that also records measures: a base intent, or a measurement command.</summary>
public abstract record MeasureStep
{
    private MeasureStep()
    {
    }

    internal abstract (bool Accepted, DomainError? Error) Run(TreatmentCourse course, ref DateOnly today);

    /// <summary>An intent of <see cref="CourseGenerators"/>.</summary>
    public sealed record Base(Intent Intent) : MeasureStep
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Intent.Run(course, ref today);

        public override string ToString() => Intent.ToString();
    }

    /// <summary>Records an instrument (valid or not; an unknown code, a wrong item count or an out-of-range item are rejected).</summary>
    public sealed record Instrument(string Code, int[] Answers, bool Tie, int DaysBack) : MeasureStep
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            Result<MeasureRecording> r = course.RecordMeasure(Code, Answers, today.AddDays(-DaysBack), Tie);
            return (r.IsSuccess, r.Error);
        }

        public override string ToString() => "Instrument(" + Code + ", [" + string.Join(",", Answers) + "], tie " + Tie + ", back " + DaysBack + ")";
    }

    /// <summary>Records an SRM-5 week of <paramref name="Days"/> days (7 is valid) with times spread by <paramref name="Spread"/> minutes.</summary>
    public sealed record SrmWeek(int Days, int Spread, bool Tie, bool Targets) : MeasureStep
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            var week = new SrmDay[Days];
            for (int d = 0; d < Days; d++)
            {
                TimeOnly t = new TimeOnly(7, 0).AddMinutes(d * Spread);
                week[d] = new SrmDay(t, t.AddHours(1), d % 3 == 0 ? null : t.AddHours(2), t.AddHours(11), t.AddHours(16));
            }

            SrmTargetTimes? targets = Targets ? new SrmTargetTimes(new(7, 0), new(8, 0), new(9, 0), new(18, 0), new(23, 0)) : null;
            Result<SocialRhythmWeekRecording> r = course.RecordSocialRhythmWeek(week, today, targets, Tie);
            return (r.IsSuccess, r.Error);
        }
    }

    /// <summary>Records a safety action on the latest concern plus <paramref name="Offset"/> (0 is the latest; others are often rejected).</summary>
    public sealed record Action(int Offset, SafetyAction What, string? Note) : MeasureStep
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            Result<SafetyActionRecorded> r = course.RecordSafetyAction(course.SafetyConcerns().Count + Offset, What, today, string.IsNullOrWhiteSpace(Note) ? null : PrivateNote.From(Note));
            return (r.IsSuccess, r.Error);
        }
    }
}

/// <summary>A course script mixing base intents and measurement commands, on any test protocol.</summary>
public sealed record MeasureScript(int ProtocolIndex, IReadOnlyList<MeasureStep> Steps)
{
    public ProtocolDefinition Protocol => TestProtocols.All[ProtocolIndex];

    public TreatmentCourse Run(Action<TreatmentCourse, CourseSnapshot, string, bool, DomainError?, MeasureStep>? observe = null)
    {
        TreatmentCourse course = new CourseScript(ProtocolIndex, []).NewCourse();
        DateOnly today = CourseScript.StartDate;
        foreach (MeasureStep step in Steps)
        {
            CourseSnapshot before = course.ToSnapshot();
            string view = Ipt.Domain.Tests.Measures.MeasureView.Of(course).ToString();
            (bool accepted, DomainError? error) = step.Run(course, ref today);
            observe?.Invoke(course, before, view, accepted, error, step);
        }

        return course;
    }

    public override string ToString() => Protocol.Id + ": " + string.Join(", ", Steps);
}

/// <summary>Arbitraries for conforming courses and measurement scripts. Both shrink.</summary>
public static class ConformingCourseGenerators
{
    private static readonly string[] Codes = ["phq-9", "gad-7", "epds", "ham-d-17", "bdi-ii"];

    /// <summary>Conforming standard-IPT plans, derived from the default <c>int[]</c> arbitrary (so they shrink with it).</summary>
    public static Arbitrary<ConformingPlan> Plans { get; } =
        ArbMap.Default.ArbFor<int[]>().Convert(seed => new ConformingPlan(seed), plan => plan.Seed);

    private static Gen<int[]> AnswersFor(string code)
    {
        int[] maxima = code switch
        {
            "phq-9" => [.. Phq9.Descriptor.ItemMaxima],
            "gad-7" => [.. Gad7.Descriptor.ItemMaxima],
            "epds" => [.. Epds.Descriptor.ItemMaxima],
            "ham-d-17" => [.. HamD17.Descriptor.ItemMaxima],
            _ => [3, 3, 3],
        };
        Gen<int[]> valid = Gen.CollectToArray(maxima.Select(max => Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, max)))));
        return Gen.Frequency(
            (12, valid),
            (1, valid.Select(a => a.Length > 1 ? a[..^1] : a)),
            (1, from a in valid from i in Gen.Choose(0, a.Length - 1) from bad in Gen.Elements(-1, 4, 9) select Set(a, i, bad)));
    }

    private static int[] Set(int[] a, int i, int value)
    {
        int[] copy = (int[])a.Clone();
        copy[i] = value;
        return copy;
    }

    public static Gen<MeasureStep> Step { get; } = Gen.Frequency(
        (10, CourseGenerators.Intent.Select(i => (MeasureStep)new MeasureStep.Base(i))),
        (4, from code in Gen.Elements(Codes)
            from answers in AnswersFor(code)
            from tie in ArbMap.Default.GeneratorFor<bool>()
            from back in Gen.Frequency((12, Gen.Constant(0)), (1, Gen.Choose(1, 20)))
            select (MeasureStep)new MeasureStep.Instrument(code, answers, tie, back)),
        (1, from days in Gen.Frequency((8, Gen.Constant(7)), (1, Gen.Choose(0, 9)))
            from spread in Gen.Choose(0, 90)
            from tie in ArbMap.Default.GeneratorFor<bool>()
            from targets in ArbMap.Default.GeneratorFor<bool>()
            select (MeasureStep)new MeasureStep.SrmWeek(days, spread, tie, targets)),
        (2, from offset in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(-2, 2)))
            from what in Gen.Elements(Enum.GetValues<SafetyAction>())
            from note in CourseGenerators.Notes
            select (MeasureStep)new MeasureStep.Action(offset, what, note)));

    /// <summary>Scripts of up to about 100 steps mixing course intents and measurement commands.</summary>
    public static Arbitrary<MeasureScript> Scripts { get; } = Arb.From(
        from p in Gen.Choose(0, TestProtocols.All.Length - 1)
        from steps in Gen.ListOf(Step).Resize(100)
        select new MeasureScript(p, steps),
        Shrink);

    private static IEnumerable<MeasureScript> Shrink(MeasureScript script)
    {
        IReadOnlyList<MeasureStep> xs = script.Steps;
        if (xs.Count == 0)
        {
            yield break;
        }

        yield return script with { Steps = [.. xs.Take(xs.Count / 2)] };
        for (int i = xs.Count - 1; i >= 0; i--)
        {
            var shorter = new List<MeasureStep>(xs);
            shorter.RemoveAt(i);
            yield return script with { Steps = shorter };
        }
    }
}
