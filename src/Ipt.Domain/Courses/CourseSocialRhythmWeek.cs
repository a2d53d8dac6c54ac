using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>One reviewed SRM-5 diary week on a course.</summary>
/// <param name="On">Date of review.</param>
/// <param name="SessionNumber">The session it was tied to, or null.</param>
/// <param name="Score">The week's score, recomputed from the stored days.</param>
public sealed record CourseSocialRhythmWeek(DateOnly On, int? SessionNumber, SocialRhythmScore Score);
