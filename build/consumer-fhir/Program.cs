// A package user's program for Ipt.Domain.Fhir: runs a short standard-IPT course with a PHQ-9, exports it as a
// transaction Bundle, reads the JSON back, reads a QuestionnaireResponse into the course's measure command, and
// round-trips the protocol through a PlanDefinition. Exits non-zero unless every step works.
using System;
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Fhir;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

var settings = FhirMappingSettings.At(new DateTimeOffset(2026, 5, 1, 9, 30, 0, TimeSpan.Zero));
var on = new DateOnly(2026, 1, 5);
TreatmentCourse course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1042"), StandardIpt.Definition, on);
if (course.RecordSession(on, Attendance.Attended).IsFailure)
{
    return 1;
}

var measure = new Ipt.Domain.Courses.Events.MeasureRecorded(on, "phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 0], null);
string responseJson = FhirJson.Serialize(measure.ToQuestionnaireResponse(course.Client, settings));
Result<MeasureRecording> recorded = QuestionnaireResponseReader.ReadMeasure(responseJson).Bind(a => a.RecordOn(course, atLatestSession: true));
Console.WriteLine("questionnaire response recorded: " + recorded.IsSuccess);

string bundleJson = FhirJson.Serialize(course.ToTransactionBundle(settings));
Result<Bundle> bundle = FhirJson.Parse<Bundle>(bundleJson);
Console.WriteLine("fhir bundle entries: " + (bundle.IsSuccess ? bundle.Value.Entry.Count : -1));

Result<ProtocolDefinition> back = StandardIpt.Definition.ToPlanDefinition(settings).ToProtocol();
bool planOk = back.IsSuccess && back.Value.Id == StandardIpt.Definition.Id && back.Value.Phases.SequenceEqual(StandardIpt.Definition.Phases);
Console.WriteLine("plan definition round trip: " + planOk);

Console.WriteLine("malformed json refused: " + (QuestionnaireResponseReader.ReadMeasure("{\"resourceType\":").Error?.Code == FhirMappingErrors.JsonInvalidCode));
return recorded.IsSuccess && bundle.IsSuccess && bundle.Value.Entry.Count == 5 && planOk ? 0 : 1;
