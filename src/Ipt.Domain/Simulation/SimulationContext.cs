using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Simulation;

/// <summary>What a clinician policy sees after a simulated session.</summary>
/// <param name="Date">Date of the session.</param>
/// <param name="Attended">Whether the client attended.</param>
/// <param name="SessionsInPhase">Sessions recorded in the current phase, this one included.</param>
/// <param name="AttendedInPhase">Sessions attended in the current phase, this one included.</param>
/// <param name="IsResponse">Response so far under the first outcome criteria whose instrument the course has recorded
/// at least twice (baseline and latest, as <see cref="TreatmentCourse.MeasureSeries"/> judges it); null until then.</param>
/// <param name="IsRemission">Remission so far under the same criteria; null until then or when the criteria define none.</param>
/// <param name="StartDate">Start date of the simulated courses.</param>
public readonly record struct SimulationContext(DateOnly Date, bool Attended, int SessionsInPhase, int AttendedInPhase, bool? IsResponse, bool? IsRemission, DateOnly StartDate);
