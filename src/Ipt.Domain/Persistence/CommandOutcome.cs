using Ardalis.GuardClauses;
using System.Collections.Generic;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Persistence;

/// <summary>What <see cref="CourseUnitOfWork.ExecuteAsync{T}"/> did.</summary>
/// <typeparam name="T">The command's success value.</typeparam>
/// <param name="Value">The command's own success value from the attempt that was appended. When
/// <paramref name="AlreadyApplied"/> (the command was not run again) it is the original event when the command's value
/// is one of its events (e.g. <see cref="SessionRecorded"/>), else default; <see cref="Events"/> holds the original events.</param>
/// <param name="Version">The course's stored version after the command.</param>
/// <param name="Attempts">How many times the course was loaded and the command run (1 without a conflict).</param>
/// <param name="AlreadyApplied">True when the stored course already held this command id
/// (<see cref="TreatmentCourse.ExecuteOnce{T}"/> found it): nothing was appended now.</param>
public sealed record CommandOutcome<T>(T? Value, int Version, int Attempts, bool AlreadyApplied)
{
    /// <summary>The events the command appended, or — when <see cref="AlreadyApplied"/> — the events it had appended the
    /// first time, as stored.</summary>
    public IReadOnlyList<CourseEvent> Events { get; init; } = [];
}
