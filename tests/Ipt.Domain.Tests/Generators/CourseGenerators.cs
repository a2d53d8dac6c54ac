using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Generators;

/// <summary>
/// What a clinician might do next. Most intents are resolved against the live course when they run
/// ("complete an outstanding task", "advance to the next phase"), so generated courses progress through the
/// protocol; the others are arbitrary and often rejected, which exercises every rule.
/// </summary>
public abstract record Intent
{
    private Intent()
    {
    }

    /// <summary>Runs the intent on the course; returns the command's result as (accepted, error).</summary>
    internal abstract (bool Accepted, DomainError? Error) Run(TreatmentCourse course, ref DateOnly today);

    /// <summary>Records a session after <paramref name="GapDays"/> days (0 = same day, often rejected).</summary>
    public sealed record Session(int GapDays, int AttendanceRoll, bool Remote, string? Note) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            today = today.AddDays(GapDays);
            Attendance attendance = AttendanceRoll switch { 8 => Attendance.NoShow, 9 => Attendance.Cancelled, _ => Attendance.Attended };
            PrivateNote? note = string.IsNullOrWhiteSpace(Note) ? null : PrivateNote.From(Note);
            return Outcome(course.RecordSession(today, attendance, Remote ? SessionModality.Remote : SessionModality.InPerson, note));
        }
    }

    /// <summary>Records a session dated before today (always rejected).</summary>
    public sealed record BackdatedSession(int DaysBack) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Outcome(course.RecordSession(today.AddDays(-DaysBack), Attendance.Attended));
    }

    /// <summary>Completes the first task the course may complete now, if any; an inventory gets <paramref name="Label"/> as a person's label.</summary>
    public sealed record CompleteOutstandingTask(string? Label) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            ProtocolDefinition p = course.Protocol;
            int state = course.CurrentPhase is { } phase ? p.IndexOf(phase.Kind) : int.MaxValue;
            foreach (TherapyTask t in p.AllRequiredTasks.Except(course.CompletedTasks).ToList())
            {
                if (p.EarliestPhaseIndex(t) <= state)
                {
                    return t switch
                    {
                        TherapyTask.InterpersonalInventory => Outcome(course.CompleteInventory(ClinicalSamples.Inventory(Label ?? "partner"), today)),
                        TherapyTask.FormulationAgreed => Outcome(course.AgreeFormulation(ClinicalSamples.Formulation(p), today)),
                        TherapyTask.ContinuationDecided => Outcome(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, today)),
                        _ => Outcome(course.CompleteTask(t, today)),
                    };
                }
            }

            return Outcome(course.CompleteTask(TherapyTask.Diagnosis, today));
        }
    }

    /// <summary>Completes any task, valid or not.</summary>
    public sealed record CompleteAnyTask(TherapyTask Task) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Outcome(course.CompleteTask(Task, today));
    }

    /// <summary>Begins the next phase, or completes the course from its last counted phase (or, when
    /// <paramref name="IntoOptionalPhase"/>, begins an optional phase such as maintenance that follows it).</summary>
    public sealed record Advance(bool IntoOptionalPhase) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            ProtocolDefinition p = course.Protocol;
            if (course.CurrentPhase is not { } phase)
            {
                return Outcome(course.Complete(today));
            }

            int i = p.IndexOf(phase.Kind);
            CourseTrigger trigger = i + 1 < p.Phases.Length && (i < p.Machine.LastCountedPhaseIndex || IntoOptionalPhase)
                ? CourseTriggers.Begin(p.Phases[i + 1].Kind)
                : CourseTrigger.Complete;
            return Outcome(course.Fire(trigger, today));
        }
    }

    /// <summary>Fires any trigger but discontinue.</summary>
    public sealed record FireAny(CourseTrigger Trigger) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Trigger == CourseTrigger.Discontinue ? Outcome(course.Discontinue(today, DiscontinuationReason.Other)) : Outcome(course.Fire(Trigger, today));
    }

    /// <summary>Changes the contract by <paramref name="Delta"/> sessions (zero or negative is rejected).</summary>
    public sealed record Extend(int Delta) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Outcome(course.ExtendContract(course.ContractedSessions + Delta, today));
    }

    /// <summary>Proposes a formulation with the given areas (often rejected: too many, not allowed, duplicates).</summary>
    public sealed record ProposeFormulation(ProblemArea[] Areas) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            var foci = new List<FormulationFocus>();
            foreach (ProblemArea a in Areas)
            {
                foci.Add(new FormulationFocus(a, a == ProblemArea.RoleDispute
                    ? new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse) { OtherPartyPerson = PersonId.From(1) }
                    : FormulationGenerators.DetailFor(a)));
            }

            return Outcome(course.AgreeFormulation(new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, foci), today));
        }

        /// <inheritdoc />
        public override string ToString() => "ProposeFormulation [" + string.Join(", ", Areas) + "]";
    }

    /// <summary>Moves the dispute stage (rejected when the edge is not allowed or there is no dispute focus).</summary>
    public sealed record MoveDispute(DisputeStage Stage) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Outcome(course.MoveDisputeStage(Stage, today));
    }

    /// <summary>Records work on the first focus area (or on <paramref name="Area"/> when given) with a technique and a goal rating.</summary>
    public sealed record Work(ProblemArea? Area, string Technique, int GoalIndex, GoalProgress Progress) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            ProblemArea area = Area ?? (course.Formulation is { Foci.Count: > 0 } f ? f.Foci[0].Area : ProblemArea.RoleDispute);
            IReadOnlyList<ProblemAreaGoal> goals = ProblemAreaStrategies.For(area).Goals;
            return Outcome(course.RecordSessionWork(area, [Technique], [new GoalRating(goals[GoalIndex % goals.Count].Code, Progress)]));
        }
    }

    /// <summary>Discontinues the course.</summary>
    public sealed record Discontinue(DiscontinuationReason Reason, string? Note) : Intent
    {
        internal override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Outcome(course.Discontinue(today, Reason, string.IsNullOrWhiteSpace(Note) ? null : PrivateNote.From(Note)));
    }

    private static (bool, DomainError?) Outcome<T>(Result<T> r) => (r.IsSuccess, r.Error);
}

