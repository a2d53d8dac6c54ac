#nullable disable warnings
using System.Collections.Generic;
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Fhir;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>0 validator errors against base R4 (offline specification, no terminology server).</summary>
public sealed class FhirValidationTests
{
    [Fact]
    public void The_validator_is_live_it_reports_a_broken_resource()
    {
        // No status, no code (both 1..1), and a Flag period ending before it starts is fine but a value without code is not.
        var broken = new Observation { Value = new Integer(3) };
        Assert.NotEmpty(FhirValidation.Errors(broken));
        var badCode = new Encounter { Status = (Encounter.EncounterStatus)99, Class = new Coding("x", "y") };
        Assert.NotEmpty(FhirValidation.Errors(badCode));
    }

    [Fact]
    public void Every_instrument_questionnaire_validates()
    {
        foreach (InstrumentInfo i in Instruments.All)
        {
            FhirValidation.AssertValid(i.Descriptor.ToQuestionnaire(FhirTestData.Settings));
        }
    }

    [Fact]
    public void Sixteen_session_course_bundle_validates()
    {
        Bundle b = FhirTestData.SixteenSessions().ToTransactionBundle(FhirTestData.Settings);
        FhirValidation.AssertValid(b);
    }

    [Fact]
    public void Generated_courses_of_every_built_in_protocol_validate()
    {
        var errors = new List<string>();
        long seed = 100;
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            foreach (TreatmentCourse c in FhirTestData.Simulated(p, 3, seed++, attendance: 0.8, dropout: 0.05))
            {
                foreach (Resource r in c.ToFhirResources(FhirTestData.Settings).All())
                {
                    errors.AddRange(FhirValidation.Errors(r).Select(e => p.Id + " " + e));
                }
            }
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct().Take(40)));
    }
}
