#nullable disable warnings
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Fhir;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

public sealed class FhirExportTests
{
    [Fact]
    public void Every_instrument_of_the_core_is_found()
    {
        string[] codes = Instruments.All.Select(i => i.Descriptor.Code).ToArray();
        Assert.Contains(Phq9.Descriptor.Code, codes);
        Assert.Contains(Gad7.Descriptor.Code, codes);
        Assert.Contains(Epds.Descriptor.Code, codes);
        Assert.Contains(HamD17.Descriptor.Code, codes);
        Assert.Equal(codes.Distinct().Count(), codes.Length);
    }

    [Fact]
    public void Questionnaire_carries_items_answer_options_and_the_loinc_total_code_from_the_descriptor()
    {
        foreach (InstrumentInfo i in Instruments.All)
        {
            Questionnaire q = i.Descriptor.ToQuestionnaire(FhirTestData.Settings);
            Assert.Equal(i.Descriptor.ItemCount + 1, q.Item.Count);
            for (int n = 1; n <= i.Descriptor.ItemCount; n++)
            {
                Assert.Equal(i.Descriptor.ItemMaximum(n) + 1, q.Item[n - 1].AnswerOption.Count);
            }

            Questionnaire.ItemComponent total = q.Item[^1];
            Assert.Equal(i.Descriptor.LoincTotalScoreCode is not null, total.Code.Any(c => c.System == IptCodeSystems.Loinc && c.Code == i.Descriptor.LoincTotalScoreCode));
        }
    }

    [Fact]
    public void Score_observation_has_the_total_the_band_and_derives_from_the_response()
    {
        TreatmentCourse course = FhirTestData.SixteenSessions();
        CourseResources r = course.ToFhirResources(FhirTestData.Settings);
        CourseMeasure first = course.Measures()[0];
        Observation o = r.Observations[0];
        Assert.Equal(first.Score.Total, ((Integer)o.Value).Value);
        Assert.Equal(first.Score.Severity.Code, o.Interpretation.Single().Coding.Single().Code);
        Assert.Equal("QuestionnaireResponse/" + r.QuestionnaireResponses[0].Id, o.DerivedFrom.Single().Reference);
        Assert.Contains(o.Code.Coding, c => c.System == IptCodeSystems.Loinc && c.Code == Phq9.Descriptor.LoincTotalScoreCode);
        Assert.Equal(FhirTestData.Issued, o.Issued);
    }

    [Fact]
    public void Course_maps_to_episode_care_plan_and_one_encounter_per_session()
    {
        TreatmentCourse course = FhirTestData.SixteenSessions();
        CourseResources r = course.ToFhirResources(FhirTestData.Settings);
        Assert.Equal(EpisodeOfCare.EpisodeOfCareStatus.Finished, r.EpisodeOfCare.Status);
        Assert.Equal(RequestStatus.Completed, r.CarePlan.Status);
        Assert.Equal(FhirTestData.Settings.PlanDefinitionUrl("ipt"), r.CarePlan.InstantiatesCanonical.Single());
        Assert.Equal(course.Sessions.Count, r.Encounters.Count);
        Assert.All(r.Encounters, e => Assert.Equal(Encounter.EncounterStatus.Finished, e.Status));
        Assert.Equal(course.Measures().Count, r.QuestionnaireResponses.Count);
        Assert.All(r.All(), x => Assert.DoesNotContain("simulated", FhirJson.Serialize(x).Replace("\"value\":\"simulated\"", "", System.StringComparison.Ordinal), System.StringComparison.Ordinal));
    }

    [Fact]
    public void Attendance_maps_to_encounter_status_and_the_exact_code_is_kept()
    {
        TreatmentCourse course = FhirTestData.Simulated(StandardIpt.Definition, 20, seed: 11, attendance: 0.6)
            .First(c => c.Sessions.Any(s => s.Attendance != Primitives.Attendance.Attended));
        foreach (SessionRecord s in course.Sessions)
        {
            Encounter e = s.ToEncounter(course.Client, FhirTestData.Settings);
            Assert.Equal(s.Attendance == Primitives.Attendance.Attended ? Encounter.EncounterStatus.Finished : Encounter.EncounterStatus.Cancelled, e.Status);
            Assert.Equal(Primitives.Codes.Of(s.Attendance), ((Coding)e.GetExtension(IptCodeSystems.Extension("attendance")).Value).Code);
        }
    }

    [Fact]
    public void Active_course_marks_its_current_phase_in_progress()
    {
        TreatmentCourse course = Courses.TreatmentCourse.Start(Primitives.CourseId.New(), Primitives.ClientRef.From("c-7"), StandardIpt.Definition, new System.DateOnly(2026, 1, 5));
        CarePlan plan = course.ToCarePlan(FhirTestData.Settings);
        CarePlan.ActivityComponent initial = plan.Activity.First(a => a.Detail.Code.Coding[0].System == IptCodeSystems.Phase);
        Assert.Equal("initial", initial.Detail.Code.Coding[0].Code);
        Assert.Equal(CarePlan.CarePlanActivityStatus.InProgress, initial.Detail.Status);
        Assert.Equal(EpisodeOfCare.EpisodeOfCareStatus.Active, course.ToEpisodeOfCare(FhirTestData.Settings).Status);

        course.RecordSession(new System.DateOnly(2026, 1, 5), Primitives.Attendance.Attended);
        string[] due = course.Due().Concat(course.MeasureDueNotices()).Select(d => d.Code).ToArray();
        Assert.NotEmpty(due);
        Assert.Equal(due, course.ToCarePlan(FhirTestData.Settings).Activity
            .Where(a => a.Detail.Code.Coding[0].System == IptCodeSystems.DueNotice && a.Detail.Status == CarePlan.CarePlanActivityStatus.Scheduled)
            .Select(a => a.Detail.Code.Coding[0].Code));
    }

    [Fact]
    public void Bundle_is_a_transaction_of_puts_with_unique_full_urls()
    {
        Bundle b = FhirTestData.SixteenSessions().ToTransactionBundle(FhirTestData.Settings);
        Assert.Equal(Bundle.BundleType.Transaction, b.Type);
        Assert.All(b.Entry, e => Assert.Equal(Bundle.HTTPVerb.PUT, e.Request.Method));
        Assert.Equal(b.Entry.Count, b.Entry.Select(e => e.FullUrl).Distinct().Count());
        Assert.All(b.Entry, e => Assert.Equal(e.Resource.TypeName + "/" + e.Resource.Id, e.Request.Url));
    }
}
