using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Persistence;

// docs:store-begin
/// <summary>An example course store: one JSON history document and its version per course, kept in memory.
/// A database would keep the same two columns and do the check-and-write in one transaction.</summary>
public sealed class InMemoryCourseStore
{
    private readonly Dictionary<CourseId, (string Json, int Version)> _rows = [];
    private readonly object _gate = new();             // a plain object: System.Threading.Lock is .NET 9+

    public Result<TreatmentCourse> Load(CourseId id, ProtocolDefinition protocol)
    {
        string json;
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out var row))
            {
                return new DomainError("store.course-not-found", "No course is stored under this id.");
            }

            json = row.Json;
        }

        return CourseHistoryJson.Deserialize(json).Bind(events => TreatmentCourse.FromHistory(events, protocol));
    }

    /// <summary>Appends the events recorded since <paramref name="expectedVersion"/> (the version the caller loaded,
    /// 0 for a new course), unless another writer saved first.</summary>
    public Result<int> Save(TreatmentCourse course, int expectedVersion)
    {
        lock (_gate)
        {
            _rows.TryGetValue(course.Id, out var row);   // (null, 0) when the course is new
            Result<Unit> check = ConcurrencyCheck.Verify(row.Version, expectedVersion);
            if (check.IsFailure)
            {
                return check.Error;                        // persistence.version-conflict
            }

            Result<IReadOnlyList<CourseEvent>> pending = ConcurrencyCheck.PendingEvents(course, expectedVersion);
            if (pending.IsFailure)
            {
                return pending.Error;
            }

            IEnumerable<CourseEvent> stored = row.Json is null ? [] : CourseHistoryJson.Deserialize(row.Json).Value;
            CourseEvent[] history = [.. stored.Concat(pending.Value)];
            _rows[course.Id] = (CourseHistoryJson.Serialize(history), history.Length);
            return history.Length;
        }
    }
}
// docs:store-end
