using System;
using System.Collections.Generic;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

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
