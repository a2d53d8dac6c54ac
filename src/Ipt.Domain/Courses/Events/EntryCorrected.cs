using System;

namespace Ipt.Domain.Courses.Events;

/// <summary>
/// An earlier entry of the history was corrected: marked entered in error, or amended by a replacement of the same
/// kind. Append-only: the corrected entry stays in the history for audit; the course (its sessions, measures, safety
/// concerns, due notices, fidelity review) shows the record as corrected (<see cref="TreatmentCourse.CorrectedHistory"/>).
/// </summary>
/// <param name="OccurredOn">Date the correction was made.</param>
/// <param name="Entry">Position of the corrected entry in the history, starting at 1 (as in <see cref="Ipt.Domain.Primitives.EventLocation.Position"/>).</param>
/// <param name="Kind">Entered in error, or amended.</param>
/// <param name="Reason">Why the entry was corrected.</param>
/// <param name="Amendment">The replacement entry, for <see cref="CorrectionKind.Amended"/>; null for <see cref="CorrectionKind.EnteredInError"/>.</param>
public sealed record EntryCorrected(DateOnly OccurredOn, int Entry, CorrectionKind Kind, CorrectionReason Reason, CourseEvent? Amendment)
    : CourseEvent(OccurredOn)
{
    /// <summary>E.g. <c>EntryCorrected entry 5 EnteredInError (WrongCourse) on 2026-02-01</c>; the amendment is not printed.</summary>
    public override string ToString() =>
        "EntryCorrected entry " + Entry.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Kind + " (" + Reason + ") on " +
        OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
