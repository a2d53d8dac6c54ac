using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Simulation;

/// <summary>One simulated course.</summary>
/// <param name="Index">Index in the cohort, from 0.</param>
/// <param name="Course">The course itself: its <see cref="TreatmentCourse.History"/> replays to an equal course.</param>
/// <param name="Status">How it ended.</param>
/// <param name="SessionsRecorded">Sessions recorded, attended or not.</param>
/// <param name="Days">Days from the start to the last event.</param>
/// <param name="Phases">Time in each phase of the protocol, in protocol order (phases never entered have <c>Entered</c> 0).</param>
/// <param name="IsResponse">Response under the first outcome criteria whose instrument was recorded at least twice; null when none was.</param>
/// <param name="IsRemission">Remission under the same criteria; null when none was recorded twice or the criteria define none.</param>
/// <param name="BaselineTotal">Baseline total of that instrument, or null.</param>
/// <param name="LatestTotal">Latest total of that instrument, or null.</param>
/// <param name="FidelityScore">Fidelity score, or null when fidelity review is off.</param>
/// <param name="FidelityFindings">Number of fidelity findings (0 when review is off).</param>
public sealed record SimulatedCourse(
    int Index,
    TreatmentCourse Course,
    CourseStatus Status,
    int SessionsRecorded,
    int Days,
    IReadOnlyList<PhaseTime> Phases,
    bool? IsResponse,
    bool? IsRemission,
    int? BaselineTotal,
    int? LatestTotal,
    int? FidelityScore,
    int FidelityFindings)
{
    /// <summary>Contract sessions held.</summary>
    public int SessionsHeld => Course.SessionsHeld;

    /// <summary>Sessions attended.</summary>
    public int SessionsAttended => Course.SessionsAttended;

    /// <summary>Why the course was discontinued, or null.</summary>
    public DiscontinuationReason? DiscontinuationReason => Course.DiscontinuationReason;
}
