using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>Fidelity review over the cohort.</summary>
/// <param name="Reviewed">Courses reviewed.</param>
/// <param name="MeanScore">Mean fidelity score (0–100).</param>
/// <param name="CoursesWithErrors">Courses with at least one error-severity finding.</param>
/// <param name="Findings">Every finding code with its count, ordered by code.</param>
public sealed record FidelityOutcome(int Reviewed, double MeanScore, int CoursesWithErrors, IReadOnlyList<FindingCount> Findings);
