using System;
using System.Text.Json;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>FHIR R4 JSON in and out, with Firely's <c>ForFhir</c> System.Text.Json converters. Reading returns a
/// typed error for any malformed input instead of throwing.</summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions Compact = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);
    private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true }.ForFhir(ModelInfo.ModelInspector);

    /// <summary>The resource as FHIR JSON.</summary>
    /// <param name="resource">Any resource.</param>
    /// <param name="indented">Indent the output (for people); default compact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    public static string Serialize(Resource resource, bool indented = false)
    {
        Guard.Against.Null(resource);
        return JsonSerializer.Serialize(resource, indented ? Indented : Compact);
    }

    /// <summary>Parses FHIR JSON into a resource.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The resource, or <see cref="FhirMappingErrors.JsonInvalidCode"/> for anything the strict parser refuses
    /// (bad JSON, unknown resource type or element, wrong value types, out-of-range numbers).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<Resource> Parse(string json)
    {
        Guard.Against.Null(json);
        try
        {
            return JsonSerializer.Deserialize<Resource>(json, Compact) is { } r ? r : FhirMappingErrors.JsonInvalid();
        }
        catch (DeserializationFailedException)
        {
            return FhirMappingErrors.JsonInvalid();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            // Firely 6.8's deserializer throws more than its documented exceptions on some malformed input (the fuzz
            // test found an IndexOutOfRangeException in BaseFhirJsonDeserializer.getMappingForElement): any failure of
            // the parser is malformed input to this reader.
            return FhirMappingErrors.JsonInvalid();
        }
    }

    /// <summary>Parses FHIR JSON that must be a resource of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected resource type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The resource, <see cref="FhirMappingErrors.JsonInvalidCode"/> or <see cref="FhirMappingErrors.WrongResourceTypeCode"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<T> Parse<T>(string json)
        where T : Resource =>
        Parse(json).Bind(r => r is T t
            ? Result<T>.Success(t)
            : Result<T>.Failure(FhirMappingErrors.WrongResourceType(ModelInfo.GetFhirTypeNameForType(typeof(T)) ?? typeof(T).Name, r.TypeName)));
}
