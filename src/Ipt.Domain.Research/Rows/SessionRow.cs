namespace Ipt.Domain.Research.Rows;

/// <summary>One recorded session: the row of the long <c>sessions</c> table.</summary>
/// <param name="Protocol">Protocol id.</param>
/// <param name="Arm">Arm label.</param>
/// <param name="CourseIndex">Index of the course in the seeded population.</param>
/// <param name="SessionNumber">Position in the session log, from 1.</param>
/// <param name="Day">Days from the course start to the session.</param>
/// <param name="Attendance">Attendance code: <c>attended</c>, <c>no-show</c> or <c>cancelled</c>.</param>
/// <param name="Phase">Code of the phase the session fell in.</param>
/// <param name="ContractSession">The contract session it counted as, or null when it did not count.</param>
/// <param name="MeasurementPoint">Attended sessions so far, this one included, when attended; otherwise null.</param>
public sealed record SessionRow(
    string Protocol,
    string Arm,
    int CourseIndex,
    int SessionNumber,
    int Day,
    string Attendance,
    string Phase,
    int? ContractSession,
    int? MeasurementPoint);
