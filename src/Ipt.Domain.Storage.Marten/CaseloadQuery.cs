using System;

namespace Ipt.Domain.Storage.Marten;

/// <summary>A caseload question; every filter left null is not applied.</summary>
public sealed record CaseloadQuery
{
    /// <summary>Only courses with this status code (<c>active</c>, <c>completed</c>, <c>discontinued</c>).</summary>
    public string? Status { get; init; }

    /// <summary>Only active courses in this phase (code, e.g. <c>middle</c>).</summary>
    public string? Phase { get; init; }

    /// <summary>True: only courses with an open safety concern; false: only those without.</summary>
    public bool? HasOpenSafetyConcern { get; init; }

    /// <summary>True: only courses due a measure at their latest session.</summary>
    public bool? DueAMeasure { get; init; }

    /// <summary>Only active courses overdue for a session on this date (<see cref="CourseCaseload.NextSessionDueBy"/>
    /// before it).</summary>
    public DateOnly? OverdueForSessionOn { get; init; }

    /// <summary>Only courses with this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>The most rows returned (default 1000).</summary>
    public int Limit { get; init; } = 1000;
}
