using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

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
