using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>The outcome of <see cref="TreatmentCourse.RecordSocialRhythmWeek"/>.</summary>
/// <param name="Event">The event appended.</param>
/// <param name="Score">The week's score.</param>
public readonly record struct SocialRhythmWeekRecording(SocialRhythmWeekRecorded Event, SocialRhythmScore Score);
