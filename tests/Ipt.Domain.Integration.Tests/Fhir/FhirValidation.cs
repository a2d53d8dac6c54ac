using System;
using System.Collections.Generic;
using System.Linq;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Ipt.Domain.Integration.Tests.Fhir;

/// <summary>
/// The Firely validator against the base R4 specification shipped offline (Hl7.Fhir.Specification.Data.R4's
/// specification.zip). Terminology: the local service only, which expands value sets defined in the specification
/// itself; no terminology server, so LOINC and the library's own code systems are not checked.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Shared = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        var terminology = new LocalTerminologyService(resolver.AsAsync());
        return new Validator(resolver.AsAsync(), terminology);
    });

    private static readonly object Gate = new();

    /// <summary>Error and fatal issues of validating the resource against its base R4 profile.</summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Shared.Value.Validate(resource);
        }

        return outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => resource.TypeName + ": " + i.Details?.Text + " @ " + string.Join(",", i.Expression ?? []))
            .ToList();
    }

    public static void AssertValid(Resource resource)
    {
        IReadOnlyList<string> errors = Errors(resource);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
