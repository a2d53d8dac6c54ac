using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Storage.Marten;

/// <summary>Computes a <see cref="CourseCaseload"/> row from a course as the library rebuilt it.</summary>
public static class CaseloadProjection
{
    /// <summary>The caseload row of a course.</summary>
    /// <param name="course">The course.</param>
    /// <param name="tag">The tag to keep (the row's previous tag), or null.</param>
    /// <returns>A new row.</returns>
    public static CourseCaseload From(TreatmentCourse course, string? tag)
    {
        Guard.Against.Null(course);
        bool active = course.Status == CourseStatus.Active;
        System.DateOnly? last = course.Sessions.Count == 0 ? null : course.Sessions[^1].Date;
        string[] due = [.. System.Linq.Enumerable.Select(course.MeasuresDue(), m => m.InstrumentCode)];
        return new CourseCaseload
        {
            Id = course.Id.Value,
            Version = course.Version,
            ProtocolId = course.Protocol.Id,
            Status = Codes.Of(course.Status),
            Phase = active && course.CurrentPhase is { } p ? Codes.Of(p.Kind) : null,
            OpenSafetyConcerns = course.OpenSafetyConcerns().Count,
            MeasuresDue = due,
            MeasuresDueCount = due.Length,
            StartedOn = course.StartedOn,
            LastSessionOn = last,
            NextSessionDueBy = active && (course.CurrentPhase is { } phase ? course.Protocol.CadenceOf(phase.Kind) : course.Protocol.Cadence).NominalIntervalDays() is int days ? (last ?? course.StartedOn).AddDays(days) : null,
            Tag = tag,
        };
    }
}
