using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>An interval between two attended sessions outside the protocol's cadence.</summary>
/// <param name="FromSession">Number of the earlier session in the course's log.</param>
/// <param name="ToSession">Number of the later session.</param>
/// <param name="From">Date of the earlier session.</param>
/// <param name="To">Date of the later session.</param>
/// <param name="IntervalDays">Days between them.</param>
/// <param name="ExpectedDays">The cadence's nominal interval.</param>
/// <param name="Kind">Too soon or too late.</param>
public sealed record CadenceDeviation(int FromSession, int ToSession, DateOnly From, DateOnly To, int IntervalDays, int ExpectedDays, CadenceDeviationKind Kind);
