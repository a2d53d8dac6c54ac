namespace Ipt.Domain.Phases;

/// <summary>A state of the phase machine: an active phase, or completed, or discontinued.</summary>
/// <param name="Status">Whether the course is active.</param>
/// <param name="Phase">The phase, meaningful only while <see cref="Status"/> is <see cref="CourseStatus.Active"/>.</param>
public readonly record struct CourseState(CourseStatus Status, PhaseKind Phase)
{
    /// <summary>The completed state.</summary>
    public static CourseState Completed => new(CourseStatus.Completed, default);

    /// <summary>The discontinued state.</summary>
    public static CourseState Discontinued => new(CourseStatus.Discontinued, default);

    /// <summary>An active phase.</summary>
    /// <param name="phase">The phase.</param>
    public static CourseState In(PhaseKind phase) => new(CourseStatus.Active, phase);

    /// <summary>The phase kind or the status, e.g. <c>Middle</c> or <c>Completed</c>.</summary>
    public override string ToString() => Status == CourseStatus.Active ? Phase.ToString() : Status.ToString();
}
