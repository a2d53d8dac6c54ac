using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes a <see cref="PersonLabel"/> as its text.</summary>
public sealed class PersonLabelJsonConverter : JsonConverter<PersonLabel>
{
    /// <inheritdoc />
    public override PersonLabel? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A label must be a string.");
        return InterpersonalInventoryJsonConverter.Wrap(() => PersonLabel.From(text!));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PersonLabel value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStringValue(value.Text);
    }
}
