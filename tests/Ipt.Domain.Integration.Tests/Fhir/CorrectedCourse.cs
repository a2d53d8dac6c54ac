using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>The completed sixteen-session course with three corrections: its second measure marked entered in error, its
/// third measure amended (item 1 changed) and its last session amended (no-show instead of attended, or remote).</summary>
internal sealed record CorrectedCourse(TreatmentCourse Course, MeasureRecorded InError, int InErrorOrdinal, MeasureRecorded Amendment, int AmendedOrdinal, SessionRecorded SessionAmendment)
{
    public static CorrectedCourse Build()
    {
        TreatmentCourse c = FhirTestData.SixteenSessions();
        List<int> measures = [.. c.History.Select((e, i) => (e, i)).Where(x => x.e is MeasureRecorded && x.i + 1 < c.History.Count && c.History[x.i + 1] is not SafetyConcernRaised).Select(x => x.i)];
        Assert.True(measures.Count >= 4, "the fixture course has too few measures");
        int ordinalOf(int position) => c.History.Take(position + 1).Count(e => e is MeasureRecorded);

        var inError = (MeasureRecorded)c.History[measures[1]];
        Result<EntryCorrected> r = c.MarkEnteredInError(measures[1] + 1, CorrectionReason.WrongCourse, c.LastActivityOn);
        Assert.True(r.IsSuccess, r.ToString());

        var original = (MeasureRecorded)c.History[measures[2]];
        ImmutableArray<int> answers = original.Answers.SetItem(0, original.Answers[0] == 0 ? 1 : 0);
        MeasureRecorded amendment = original with { Answers = answers };
        r = c.Amend(measures[2] + 1, amendment, CorrectionReason.TranscriptionError, c.LastActivityOn);
        Assert.True(r.IsSuccess, r.ToString());

        int last = c.History.ToList().FindLastIndex(e => e is SessionRecorded);
        var session = (SessionRecorded)c.History[last];
        SessionRecorded sessionAmendment = session with { Attendance = Attendance.NoShow };
        r = c.Amend(last + 1, sessionAmendment, CorrectionReason.TranscriptionError, c.LastActivityOn);
        if (r.IsFailure)
        {
            sessionAmendment = session with { Modality = session.Modality == SessionModality.Remote ? SessionModality.InPerson : SessionModality.Remote };
            r = c.Amend(last + 1, sessionAmendment, CorrectionReason.TranscriptionError, c.LastActivityOn);
        }

        Assert.True(r.IsSuccess, r.ToString());
        return new CorrectedCourse(c, inError, ordinalOf(measures[1]), amendment, ordinalOf(measures[2]), sessionAmendment);
    }
}
