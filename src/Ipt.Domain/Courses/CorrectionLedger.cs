using System.Collections.Generic;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Courses;

/// <summary>
/// The course's correction ledger: which entries of the stored history are marked entered in error or amended, and
/// the corrected record a correction's check rebuilt, handed to its apply so the record is replayed once.
/// </summary>
/// <remarks>A mutable struct held in one field of its <see cref="TreatmentCourse"/>; its map exists only once the
/// history holds a correction.</remarks>
internal struct CorrectionLedger
{
    // Position (0-based) of each corrected entry → its amendment, or null when marked entered in error.
    private Dictionary<int, CourseEvent?>? _map;

    // The corrected record rebuilt by the last successful check of a correction.
    private EntryCorrected? _checked;
    private TreatmentCourse? _checkedCourse;

    /// <summary>True once the history holds a correction.</summary>
    internal readonly bool Any => _map is not null;

    /// <summary>The entry at <paramref name="index"/> as currently corrected: its latest amendment, or itself.</summary>
    internal readonly CourseEvent Current(int index, CourseEvent stored) =>
        _map is not null && _map.TryGetValue(index, out CourseEvent? amended) && amended is not null ? amended : stored;

    /// <summary>True when the entry at <paramref name="index"/> is marked entered in error.</summary>
    internal readonly bool IsInError(int index) => _map is not null && _map.TryGetValue(index, out CourseEvent? marked) && marked is null;

    /// <summary>The map as it would be with <paramref name="c"/> applied; this ledger is unchanged.</summary>
    internal readonly Dictionary<int, CourseEvent?> With(EntryCorrected c)
    {
        var map = _map is null ? new Dictionary<int, CourseEvent?>() : new Dictionary<int, CourseEvent?>(_map);
        map[c.Entry - 1] = c.Amendment;
        return map;
    }

    /// <summary>Remembers the corrected record a successful check rebuilt for <paramref name="c"/>.</summary>
    internal void Checked(EntryCorrected c, TreatmentCourse corrected)
    {
        _checked = c;
        _checkedCourse = corrected;
    }

    /// <summary>Records <paramref name="c"/>; returns the corrected record its check rebuilt, or null when it was not checked last.</summary>
    internal TreatmentCourse? Apply(EntryCorrected c)
    {
        TreatmentCourse? course = ReferenceEquals(_checked, c) ? _checkedCourse : null;
        (_map ??= new Dictionary<int, CourseEvent?>())[c.Entry - 1] = c.Amendment;
        _checked = null;
        _checkedCourse = null;
        return course;
    }

    /// <summary>The stored history as corrected by this ledger (see <see cref="TreatmentCourse.CorrectedHistory"/>).</summary>
    internal readonly List<CourseEvent> Corrected(List<CourseEvent> events) => Corrected(events, _map!, null);

    /// <summary>The stored history without corrections and entries in error, amendments in place; <paramref name="positions"/>
    /// receives each kept entry's position in the stored history.</summary>
    internal static List<CourseEvent> Corrected(List<CourseEvent> events, Dictionary<int, CourseEvent?> map, List<int>? positions)
    {
        var list = new List<CourseEvent>(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            CourseEvent e = events[i];
            if (e is EntryCorrected)
            {
                continue;
            }

            if (map.TryGetValue(i, out CourseEvent? amendment))
            {
                if (amendment is null)
                {
                    continue;
                }

                e = amendment;
            }

            list.Add(e);
            positions?.Add(i);
        }

        return list;
    }
}
