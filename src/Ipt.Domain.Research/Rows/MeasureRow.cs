namespace Ipt.Domain.Research.Rows;

/// <summary>One administration of an item-scored instrument: the row of the long <c>measures</c> table (a course's
/// series of an instrument is its rows in session order).</summary>
/// <param name="Protocol">Protocol id.</param>
/// <param name="Arm">Arm label.</param>
/// <param name="CourseIndex">Index of the course in the seeded population.</param>
/// <param name="Instrument">Instrument code, e.g. <c>phq-9</c>.</param>
/// <param name="SessionNumber">Session it was tied to, or null.</param>
/// <param name="MeasurementPoint">Attended sessions up to that session, or null when not tied to an attended session.</param>
/// <param name="Day">Days from the course start to the administration.</param>
/// <param name="Total">Total score.</param>
/// <param name="SafetyFlag">True when the administration raised a safety flag.</param>
public sealed record MeasureRow(
    string Protocol,
    string Arm,
    int CourseIndex,
    string Instrument,
    int? SessionNumber,
    int? MeasurementPoint,
    int Day,
    int Total,
    bool SafetyFlag);
