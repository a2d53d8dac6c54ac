using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>A real store with another writer that appends just before this writer's append (once, or every time):
/// a lost race made deterministic.</summary>
internal sealed class InterferingStore(ICourseStore inner, Func<Task> otherWriter, bool always = false) : ICourseStore
{
    private bool _done;

    public Task<Result<TreatmentCourse>> LoadAsync(CourseId id, CancellationToken cancellationToken = default) => inner.LoadAsync(id, cancellationToken);

    public Task<Result<IReadOnlyList<CourseEvent>>> ReadHistoryAsync(CourseId id, CancellationToken cancellationToken = default) => inner.ReadHistoryAsync(id, cancellationToken);

    public Task<Result<int?>> FindCommandAsync(CourseId id, string commandId, CancellationToken cancellationToken = default) => inner.FindCommandAsync(id, commandId, cancellationToken);

    public async Task<Result<AppendOutcome>> AppendAsync(CourseId id, int expectedVersion, IReadOnlyList<CourseEvent> events, string? commandId = null, CancellationToken cancellationToken = default)
    {
        if (always || !_done)
        {
            _done = true;
            await otherWriter();
        }

        return await inner.AppendAsync(id, expectedVersion, events, commandId, cancellationToken);
    }
}
