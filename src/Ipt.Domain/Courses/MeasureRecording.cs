using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>The outcome of <see cref="TreatmentCourse.RecordMeasure(string, ReadOnlySpan{int}, DateOnly, bool)"/>.</summary>
/// <param name="Event">The measure event appended.</param>
/// <param name="Score">The score of the answers.</param>
/// <param name="Concern">The safety concern appended after it, or null when the safety item was not positive.</param>
public readonly record struct MeasureRecording(MeasureRecorded Event, InstrumentScore Score, SafetyConcernRaised? Concern);
