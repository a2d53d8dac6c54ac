using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>One step of a variant script: a base <see cref="Intent"/>, or a session with chosen participants.</summary>
public abstract record VariantStep
{
    private VariantStep()
    {
    }

    /// <summary>Runs the step on the course; returns the command's result as (accepted, error).</summary>
    /// <param name="course">The course.</param>
    /// <param name="today">The current date; a session step moves it on.</param>
    public abstract (bool Accepted, DomainError? Error) Run(TreatmentCourse course, ref DateOnly today);

    /// <summary>A base intent from <see cref="IntentGenerators.Intent"/>.</summary>
    public sealed record Base(Intent Intent) : VariantStep
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Intent.Run(course, ref today);

        /// <inheritdoc />
        public override string ToString() => Intent.ToString();
    }

    /// <summary>A session after <paramref name="GapDays"/> days. <paramref name="ParticipantRoll"/> 0–6 brings whoever
    /// the protocol's format needs (the partner in a conjoint format), 7 the partner, 8 a parent, 9 nobody.</summary>
    public sealed record Session(int GapDays, int AttendanceRoll, int ParticipantRoll) : VariantStep
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            today = today.AddDays(GapDays);
            Attendance attendance = AttendanceRoll switch { 8 => Attendance.NoShow, 9 => Attendance.Cancelled, _ => Attendance.Attended };
            SessionParticipants who = ParticipantRoll switch
            {
                7 => SessionParticipants.Partner,
                8 => SessionParticipants.ParentOrCaregiver,
                9 => SessionParticipants.ClientOnly,
                _ => course.Protocol.Format == TherapyFormat.Conjoint ? SessionParticipants.Partner : SessionParticipants.ClientOnly,
            };
            Result<Ipt.Domain.Courses.Events.SessionRecorded> r = course.RecordSession(today, attendance, participants: who);
            return (r.IsSuccess, r.Error);
        }
    }
}

/// <summary>A built-in protocol and a sequence of steps to run on a fresh course.</summary>
public sealed record VariantScript(int ProtocolIndex, IReadOnlyList<VariantStep> Steps)
{
    /// <summary>The protocol.</summary>
    public ProtocolDefinition Protocol => BuiltInProtocols.All[ProtocolIndex];

    /// <summary>A fresh course on <see cref="Protocol"/>, started on <see cref="CourseFixture.Start"/>.</summary>
    public TreatmentCourse NewCourse() =>
        CourseFixture.StartAny(CourseId.From(new Guid(ProtocolIndex + 100, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)), ClientRef.From("client-9"), Protocol, CourseFixture.Start);

    /// <summary>Runs every step on a fresh course; calls <paramref name="observe"/> after each command with the course,
    /// its snapshot before the command, whether the command was accepted and its error.</summary>
    /// <param name="observe">Called after each step, or null.</param>
    /// <returns>The course after every step.</returns>
    public TreatmentCourse Run(Action<TreatmentCourse, CourseSnapshot, bool, DomainError?>? observe = null)
    {
        TreatmentCourse course = NewCourse();
        DateOnly today = CourseFixture.Start;
        foreach (VariantStep step in Steps)
        {
            CourseSnapshot before = course.ToSnapshot();
            (bool accepted, DomainError? error) = step.Run(course, ref today);
            observe?.Invoke(course, before, accepted, error);
        }

        return course;
    }

    /// <summary>Short description for counterexamples.</summary>
    public override string ToString() => Protocol.Id + ": " + string.Join(", ", Steps);
}

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
