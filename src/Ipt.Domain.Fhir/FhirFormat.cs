using System;
using System.Globalization;
using Hl7.Fhir.Model;

namespace Ipt.Domain.Fhir;

/// <summary>Small shared helpers: dates, codings and extensions as this package writes them.</summary>
internal static class FhirFormat
{
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static CodeableConcept Concept(string system, string code, string? display = null) =>
        new() { Coding = [new Coding(system, code, display)] };

    public static Extension CodeExtension(string name, string system, string code) =>
        new(IptCodeSystems.Extension(name), new Coding(system, code));

    public static Extension IntegerExtension(string name, int value) =>
        new(IptCodeSystems.Extension(name), new Integer(value));

    public static Extension StringExtension(string name, string value) =>
        new(IptCodeSystems.Extension(name), new FhirString(value));

    public static Extension BooleanExtension(string name, bool value) =>
        new(IptCodeSystems.Extension(name), new FhirBoolean(value));

    public static void Stamp(Resource r, FhirMappingSettings settings)
    {
        if (settings.LastUpdated is { } at)
        {
            r.Meta = new Meta { LastUpdated = at };
        }
    }
}
