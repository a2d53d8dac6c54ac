using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>The result of <see cref="ICohortSimulator.Run"/>.</summary>
/// <param name="Summary">The cohort summary.</param>
/// <param name="Courses">One record per course in cohort order when <see cref="SimulationSettings.KeepCourses"/> is on; otherwise empty.</param>
public sealed record SimulationResult(CohortSummary Summary, ImmutableArray<SimulatedCourse> Courses);
