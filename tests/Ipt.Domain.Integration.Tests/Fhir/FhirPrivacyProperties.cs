#nullable disable warnings
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Fhir;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>Private notes are never exported: a generated note on every session, safety action and discontinuation
/// appears in no exported resource (neither as written nor JSON-escaped).</summary>
public sealed class FhirPrivacyProperties
{
    private static readonly TreatmentCourse Base = FhirTestData.WithSafetyAction();

    [Property(MaxTest = 25)]
    public bool A_generated_note_never_appears_in_the_exported_bundle(NonEmptyString text)
    {
        string noteText = "private note " + text.Get;
        TreatmentCourse course = FhirTestData.WithNotes(Base, PrivateNote.From(noteText));
        Assert.Contains(course.Sessions, s => s.Note is not null);
        string json = FhirJson.Serialize(course.ToTransactionBundle(FhirTestData.Settings));
        string escaped = JsonSerializer.Serialize(noteText)[1..^1];
        return !json.Contains(noteText, System.StringComparison.Ordinal) && !json.Contains(escaped, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_client_reference_identifies_the_patient()
    {
        TreatmentCourse course = FhirTestData.SixteenSessions();
        CourseResources r = course.ToFhirResources(FhirTestData.Settings);
        foreach (Resource x in r.All())
        {
            string json = FhirJson.Serialize(x);
            Assert.DoesNotContain("\"name\"", json, System.StringComparison.Ordinal);
        }

        Assert.Equal(course.Client.Value, r.EpisodeOfCare.Patient.Identifier.Value);
        Assert.Equal(IptCodeSystems.ClientRef, r.EpisodeOfCare.Patient.Identifier.System);
        var custom = FhirTestData.Settings with { PatientReference = c => new ResourceReference("Patient/" + c.Value) };
        Assert.Equal("Patient/" + course.Client.Value, course.ToEpisodeOfCare(custom).Patient.Reference);
    }
}
