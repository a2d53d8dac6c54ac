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

/// <summary>A protocol and a sequence of intents to run on a fresh course.</summary>
public sealed record CourseScript(int ProtocolIndex, IReadOnlyList<Intent> Intents)
{
    /// <summary>The protocol.</summary>
    public ProtocolDefinition Protocol => TestProtocols.All[ProtocolIndex];

    /// <summary>Start date used by every script.</summary>
    public static DateOnly StartDate => new(2026, 1, 5);

    /// <summary>A fresh course for the script.</summary>
    public TreatmentCourse NewCourse() =>
        CourseFixture.StartAny(CourseId.From(new Guid(ProtocolIndex + 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)), ClientRef.From("client-7"), Protocol, StartDate);

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
    /// <summary>Notes, sometimes absent (<see cref="IntentGenerators.Notes"/>).</summary>
    public static Gen<string?> Notes => IntentGenerators.Notes;

    /// <summary>One intent, weighted toward progress (<see cref="IntentGenerators.Intent"/>).</summary>
    public static Gen<Intent> Intent => IntentGenerators.Intent;

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
