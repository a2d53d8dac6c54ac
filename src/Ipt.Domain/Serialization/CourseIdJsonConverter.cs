using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes a <see cref="CourseId"/> as its GUID string.</summary>
public sealed class CourseIdJsonConverter : JsonConverter<CourseId>
{
    /// <inheritdoc />
    public override CourseId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetGuid(out Guid id) || id == Guid.Empty)
        {
            throw new JsonException("A course id must be a non-empty GUID string.");
        }

        return new CourseId(id);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CourseId value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(value.Value);
    }
}
