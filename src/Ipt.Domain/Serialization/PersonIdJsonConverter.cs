using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes a <see cref="PersonId"/> as a number.</summary>
public sealed class PersonIdJsonConverter : JsonConverter<PersonId>
{
    /// <inheritdoc />
    public override PersonId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int v)
            ? InterpersonalInventoryJsonConverter.Wrap(() => PersonId.From(v))
            : throw new JsonException("A person id must be a number.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PersonId value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteNumberValue(value.Value);
    }
}
