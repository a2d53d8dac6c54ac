using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>The answers of one administration read from a QuestionnaireResponse, ready for the course's measure command.</summary>
/// <param name="InstrumentCode">The instrument, e.g. <c>phq-9</c>.</param>
/// <param name="Answers">Raw answers in item order, as the core stores them (EPDS: response positions).</param>
/// <param name="On">Date of administration (<c>authored</c>).</param>
public sealed record MeasureAnswers(string InstrumentCode, ImmutableArray<int> Answers, DateOnly On)
{
    /// <summary>Records the answers on a course with <see cref="TreatmentCourse.RecordMeasure(string, ReadOnlySpan{int}, DateOnly, bool)"/>,
    /// with the response's date; the course's own rules decide (dates, closed course, safety concern).</summary>
    /// <param name="course">The course.</param>
    /// <param name="atLatestSession">Tie the measure to the latest recorded session.</param>
    /// <returns>The course's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is null.</exception>
    public Result<MeasureRecording> RecordOn(TreatmentCourse course, bool atLatestSession = false)
    {
        Guard.Against.Null(course);
        return course.RecordMeasure(InstrumentCode, Answers.AsSpan(), On, atLatestSession);
    }

    /// <inheritdoc />
    public bool Equals(MeasureAnswers? other) =>
        other is not null && string.Equals(InstrumentCode, other.InstrumentCode, StringComparison.Ordinal) && On == other.On &&
        Answers.AsSpan().SequenceEqual(other.Answers.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(InstrumentCode, On, Answers.Length);

    /// <summary>E.g. <c>phq-9 on 2026-01-05</c>; the answers are not printed.</summary>
    public override string ToString() => InstrumentCode + " on " + FhirFormat.Date(On);
}
