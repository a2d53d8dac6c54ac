using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Serialization;

/// <summary>
/// The table of every course event type and its <c>$type</c> name, in the order the types were introduced. Adapters
/// (event stores, read models) use it instead of reflecting over the serialization attributes.
/// </summary>
public static class CourseEventTypes
{
    private static readonly CourseEventType[] Table =
    [
        new("course-started", typeof(CourseStarted)),
        new("session-recorded", typeof(SessionRecorded)),
        new("task-completed", typeof(TaskCompleted)),
        new("phase-begun", typeof(PhaseBegun)),
        new("contract-extended", typeof(ContractExtended)),
        new("course-completed", typeof(CourseCompleted)),
        new("course-discontinued", typeof(CourseDiscontinued)),
        new("continuation-decided", typeof(ContinuationDecided)),
        new("inventory-completed", typeof(InventoryCompleted)),
        new("formulation-agreed", typeof(FormulationAgreed)),
        new("session-work-recorded", typeof(SessionWorkRecorded)),
        new("dispute-stage-changed", typeof(DisputeStageChanged)),
        new("measure-recorded", typeof(MeasureRecorded)),
        new("safety-concern-raised", typeof(SafetyConcernRaised)),
        new("safety-action-recorded", typeof(SafetyActionRecorded)),
        new("social-rhythm-week-recorded", typeof(SocialRhythmWeekRecorded)),
        new("entry-corrected", typeof(EntryCorrected)),
    ];

    /// <summary>Every event type, each once.</summary>
    public static IReadOnlyList<CourseEventType> All { get; } = Array.AsReadOnly(Table);

    /// <summary>The <c>$type</c> name of an event.</summary>
    /// <param name="courseEvent">The event.</param>
    /// <returns>The name, e.g. <c>session-recorded</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="courseEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The event's type is not one of the library's event types.</exception>
    public static string NameOf(CourseEvent courseEvent)
    {
        Guard.Against.Null(courseEvent);
        return NameOf(courseEvent.GetType());
    }

    /// <summary>The <c>$type</c> name of an event type.</summary>
    /// <param name="eventType">The event's record type.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="eventType"/> is not one of the library's event types.</exception>
    public static string NameOf(Type eventType)
    {
        Guard.Against.Null(eventType);
        foreach (CourseEventType t in Table)
        {
            if (t.ClrType == eventType)
            {
                return t.Name;
            }
        }

        throw new ArgumentException("Not a course event type of this library.", nameof(eventType));
    }

    /// <summary>Finds the event type of a <c>$type</c> name, spelt exactly.</summary>
    /// <param name="name">The name, e.g. <c>session-recorded</c>.</param>
    /// <param name="eventType">The event type, or null when the name is unknown.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryFind(string? name, out CourseEventType? eventType)
    {
        foreach (CourseEventType t in Table)
        {
            if (string.Equals(t.Name, name, StringComparison.Ordinal))
            {
                eventType = t;
                return true;
            }
        }

        eventType = null;
        return false;
    }
}
