using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Simulation;

/// <summary>Time a course (or, in the summary, the cohort on average) spent in one phase.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="Entered">Courses that entered the phase (1 or 0 for one course).</param>
/// <param name="MeanDays">Mean days from entering the phase to entering the next one or closing the course, over the courses that entered it.</param>
/// <param name="MeanSessions">Mean sessions recorded in the phase (attended or not), over the courses that entered it.</param>
public sealed record PhaseTime(PhaseKind Phase, int Entered, double MeanDays, double MeanSessions);
