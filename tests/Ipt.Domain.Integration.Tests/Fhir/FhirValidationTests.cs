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
        // Cardinality: an Observation without status and code (both 1..1).
        Assert.NotEmpty(FhirValidation.Errors(new Observation { Value = new Integer(3) }));

        // An invariant (per-1): a period that ends before it starts.
        Flag flag = FhirTestData.WithSafetyAction().ToFhirResources(FhirTestData.Settings).Flags[0];
        flag.Period.End = "2000-01-01";
        Assert.NotEmpty(FhirValidation.Errors(flag));
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
    public void Course_with_safety_concerns_and_actions_validates()
    {
        CourseResources r = FhirTestData.WithSafetyAction().ToFhirResources(FhirTestData.Settings);
        Assert.NotEmpty(r.Flags);
        foreach (Resource x in r.All())
        {
            FhirValidation.AssertValid(x);
        }
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
