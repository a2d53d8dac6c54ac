using System.Globalization;
using System.Text;

namespace Ipt.Domain.Research.Statistics;

/// <summary>One arm's results with their uncertainty. Value-equal: two runs with the same seed and settings give
/// <c>==</c> summaries (every list is an <see cref="EquatableArray{T}"/>).</summary>
/// <param name="Arm">Arm label.</param>
/// <param name="Protocol">Protocol id.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Courses">Courses simulated.</param>
/// <param name="Schedules">Measurement schedule ids of the protocol.</param>
/// <param name="Instrument">Primary outcome instrument (the one most courses used), or null.</param>
/// <param name="Completion">Completed / courses.</param>
/// <param name="Dropout">Dropouts / courses.</param>
/// <param name="Discontinuation">Discontinued for any reason / courses.</param>
/// <param name="Response">Responders / evaluable courses.</param>
/// <param name="Remission">Remitters / evaluable courses, or null when the criteria define no remission.</param>
/// <param name="Baseline">Baseline total of the primary instrument.</param>
/// <param name="Endpoint">Endpoint total.</param>
/// <param name="Change">Endpoint minus baseline.</param>
/// <param name="ChangePercentiles">Percentiles of the change.</param>
/// <param name="SessionsAttended">Sessions attended per course.</param>
/// <param name="SessionsAttendedPercentiles">Percentiles of sessions attended.</param>
/// <param name="EndpointPoint">Percentiles of the measurement point of the endpoint (when the "endpoint" was measured).</param>
/// <param name="Fidelity">Fidelity score, or null when review was off.</param>
/// <param name="TimeToDropout">Kaplan–Meier curve of time to dropout (sessions recorded).</param>
/// <param name="Trajectory">Mean total per instrument and measurement point.</param>
public sealed record ArmSummary(
    string Arm,
    string Protocol,
    long Seed,
    long Courses,
    EquatableArray<string> Schedules,
    string? Instrument,
    Proportion Completion,
    Proportion Dropout,
    Proportion Discontinuation,
    Proportion Response,
    Proportion? Remission,
    MeanEstimate Baseline,
    MeanEstimate Endpoint,
    MeanEstimate Change,
    Percentiles ChangePercentiles,
    MeanEstimate SessionsAttended,
    Percentiles SessionsAttendedPercentiles,
    Percentiles EndpointPoint,
    MeanEstimate? Fidelity,
    EquatableArray<SurvivalPoint> TimeToDropout,
    EquatableArray<TrajectoryPoint> Trajectory)
{
    /// <summary>A plain-text report, invariant culture.</summary>
    public string Describe()
    {
        var b = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        b.Append(c, $"arm {Arm} (protocol {Protocol}), seed {Seed}, {Courses:N0} courses").AppendLine();
        b.Append(c, $"  completion       {Completion}").AppendLine();
        b.Append(c, $"  dropout          {Dropout}").AppendLine();
        b.Append(c, $"  response         {Response}  [{Instrument ?? "none"}]").AppendLine();
        b.Append(c, $"  remission        {(Remission is null ? "n/a" : Remission.ToString())}").AppendLine();
        b.Append(c, $"  baseline         {Baseline}").AppendLine();
        b.Append(c, $"  endpoint         {Endpoint}; endpoint at measurement point {EndpointPoint}").AppendLine();
        b.Append(c, $"  change           {Change}; {ChangePercentiles}").AppendLine();
        b.Append(c, $"  sessions attended {SessionsAttended}; {SessionsAttendedPercentiles}").AppendLine();
        if (Fidelity is not null)
        {
            b.Append(c, $"  fidelity score   {Fidelity}").AppendLine();
        }

        return b.ToString();
    }
}
