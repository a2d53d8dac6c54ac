using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>One administration of an instrument on a course.</summary>
/// <param name="On">Date of administration.</param>
/// <param name="SessionNumber">The session it was tied to, or null.</param>
/// <param name="Score">The score, recomputed from the stored answers.</param>
public sealed record CourseMeasure(DateOnly On, int? SessionNumber, InstrumentScore Score);
