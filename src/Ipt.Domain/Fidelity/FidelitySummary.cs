using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>A review of many courses, for researchers: counts per finding code and the score distribution.</summary>
/// <param name="Courses">Courses reviewed.</param>
/// <param name="MeanScore">Mean summary score; 0 when no course was reviewed.</param>
/// <param name="MinimumScore">Lowest summary score; null when no course was reviewed.</param>
/// <param name="CoursesWithErrors">Courses with at least one error finding.</param>
/// <param name="FindingCounts">Number of findings per code (codes without findings are absent).</param>
/// <param name="CoursesWithFinding">Number of courses with at least one finding of each code.</param>
public sealed record FidelitySummary(
    int Courses,
    double MeanScore,
    int? MinimumScore,
    int CoursesWithErrors,
    ImmutableSortedDictionary<string, int> FindingCounts,
    ImmutableSortedDictionary<string, int> CoursesWithFinding);
