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

/// <summary>Reads and writes a <see cref="ClientRef"/> as its string, validating it on read.</summary>
public sealed class ClientRefJsonConverter : JsonConverter<ClientRef>
{
    /// <inheritdoc />
    public override ClientRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? value = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("A client reference must be a string.");
        try
        {
            return ClientRef.From(value!);
        }
        catch (ArgumentException)
        {
            throw new JsonException("A client reference must be 1–64 characters of letters, digits and '-', '_', '.', ':'.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClientRef value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStringValue(value.Value);
    }
}

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
