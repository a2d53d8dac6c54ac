using System;
using System.Collections.Generic;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>
/// The course's command-id index: the position of the first event each caller-chosen command id was stored with
/// (<see cref="TreatmentCourse.ExecuteOnce{T}(string, Func{TreatmentCourse, Result{T}})"/>).
/// </summary>
/// <remarks>A mutable struct held in one field of its <see cref="TreatmentCourse"/>; its map exists only once an event
/// carries a command id.</remarks>
internal struct CommandIdIndex
{
    private Dictionary<string, int>? _first;

    /// <summary>The position (0-based) of the first event stored with <paramref name="id"/>.</summary>
    internal readonly bool TryGetFirst(string id, out int first)
    {
        if (_first is null)
        {
            first = -1;
            return false;
        }

        return _first.TryGetValue(id, out first);
    }

    /// <summary>A command id may recur only on the events one command appends together: a measure and the concern it raised.</summary>
    internal readonly DomainError? Check(CourseEvent e, CourseEvent previous)
    {
        if (e.CommandId is not { } id)
        {
            return null;
        }

        if (!CommandIds.IsValid(id))
        {
            return CourseErrors.CommandIdMalformed();
        }

        if (!TryGetFirst(id, out int first))
        {
            return null;
        }

        bool sameCommand = e is SafetyConcernRaised && previous is MeasureRecorded m && string.Equals(m.CommandId, id, StringComparison.Ordinal);
        return sameCommand ? null : CourseErrors.CommandRepeated(first + 1);
    }

    internal void Remember(CourseEvent e, int index)
    {
        if (e.CommandId is { } id)
        {
            _first ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _first.TryAdd(id, index);
        }
    }
}
