using System.Collections.Immutable;
using Ipt.Domain.Research.Rows;

namespace Ipt.Domain.Research.Tables;

/// <summary>The three tables of a cohort export.</summary>
public static class ResearchTables
{
    /// <summary>One row per course.</summary>
    public static ResearchTable<CourseRow> Courses { get; } = new("courses",
    [
        ResearchColumn<CourseRow>.Text("protocol", false, "Protocol id, e.g. `ipt`, `ipt-b`.", r => r.Protocol),
        ResearchColumn<CourseRow>.Text("arm", false, "Arm label (the protocol id unless named).", r => r.Arm),
        ResearchColumn<CourseRow>.Whole("seed", false, "Seed of the cohort.", r => r.Seed),
        ResearchColumn<CourseRow>.Whole("course_index", false, "Index of the course in the seeded population, from 0; the same index is the same simulated client in every arm.", r => r.CourseIndex),
        ResearchColumn<CourseRow>.Text("status", false, "`active`, `completed` or `discontinued`.", r => r.Status),
        ResearchColumn<CourseRow>.Text("discontinuation_reason", true, "`dropout`, `clinical-deterioration`, ... or empty.", r => r.DiscontinuationReason),
        ResearchColumn<CourseRow>.Text("phase_reached", false, "Code of the last phase entered (`initial`, `middle`, `termination`, ...).", r => r.PhaseReached),
        ResearchColumn<CourseRow>.Whole("sessions_recorded", false, "Sessions recorded: attended, no-show or cancelled.", r => r.SessionsRecorded),
        ResearchColumn<CourseRow>.Whole("sessions_held", false, "Contract sessions held.", r => r.SessionsHeld),
        ResearchColumn<CourseRow>.Whole("sessions_attended", false, "Sessions attended.", r => r.SessionsAttended),
        ResearchColumn<CourseRow>.Whole("days", false, "Days from the start to the last event.", r => r.Days),
        ResearchColumn<CourseRow>.Whole("dropout_session", true, "For a dropout: sessions recorded before it (time to dropout); empty otherwise.", r => r.DropoutSession),
        ResearchColumn<CourseRow>.Text("instrument", true, "Instrument of the primary outcome (first outcome criteria recorded at least twice), e.g. `phq-9`; empty when none.", r => r.Instrument),
        ResearchColumn<CourseRow>.Whole("baseline", true, "Baseline total of that instrument.", r => r.Baseline),
        ResearchColumn<CourseRow>.Whole("endpoint", true, "Latest total of that instrument (the endpoint).", r => r.Endpoint),
        ResearchColumn<CourseRow>.Whole("endpoint_session", true, "Session number of the endpoint measure.", r => r.EndpointSession),
        ResearchColumn<CourseRow>.Whole("endpoint_point", true, "Measurement point (attended sessions so far) of the endpoint measure.", r => r.EndpointPoint),
        ResearchColumn<CourseRow>.Whole("change", true, "Endpoint minus baseline (negative = improvement).", r => r.Change),
        ResearchColumn<CourseRow>.Boolean("response", true, "Response under the primary criteria; empty when not evaluable.", r => r.Response),
        ResearchColumn<CourseRow>.Boolean("remission", true, "Remission under the primary criteria; empty when not evaluable or undefined.", r => r.Remission),
        ResearchColumn<CourseRow>.Whole("fidelity_score", true, "Fidelity score 0–100; empty when review is off.", r => r.FidelityScore),
        ResearchColumn<CourseRow>.Whole("fidelity_findings", false, "Fidelity findings (0 when review is off).", r => r.FidelityFindings),
        ResearchColumn<CourseRow>.Whole("safety_concerns", false, "Safety concerns raised.", r => r.SafetyConcerns),
    ]);

    /// <summary>One row per recorded session (long format).</summary>
    public static ResearchTable<SessionRow> Sessions { get; } = new("sessions",
    [
        ResearchColumn<SessionRow>.Text("protocol", false, "Protocol id.", r => r.Protocol),
        ResearchColumn<SessionRow>.Text("arm", false, "Arm label.", r => r.Arm),
        ResearchColumn<SessionRow>.Whole("course_index", false, "Course index (joins `courses`).", r => r.CourseIndex),
        ResearchColumn<SessionRow>.Whole("session_number", false, "Position in the session log, from 1.", r => r.SessionNumber),
        ResearchColumn<SessionRow>.Whole("day", false, "Days from the course start.", r => r.Day),
        ResearchColumn<SessionRow>.Text("attendance", false, "`attended`, `no-show` or `cancelled`.", r => r.Attendance),
        ResearchColumn<SessionRow>.Text("phase", false, "Code of the phase the session fell in.", r => r.Phase),
        ResearchColumn<SessionRow>.Whole("contract_session", true, "The contract session it counted as; empty when it did not count.", r => r.ContractSession),
        ResearchColumn<SessionRow>.Whole("measurement_point", true, "Attended sessions so far, this one included; empty when not attended.", r => r.MeasurementPoint),
    ]);

    /// <summary>One row per instrument administration (long format; a course's series is its rows in order).</summary>
    public static ResearchTable<MeasureRow> Measures { get; } = new("measures",
    [
        ResearchColumn<MeasureRow>.Text("protocol", false, "Protocol id.", r => r.Protocol),
        ResearchColumn<MeasureRow>.Text("arm", false, "Arm label.", r => r.Arm),
        ResearchColumn<MeasureRow>.Whole("course_index", false, "Course index (joins `courses`).", r => r.CourseIndex),
        ResearchColumn<MeasureRow>.Text("instrument", false, "Instrument code: `phq-9`, `gad-7`, `epds`, `ham-d-17`.", r => r.Instrument),
        ResearchColumn<MeasureRow>.Whole("session_number", true, "Session it was tied to (joins `sessions`).", r => r.SessionNumber),
        ResearchColumn<MeasureRow>.Whole("measurement_point", true, "Attended sessions up to that session.", r => r.MeasurementPoint),
        ResearchColumn<MeasureRow>.Whole("day", false, "Days from the course start.", r => r.Day),
        ResearchColumn<MeasureRow>.Whole("total", false, "Total score.", r => r.Total),
        ResearchColumn<MeasureRow>.Boolean("safety_flag", false, "The administration raised a safety flag (RULE-10).", r => r.SafetyFlag),
    ]);
}
