using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>The series of one instrument on a course (brief M8: the outcome carries its criteria id).</summary>
/// <param name="InstrumentCode">Instrument code.</param>
/// <param name="Points">Every administration, oldest first.</param>
/// <param name="Baseline">The first administration on the course.</param>
/// <param name="Latest">The latest administration.</param>
/// <param name="Change">Latest total minus baseline total (negative = improvement on these instruments).</param>
/// <param name="PercentChange">Change as a percentage of the baseline total; null when the baseline is 0.</param>
/// <param name="Outcome">Response and remission under the criteria used, or null when no criteria apply (GAD-7, EPDS by default).</param>
public sealed record MeasureSeries(
    string InstrumentCode,
    IReadOnlyList<CourseMeasure> Points,
    CourseMeasure Baseline,
    CourseMeasure Latest,
    int Change,
    double? PercentChange,
    MeasureOutcome? Outcome);
