using System;
using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>
/// Error codes of the measurement and safety commands of a <see cref="TreatmentCourse"/>. Scoring errors keep their
/// <see cref="MeasureErrors"/> codes (<c>measure.item-out-of-range</c> and others, naming the item); closed-course and
/// date errors keep their <see cref="CourseErrors"/> codes. Messages never contain caller-supplied text.
/// </summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class MeasureCourseErrors
{
    /// <summary>The instrument code is not one a course can record with <see cref="TreatmentCourse.RecordMeasure(string, System.ReadOnlySpan{int}, System.DateOnly, bool)"/>.</summary>
    public const string UnknownInstrument = "measure.unknown-instrument";

    /// <summary>A measure or diary week was to be tied to the latest session, but no session is recorded.</summary>
    public const string NoSession = "measure.no-session";

    /// <summary>A measure or diary week was tied to a session the client did not attend.</summary>
    public const string SessionNotAttended = "measure.session-not-attended";

    /// <summary>A safety action names a concern the course has not raised.</summary>
    public const string ConcernUnknown = "safety.concern-unknown";

    /// <summary>In a history: a flagged measure is not directly followed by its <c>safety-concern-raised</c>, or such an event matches no flagged measure.</summary>
    public const string HistoryConcernMismatch = "history.safety-concern-mismatch";

    /// <summary>The instrument is already recorded on that clinical date (a measure's identity is its instrument and the
    /// date it was administered; every built-in instrument asks about the past week or two): a double entry, or a stored
    /// row duplicated. Mark the first entered in error, or amend it, to replace it.</summary>
    public const string MeasureAlreadyRecorded = "measure.already-recorded";

    /// <summary>An SRM-5 diary week is already recorded with that review date (a week is reviewed once a day): a double
    /// entry, or a stored row duplicated.</summary>
    public const string WeekAlreadyRecorded = "srm.week-already-recorded";

    /// <summary>The same safety action on the same concern is already recorded on that date: a double entry, or a stored
    /// row duplicated. Mark the first entered in error, or amend it, to replace it.</summary>
    public const string ActionAlreadyRecorded = "safety.action-already-recorded";

    /// <summary>Every code the measurement and safety commands add (scoring codes are in <see cref="MeasureErrors"/>).</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
        [UnknownInstrument, NoSession, SessionNotAttended, ConcernUnknown, HistoryConcernMismatch, MeasureAlreadyRecorded, WeekAlreadyRecorded, ActionAlreadyRecorded];

    internal static DomainError Unknown(string code) =>
        new(UnknownInstrument, code == Ipt.Domain.Measures.SocialRhythmMetric.Code
            ? "The SRM-5 is a diary week, not an item-scored instrument: record it with RecordSocialRhythmWeek."
            : "The code given is not an instrument of the protocol's instrument catalogue (built in: phq-9, gad-7, epds, ham-d-17, pcl-5, phq-a).");

    internal static DomainError NoSessionYet() =>
        new(NoSession, "No session is recorded yet, so the measure cannot be tied to the latest session.");

    internal static DomainError NotAttended(int sessionNumber) =>
        new(SessionNotAttended, "Session " + N(sessionNumber) + " was not attended; a measure can be tied only to an attended session.");

    internal static DomainError Unknown(int concern, int raised) =>
        new(ConcernUnknown, "Safety concern " + N(concern) + " does not exist; the course has raised " + N(raised) + ".");

    internal static DomainError ConcernMissing() =>
        new(HistoryConcernMismatch, "A measure with a positive safety item must be followed directly by its safety-concern-raised event.");

    internal static DomainError ConcernWithoutFlag() =>
        new(HistoryConcernMismatch, "A safety-concern-raised event does not follow a measure with that positive safety item, or its number is out of sequence.");

    internal static DomainError MeasureRepeated(DateOnly on) =>
        new(MeasureAlreadyRecorded, "The instrument is already recorded on " + Iso(on) + "; an instrument is administered once a day. Mark the earlier entry entered in error or amend it.");

    internal static DomainError WeekRepeated(DateOnly on) =>
        new(WeekAlreadyRecorded, "An SRM-5 diary week is already recorded with review date " + Iso(on) + ".");

    internal static DomainError ActionRepeated(int concern, DateOnly on) =>
        new(ActionAlreadyRecorded, "The same action on safety concern " + N(concern) + " is already recorded on " + Iso(on) + ".");

    private static string Iso(DateOnly on) => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
