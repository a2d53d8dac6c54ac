#nullable disable warnings
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fhir;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>The export is the corrected record: nothing entered in error is exported, an amendment is exported as amended.</summary>
public sealed class FhirCorrectionTests
{
    private static int[] AnswersOf(QuestionnaireResponse qr) => [.. qr.Item.Select(i => ((Integer)i.Answer.Single().Value).Value!.Value)];

    [Fact]
    public void A_measure_entered_in_error_has_no_resource_and_an_amended_one_is_exported_amended_with_its_new_answers()
    {
        CorrectedCourse k = CorrectedCourse.Build();
        string id = k.Course.Id.Value.ToString("D");
        CourseResources r = k.Course.ToFhirResources(FhirTestData.Settings);
        MeasureRecorded[] corrected = [.. k.Course.CorrectedHistory.OfType<MeasureRecorded>()];
        Assert.Equal(k.Course.History.OfType<MeasureRecorded>().Count() - 1, corrected.Length);
        Assert.Equal(corrected.Length, r.QuestionnaireResponses.Count);
        Assert.Equal(corrected.Length, r.Observations.Count);

        // Each response holds the answers of the corrected record's measure at its place, and each score its total.
        for (int i = 0; i < corrected.Length; i++)
        {
            Assert.Equal(corrected[i].Answers.ToArray(), AnswersOf(r.QuestionnaireResponses[i]));
            Assert.Equal(k.Course.Measures()[i].Score.Total, ((Integer)r.Observations[i].Value).Value);
        }

        Assert.DoesNotContain(r.QuestionnaireResponses, q => q.Id == id + "-measure-" + k.InErrorOrdinal);
        Assert.DoesNotContain(r.Observations, o => o.Id == id + "-score-" + k.InErrorOrdinal);

        QuestionnaireResponse amended = r.QuestionnaireResponses.Single(q => q.Id == id + "-measure-" + k.AmendedOrdinal);
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Amended, amended.Status);
        Assert.Equal(k.Amendment.Answers.ToArray(), AnswersOf(amended));
        Observation score = r.Observations.Single(o => o.Id == id + "-score-" + k.AmendedOrdinal);
        Assert.Equal(ObservationStatus.Amended, score.Status);
        Assert.Equal(k.Amendment.Answers.Sum(), ((Integer)score.Value).Value);
        Assert.All(r.QuestionnaireResponses.Where(q => q != amended), q => Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, q.Status));
        Assert.All(r.Observations.Where(o => o != score), o => Assert.Equal(ObservationStatus.Final, o.Status));

        // Ids of the other measures stay those of an export before the corrections.
        var before = TreatmentCourse.FromHistory([.. k.Course.History.Where(e => e is not EntryCorrected)], k.Course.Protocol).Value.ToFhirResources(FhirTestData.Settings);
        Assert.Equal(before.QuestionnaireResponses.Select(q => q.Id).Where((_, i) => i + 1 != k.InErrorOrdinal), r.QuestionnaireResponses.Select(q => q.Id));
    }

    [Fact]
    public void An_amended_session_is_exported_with_its_amended_values()
    {
        CorrectedCourse k = CorrectedCourse.Build();
        CourseResources r = k.Course.ToFhirResources(FhirTestData.Settings);
        Encounter last = r.Encounters.Single(e => e.Id.EndsWith("-session-" + k.SessionAmendment.Number, System.StringComparison.Ordinal));
        Assert.Equal(Codes.Of(k.SessionAmendment.Attendance), ((Coding)last.GetExtension(IptCodeSystems.Extension("attendance")).Value).Code);
        Assert.Equal(k.SessionAmendment.Modality == SessionModality.Remote ? "VR" : "AMB", last.Class.Code);
    }

    [Fact]
    public void The_transaction_bundle_deletes_what_an_earlier_export_wrote_for_an_entry_in_error_and_validates()
    {
        CorrectedCourse k = CorrectedCourse.Build();
        string id = k.Course.Id.Value.ToString("D");
        Bundle b = k.Course.ToTransactionBundle(FhirTestData.Settings);
        string[] deleted = [.. b.Entry.Where(e => e.Request.Method == Bundle.HTTPVerb.DELETE).Select(e => e.Request.Url)];
        Assert.Equal(["QuestionnaireResponse/" + id + "-measure-" + k.InErrorOrdinal, "Observation/" + id + "-score-" + k.InErrorOrdinal], deleted);
        Assert.All(b.Entry.Where(e => e.Request.Method == Bundle.HTTPVerb.DELETE), e => Assert.Null(e.Resource));
        Assert.DoesNotContain(b.Entry, e => e.Request.Method == Bundle.HTTPVerb.PUT && deleted.Contains(e.Request.Url));
        FhirValidation.AssertValid(b);

        // The latest session marked entered in error, and its number not recorded again: its Encounter is deleted too.
        TreatmentCourse active = CourseFixture.NewCourse().Sessions(2);
        Result<EntryCorrected> marked = active.MarkEnteredInError(3, CorrectionReason.WrongCourse, CourseFixture.Week(1));
        Assert.True(marked.IsSuccess, marked.ToString());
        string aid = active.Id.Value.ToString("D");
        Bundle ab = active.ToTransactionBundle(FhirTestData.Settings);
        Assert.Equal(["Encounter/" + aid + "-session-2"], ab.Entry.Where(e => e.Request.Method == Bundle.HTTPVerb.DELETE).Select(e => e.Request.Url));
        Assert.DoesNotContain(ab.Entry, e => e.Request.Method == Bundle.HTTPVerb.PUT && e.Request.Url == "Encounter/" + aid + "-session-2");

        // Recorded again under the same number, the session is written again (PUT) and nothing is deleted.
        Assert.True(active.RecordSession(CourseFixture.Week(2), Attendance.Attended).IsSuccess);
        Bundle again = active.ToTransactionBundle(FhirTestData.Settings);
        Assert.DoesNotContain(again.Entry, e => e.Request.Method == Bundle.HTTPVerb.DELETE);
        Assert.Contains(again.Entry, e => e.Request.Method == Bundle.HTTPVerb.PUT && e.Request.Url == "Encounter/" + aid + "-session-2");
    }
}