/// <summary>A protocol and a sequence of intents to run on a fresh course.</summary>
public sealed record CourseScript(int ProtocolIndex, IReadOnlyList<Intent> Intents)
{
    /// <summary>The protocol.</summary>
    public ProtocolDefinition Protocol => TestProtocols.All[ProtocolIndex];

    /// <summary>Start date used by every script.</summary>
    public static DateOnly StartDate => new(2026, 1, 5);

    /// <summary>A fresh course for the script.</summary>
    public TreatmentCourse NewCourse() =>
        Ipt.Domain.Tests.Courses.CourseFixture.StartAny(CourseId.From(new Guid(ProtocolIndex + 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)), ClientRef.From("client-7"), Protocol, StartDate);

    /// <summary>Runs every intent; calls <paramref name="observe"/> around each command.</summary>
    public TreatmentCourse Run(Action<TreatmentCourse, CourseSnapshot, bool, DomainError?>? observe = null)
    {
        TreatmentCourse course = NewCourse();
        DateOnly today = StartDate;
        foreach (Intent intent in Intents)
        {
            CourseSnapshot before = course.ToSnapshot();
            (bool accepted, DomainError? error) = intent.Run(course, ref today);
            observe?.Invoke(course, before, accepted, error);
        }

        return course;
    }

    /// <summary>Short description for counterexamples.</summary>
    public override string ToString() => Protocol.Id + ": " + string.Join(", ", Intents);
}

/// <summary>FsCheck arbitraries for courses. Built from default generators, so failures shrink.</summary>
public static class CourseGenerators
{
    /// <summary>Notes, sometimes absent; printable text with a marker that must never leak.</summary>
    public static Gen<string?> Notes { get; } =
        Gen.Frequency(
            (3, Gen.Constant<string?>(null)),
            (1, ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => (string?)("SECRET-" + s.Get.Replace('\0', 'x')))));

    /// <summary>One intent, weighted toward progress.</summary>
    public static Gen<Intent> Intent { get; } = Gen.Frequency(
        (12, from gap in Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Choose(1, 10)))
             from roll in Gen.Choose(0, 9)
             from remote in ArbMap.Default.GeneratorFor<bool>()
             from note in Notes
             select (Intent)new Intent.Session(gap, roll, remote, note)),
        (9, Notes.Select(label => (Intent)new Intent.CompleteOutstandingTask(label is null ? null : label[..System.Math.Min(label.Length, 40)]))),
        (1, Gen.ArrayOf(Gen.Elements(Enum.GetValues<ProblemArea>())).Select(a => (Intent)new Intent.ProposeFormulation(a))),
        (1, Gen.Elements(Enum.GetValues<DisputeStage>()).Select(s => (Intent)new Intent.MoveDispute(s))),
        (3, from area in Gen.Frequency((5, Gen.Constant<ProblemArea?>(null)), (1, Gen.Elements(Enum.GetValues<ProblemArea>()).Select(a => (ProblemArea?)a)))
            from technique in Gen.Elements("communication-analysis", "TECH-DA", "role-play", "encouragement-of-affect", "guided-imagery-rescripting", "no-such-technique")
            from goal in Gen.Choose(0, 5)
            from progress in Gen.Elements(Enum.GetValues<GoalProgress>())
            select (Intent)new Intent.Work(area, technique, goal, progress)),
        (4, ArbMap.Default.GeneratorFor<bool>().Select(b => (Intent)new Intent.Advance(b))),
        (1, Gen.Choose(1, 30).Select(d => (Intent)new Intent.BackdatedSession(d))),
        (1, Gen.Elements(Enum.GetValues<TherapyTask>()).Select(t => (Intent)new Intent.CompleteAnyTask(t))),
        (1, Gen.Elements(Enum.GetValues<CourseTrigger>()).Select(t => (Intent)new Intent.FireAny(t))),
        (1, Gen.Choose(-2, 5).Select(d => (Intent)new Intent.Extend(d))),
        (1, Gen.Frequency((24, Gen.Constant(false)), (1, Gen.Constant(true)))
             .SelectMany(go => go
                ? from r in Gen.Elements(Enum.GetValues<DiscontinuationReason>()) from n in Notes select (Intent)new Intent.Discontinue(r, n)
                : Gen.Constant<Intent>(new Intent.Session(7, 0, false, null)))));

    /// <summary>Scripts of up to about 120 intents on any test protocol.</summary>
    public static Arbitrary<CourseScript> Scripts { get; } = Arb.From(
        from p in Gen.Choose(0, TestProtocols.All.Length - 1)
        from intents in Gen.ListOf(Intent).Resize(120)
        select new CourseScript(p, intents),
        script => ShrinkScript(script));

    private static IEnumerable<CourseScript> ShrinkScript(CourseScript script)
    {
        IReadOnlyList<Intent> xs = script.Intents;
        if (xs.Count == 0)
        {
            yield break;
        }

        yield return script with { Intents = [.. System.Linq.Enumerable.Take(xs, xs.Count / 2)] };
        for (int i = xs.Count - 1; i >= 0; i--)
        {
            var shorter = new List<Intent>(xs);
            shorter.RemoveAt(i);
            yield return script with { Intents = shorter };
        }
    }
}
