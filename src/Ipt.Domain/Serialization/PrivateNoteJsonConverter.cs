using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes a <see cref="PrivateNote"/> as its text.</summary>
public sealed class PrivateNoteJsonConverter : JsonConverter<PrivateNote>
{
    /// <inheritdoc />
    public override PrivateNote? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? value = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A note must be a string.");
        if (string.IsNullOrWhiteSpace(value) || value.Length > PrivateNote.MaxLength)
        {
            throw new JsonException("A note must be non-blank text of at most " + PrivateNote.MaxLength + " characters.");
        }

        return PrivateNote.From(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PrivateNote value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStringValue(value.Text);
    }
}
