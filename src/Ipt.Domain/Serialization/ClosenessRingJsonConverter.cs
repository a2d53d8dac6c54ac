using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes a <see cref="ClosenessRing"/> as a number.</summary>
public sealed class ClosenessRingJsonConverter : JsonConverter<ClosenessRing>
{
    /// <inheritdoc />
    public override ClosenessRing Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int v)
            ? InterpersonalInventoryJsonConverter.Wrap(() => ClosenessRing.From(v))
            : throw new JsonException("A closeness ring must be a number.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClosenessRing value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteNumberValue(value.Value);
    }
}
