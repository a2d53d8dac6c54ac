namespace Ipt.Domain.Research.Rows;

/// <summary>One simulated (or recorded) course, flat: the row of the <c>courses</c> table (see <see cref="Tables.ResearchTables.Courses"/>).
/// Enum values are stable codes (<see cref="Primitives.Codes.Of{TEnum}"/>); a missing value is null, never a default.</summary>
/// <param name="Protocol">Protocol id.</param>
/// <param name="Arm">Arm label (the protocol id unless the caller names the arm).</param>
/// <param name="Seed">Seed of the cohort.</param>
/// <param name="CourseIndex">Index of the course in the seeded population, from 0.</param>
/// <param name="Status">Course status code: <c>active</c>, <c>completed</c> or <c>discontinued</c>.</param>
/// <param name="DiscontinuationReason">Discontinuation reason code, or null.</param>
/// <param name="PhaseReached">Code of the last phase the course entered.</param>
/// <param name="SessionsRecorded">Sessions recorded (attended, no-show or cancelled).</param>
/// <param name="SessionsHeld">Contract sessions held.</param>
/// <param name="SessionsAttended">Sessions attended.</param>
/// <param name="Days">Days from the start to the last event.</param>
/// <param name="DropoutSession">For a dropout, the sessions recorded before it (the time to dropout); otherwise null.</param>
/// <param name="Instrument">Instrument of the primary outcome (the first outcome criteria whose instrument was recorded at least twice), or null.</param>
/// <param name="Baseline">Baseline total of that instrument, or null.</param>
/// <param name="Endpoint">Latest total of that instrument (the endpoint), or null.</param>
/// <param name="EndpointSession">Session number (position in the session log) of the endpoint measure, or null.</param>
/// <param name="EndpointPoint">Measurement point (attended sessions so far) of the endpoint measure, or null.</param>
/// <param name="Change">Endpoint minus baseline (negative = improvement), or null.</param>
/// <param name="Response">Response under the primary criteria, or null when not evaluable.</param>
/// <param name="Remission">Remission under the primary criteria, or null when not evaluable or the criteria define none.</param>
/// <param name="FidelityScore">Fidelity score 0–100, or null when fidelity review is off.</param>
/// <param name="FidelityFindings">Fidelity findings (0 when review is off).</param>
/// <param name="SafetyConcerns">Safety concerns raised on the course.</param>
public sealed record CourseRow(
    string Protocol,
    string Arm,
    long Seed,
    int CourseIndex,
    string Status,
    string? DiscontinuationReason,
    string PhaseReached,
    int SessionsRecorded,
    int SessionsHeld,
    int SessionsAttended,
    int Days,
    int? DropoutSession,
    string? Instrument,
    int? Baseline,
    int? Endpoint,
    int? EndpointSession,
    int? EndpointPoint,
    int? Change,
    bool? Response,
    bool? Remission,
    int? FidelityScore,
    int FidelityFindings,
    int SafetyConcerns);
