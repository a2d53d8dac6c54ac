using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>Progress of a simulation, reported once per finished chunk of courses.</summary>
/// <param name="CoursesSimulated">Courses finished so far.</param>
/// <param name="CohortSize">Courses in the cohort.</param>
/// <param name="ChunksCompleted">Chunks finished so far.</param>
/// <param name="ChunkCount">Chunks in the cohort.</param>
public readonly record struct SimulationProgress(int CoursesSimulated, int CohortSize, int ChunksCompleted, int ChunkCount)
{
    /// <summary>Fraction done, in [0, 1].</summary>
    public double Fraction => CohortSize == 0 ? 1 : (double)CoursesSimulated / CohortSize;
}

/// <summary>Time a course (or, in the summary, the cohort on average) spent in one phase.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Entered">Courses that entered the phase (1 or 0 for one course).</param>
/// <param name="MeanDays">Mean days from entering the phase to entering the next one or closing the course, over the courses that entered it.</param>
/// <param name="MeanSessions">Mean sessions recorded in the phase (attended or not), over the courses that entered it.</param>
public sealed record PhaseTime(PhaseKind Phase, int Entered, double MeanDays, double MeanSessions);

/// <summary>Response and remission under one set of outcome criteria.</summary>
/// <param name="CriteriaId">Id of the criteria.</param>
/// <param name="InstrumentCode">Their instrument.</param>
/// <param name="Evaluable">Courses that recorded the instrument at least twice (baseline and a follow-up).</param>
/// <param name="Responders">Evaluable courses whose latest total fell by the criteria's fraction of baseline.</param>
/// <param name="Remitters">Evaluable courses whose latest total is at or below the remission threshold (0 when the criteria have none).</param>
/// <param name="ResponseRate">Responders / evaluable (0 when none is evaluable).</param>
/// <param name="RemissionRate">Remitters / evaluable, or null when the criteria define no remission.</param>
public sealed record OutcomeRates(string CriteriaId, string InstrumentCode, int Evaluable, int Responders, int Remitters, double ResponseRate, double? RemissionRate);

/// <summary>How often one fidelity finding code occurred over the cohort.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="Count">Occurrences over all reviewed courses.</param>
public sealed record FindingCount(string Code, int Count);

/// <summary>Fidelity review over the cohort.</summary>
/// <param name="Reviewed">Courses reviewed.</param>
/// <param name="MeanScore">Mean fidelity score (0–100).</param>
/// <param name="CoursesWithErrors">Courses with at least one error-severity finding.</param>
/// <param name="Findings">Every finding code with its count, ordered by code.</param>
public sealed record FidelityOutcome(int Reviewed, double MeanScore, int CoursesWithErrors, IReadOnlyList<FindingCount> Findings);

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

/// <summary>The cohort's results.</summary>
/// <param name="ProtocolId">The protocol simulated.</param>
/// <param name="Seed">The seed.</param>
/// <param name="CohortSize">Courses simulated.</param>
/// <param name="Completed">Courses completed.</param>
/// <param name="Discontinued">Courses discontinued (any reason).</param>
/// <param name="Active">Courses still active when the simulation stopped (see <see cref="SimulationSettings.MaxSessionSlots"/>).</param>
/// <param name="Dropouts">Courses discontinued as dropouts.</param>
/// <param name="MeanSessionsHeld">Mean contract sessions held per course.</param>
/// <param name="MeanSessionsAttended">Mean sessions attended per course.</param>
/// <param name="MeanSessionsRecorded">Mean sessions recorded per course (attended, no-show or cancelled).</param>
/// <param name="MeanDays">Mean days from start to last event.</param>
/// <param name="Phases">Time in each phase, in protocol order.</param>
/// <param name="Outcomes">Response and remission per criteria, in settings order.</param>
/// <param name="Continuations">Continuation decisions recorded, by decision (decisions never taken are left out).</param>
/// <param name="SafetyConcerns">Safety concerns raised over the cohort.</param>
/// <param name="Fidelity">The fidelity review, or null when it was off.</param>
public sealed record CohortSummary(
    string ProtocolId,
    long Seed,
    int CohortSize,
    int Completed,
    int Discontinued,
    int Active,
    int Dropouts,
    double MeanSessionsHeld,
    double MeanSessionsAttended,
    double MeanSessionsRecorded,
    double MeanDays,
    IReadOnlyList<PhaseTime> Phases,
    IReadOnlyList<OutcomeRates> Outcomes,
    IReadOnlyList<KeyValuePair<ContinuationDecision, int>> Continuations,
    int SafetyConcerns,
    FidelityOutcome? Fidelity)
{
    /// <summary>Completed / cohort size (0 for an empty cohort).</summary>
    public double CompletionRate => Rate(Completed);

    /// <summary>Dropouts / cohort size.</summary>
    public double DropoutRate => Rate(Dropouts);

    /// <summary>Discontinued (any reason) / cohort size.</summary>
    public double DiscontinuationRate => Rate(Discontinued);

    /// <summary>A plain-text report, invariant culture, fixed layout (e.g. for a console or a doc page).</summary>
    public string Describe()
    {
        var b = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        b.Append(c, $"protocol {ProtocolId}, seed {Seed}, {CohortSize} courses").AppendLine();
        b.Append(c, $"completed {Completed} ({CompletionRate:P1}), discontinued {Discontinued} ({DiscontinuationRate:P1}; dropouts {Dropouts}, {DropoutRate:P1}), active {Active}").AppendLine();
        b.Append(c, $"sessions per course: held {MeanSessionsHeld:F2}, attended {MeanSessionsAttended:F2}, recorded {MeanSessionsRecorded:F2}; days {MeanDays:F1}").AppendLine();
        foreach (PhaseTime p in Phases)
        {
            b.Append(c, $"phase {Codes.Of(p.Phase),-12} entered {p.Entered,6}  mean {p.MeanDays,6:F1} days  {p.MeanSessions,5:F2} sessions").AppendLine();
        }

        foreach (OutcomeRates o in Outcomes)
        {
            b.Append(c, $"outcome {o.CriteriaId}: evaluable {o.Evaluable}, response {o.ResponseRate:P1}, remission {(o.RemissionRate is double r ? r.ToString("P1", c) : "n/a")}").AppendLine();
        }

        foreach (KeyValuePair<ContinuationDecision, int> d in Continuations)
        {
            b.Append(c, $"continuation {Codes.Of(d.Key)}: {d.Value}").AppendLine();
        }

        b.Append(c, $"safety concerns raised: {SafetyConcerns}").AppendLine();
        if (Fidelity is { } f)
        {
            b.Append(c, $"fidelity: {f.Reviewed} reviewed, mean score {f.MeanScore:F1}, {f.CoursesWithErrors} with errors").AppendLine();
            foreach (FindingCount finding in f.Findings)
            {
                b.Append(c, $"  {finding.Code}: {finding.Count}").AppendLine();
            }
        }

        return b.ToString();
    }

    private double Rate(int count) => CohortSize == 0 ? 0 : (double)count / CohortSize;
}

/// <summary>The result of <see cref="ICohortSimulator.Run"/>.</summary>
/// <param name="Summary">The cohort summary.</param>
/// <param name="Courses">One record per course in cohort order when <see cref="SimulationSettings.KeepCourses"/> is on; otherwise empty.</param>
public sealed record SimulationResult(CohortSummary Summary, ImmutableArray<SimulatedCourse> Courses);
