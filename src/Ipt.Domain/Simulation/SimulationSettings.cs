using Ipt.Domain.Primitives;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Simulation;

/// <summary>
/// What to simulate: the cohort, its seed and protocol, attendance and dropout, and which models drive symptoms and
/// clinical decisions. Every default is documented on its property; they are illustrative, not fitted to trial data.
/// Invalid settings are a programming error: <see cref="Validate"/> (called by the simulator) throws.
/// </summary>
public sealed record SimulationSettings
{
    /// <summary>Courses to simulate. Default 1,000.</summary>
    public int CohortSize { get; init; } = 1_000;

    /// <summary>Cohort index of the first course simulated. Default 0. Course <c>i</c> of a run is course
    /// <c>FirstCourseIndex + i</c> of the seeded population and draws the same random stream whatever the run it is in,
    /// so a cohort split into consecutive ranges (shards, batches) gives exactly the courses of the single run.</summary>
    public int FirstCourseIndex { get; init; }

    /// <summary>Seed of the cohort. The same seed and settings give the same result for any degree of parallelism. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The protocol every course follows. Default <see cref="StandardIpt.Definition"/>.</summary>
    public ProtocolDefinition Protocol { get; init; } = StandardIpt.Definition;

    /// <summary>Start date of every simulated course (the simulator reads no clock). Default 2026-01-05, a Monday.</summary>
    public DateOnly StartDate { get; init; } = new(2026, 1, 5);

    /// <summary>Chance that the client attends a scheduled session. Default 0.85.</summary>
    public double AttendanceProbability { get; init; } = 0.85;

    /// <summary>Chance of a no-show; the rest of the missed sessions are cancellations. Default 0.08 (so cancellations 0.07).</summary>
    public double NoShowProbability { get; init; } = 0.08;

    /// <summary>Chance, before each scheduled session, that the client drops out (the course is discontinued with
    /// <see cref="Courses.DiscontinuationReason.Dropout"/>). Default 0.01, about one in seven over 16 sessions (illustrative).</summary>
    public double DropoutPerSession { get; init; } = 0.01;

    /// <summary>Per-session dropout chance by phase, overriding <see cref="DropoutPerSession"/> in the phases named. Default empty.</summary>
    public ImmutableDictionary<PhaseKind, double> DropoutPerSessionByPhase { get; init; } = ImmutableDictionary<PhaseKind, double>.Empty;

    /// <summary>Consecutive missed sessions after which the course is discontinued as a dropout; 0 = never. Default 3.</summary>
    public int MaxConsecutiveMissed { get; init; } = 3;

    /// <summary>Scheduled session slots per course before the simulation gives up on it (it then stays active): a safety
    /// bound, not a clinical rule — courses end earlier by completion, dropout or discontinuation. Null (the default) means
    /// three times the protocol's hard cap (60 for standard IPT, 312 for MIT's long individual course).</summary>
    public int? MaxSessionSlots { get; init; }

    /// <summary>The session-slot bound in force: <see cref="MaxSessionSlots"/>, or three times the protocol's hard cap.</summary>
    public int EffectiveMaxSessionSlots => MaxSessionSlots ?? 3 * Protocol.Sessions.HardCap;

    /// <summary>Record the measures the protocol's schedules ask for. Default true.</summary>
    public bool RecordMeasures { get; init; } = true;

    /// <summary>Review every simulated course with <see cref="FidelityReviewer"/>. Default true.</summary>
    public bool ReviewFidelity { get; init; } = true;

    /// <summary>The reviewer used when <see cref="ReviewFidelity"/> is on. Default a <see cref="FidelityReviewer"/> with default settings.</summary>
    public IFidelityReviewer FidelityReviewer { get; init; } = DefaultReviewer;

    /// <summary>Response and remission criteria to report; each applies to the courses that recorded its instrument at
    /// least twice. Default PHQ-9 (≥ 50 % drop, remission &lt; 5 [S114]) and HAM-D-17 ([S31][S116]).</summary>
    public ImmutableArray<OutcomeCriteria> OutcomeCriteria { get; init; } = [Measures.OutcomeCriteria.Phq9Default, Measures.OutcomeCriteria.HamD17Default];

    /// <summary>The symptom model. Default <see cref="ExponentialDecaySymptomModel.Default"/>.</summary>
    public ISymptomModel SymptomModel { get; init; } = ExponentialDecaySymptomModel.Default;

    /// <summary>The clinician policy. Default <see cref="ProtocolClinicianPolicy.Default"/>.</summary>
    public IClinicianPolicy ClinicianPolicy { get; init; } = ProtocolClinicianPolicy.Default;

    /// <summary>Keep one <see cref="SimulatedCourse"/> (with its course) per simulated course in the result. Default false:
    /// a million courses need not be held in memory; use <see cref="ICohortSimulator.RunStreaming"/> to see each one instead.</summary>
    public bool KeepCourses { get; init; }

    /// <summary>Most worker threads; -1 = all cores. The result does not depend on it. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    private static IFidelityReviewer DefaultReviewer { get; } = new FidelityReviewer();

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count or probability is out of range, or attendance and no-show exceed 1 together.</exception>
    /// <exception cref="ArgumentNullException">A model, protocol or reviewer is null.</exception>
    /// <exception cref="ArgumentException">The outcome criteria are default or hold a null.</exception>
    public void Validate()
    {
        Guard.Against.LessThan(CohortSize, 0);
        Guard.Against.LessThan(FirstCourseIndex, 0);
        if ((long)FirstCourseIndex + CohortSize > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(FirstCourseIndex), "The first course index plus the cohort size exceed the largest course index.");
        }

        Guard.Against.Null(Protocol);
        Guard.Against.Null(SymptomModel);
        Guard.Against.Null(ClinicianPolicy);
        Guard.Against.Null(FidelityReviewer);
        Guard.Against.Null(DropoutPerSessionByPhase);
        Probability(AttendanceProbability, nameof(AttendanceProbability));
        Probability(NoShowProbability, nameof(NoShowProbability));
        Probability(DropoutPerSession, nameof(DropoutPerSession));
        foreach (KeyValuePair<PhaseKind, double> p in DropoutPerSessionByPhase)
        {
            Probability(p.Value, nameof(DropoutPerSessionByPhase));
        }

        if (AttendanceProbability + NoShowProbability > 1 + 1e-12)
        {
            throw new ArgumentOutOfRangeException(nameof(NoShowProbability), "Attendance and no-show probabilities together exceed 1.");
        }

        Guard.Against.LessThan(MaxConsecutiveMissed, 0);
        if (MaxSessionSlots is { } slots)
        {
            Guard.Against.LessThan(slots, 1, nameof(MaxSessionSlots));
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), "Use -1 for all cores or a positive number.");
        }

        if (OutcomeCriteria.IsDefault)
        {
            throw new ArgumentException("The outcome criteria are not set.", nameof(OutcomeCriteria));
        }

        foreach (OutcomeCriteria c in OutcomeCriteria)
        {
            if (c is null)
            {
                throw new ArgumentException("The outcome criteria hold a null.", nameof(OutcomeCriteria));
            }
        }
    }

    private static void Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A probability must lie in [0, 1].");
        }
    }
}
