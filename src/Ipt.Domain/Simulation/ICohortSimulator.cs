using System;
using System.Collections.Immutable;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Simulation;

/// <summary>Runs cohorts of simulated courses through the real <see cref="TreatmentCourse"/> aggregate.</summary>
public interface ICohortSimulator
{
    /// <summary>Simulates a cohort and summarises it (and keeps every course when <see cref="SimulationSettings.KeepCourses"/> is on).</summary>
    /// <param name="settings">What to simulate.</param>
    /// <param name="progress">Receives a report after each finished chunk of courses, from worker threads; may be null.</param>
    /// <param name="cancellationToken">Stops the run between courses.</param>
    /// <returns>The summary, and the courses when asked for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid (see <see cref="SimulationSettings.Validate"/>).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    SimulationResult Run(SimulationSettings settings, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Simulates a cohort and hands each course to <paramref name="onCourse"/> as soon as it is finished, without
    /// keeping it. <paramref name="onCourse"/> is called concurrently from worker threads, in no particular order (each
    /// record carries its <see cref="SimulatedCourse.Index"/>); it must be thread-safe.</summary>
    /// <param name="settings">What to simulate.</param>
    /// <param name="onCourse">Receives every simulated course.</param>
    /// <param name="progress">Receives a report after each finished chunk; may be null.</param>
    /// <param name="cancellationToken">Stops the run between courses.</param>
    /// <returns>The summary, equal to the one <see cref="Run"/> gives for the same settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> or <paramref name="onCourse"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    CohortSummary RunStreaming(SimulationSettings settings, Action<SimulatedCourse> onCourse, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default);
}
