using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Export;

/// <summary>Where the rows of a run go; any of them may be null.</summary>
/// <param name="Courses">The courses table.</param>
/// <param name="Sessions">The long sessions table.</param>
/// <param name="Measures">The long measures table.</param>
public sealed record CohortSinks(ITableWriter<CourseRow>? Courses = null, ITableWriter<SessionRow>? Sessions = null, ITableWriter<MeasureRow>? Measures = null);
