using Ardalis.GuardClauses;
using JasperFx.Events;
using Marten;

namespace Ipt.Domain.Storage.Marten;

/// <summary>Configures Marten for the course store.</summary>
public static class IptStoreOptionsExtensions
{
    /// <summary>The Marten event type name of <see cref="CourseEventRecord"/>.</summary>
    public const string EventTypeName = "ipt-course-event";

    /// <summary>
    /// Adds what <see cref="MartenCourseStore"/> needs to a Marten configuration: Guid stream ids (a course id), the
    /// course event record under a stable name, the command-id and caseload documents (with the caseload's query fields
    /// as indexed columns), and System.Text.Json serialization. Call it inside your own <c>AddMarten</c> to share a
    /// document store with the rest of an application.
    /// </summary>
    /// <param name="options">Marten's options.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    public static StoreOptions UseIptDomain(this StoreOptions options)
    {
        Guard.Against.Null(options);
        options.UseSystemTextJsonForSerialization();
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.MapEventType<CourseEventRecord>(EventTypeName);
        options.Schema.For<CourseCommandRecord>();
        options.Schema.For<CourseCaseload>()
            .Duplicate(x => x.Status);
        return options;
    }
}
