namespace Ipt.Domain.Phases;

/// <summary>Whether a course is still running. Stored code in brackets.</summary>
public enum CourseStatus
{
    /// <summary>In one of its protocol's phases (<c>active</c>).</summary>
    Active = 0,

    /// <summary>Completed as planned (<c>completed</c>).</summary>
    Completed = 1,

    /// <summary>Ended early, with a reason (<c>discontinued</c>).</summary>
    Discontinued = 2,
}
