using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes an <see cref="InterpersonalFormulation"/> as <c>{target, foci, agreedOn}</c>.</summary>
public sealed class InterpersonalFormulationJsonConverter : JsonConverter<InterpersonalFormulation>
{
    /// <inheritdoc />
    public override InterpersonalFormulation? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        InterpersonalInventoryJsonConverter.Expect(ref reader, JsonTokenType.StartObject);
        TargetCondition? target = null;
        List<FormulationFocus>? foci = null;
        DateOnly? agreedOn = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "target":
                    target = InterpersonalInventoryJsonConverter.ReadValue<TargetCondition>(ref reader, options);
                    break;
                case "foci":
                    foci = InterpersonalInventoryJsonConverter.ReadValue<List<FormulationFocus>>(ref reader, options);
                    break;
                case "agreedOn":
                    agreedOn = reader.TokenType == JsonTokenType.Null ? null : InterpersonalInventoryJsonConverter.ReadValue<DateOnly>(ref reader, options);
                    break;
                default:
                    throw new JsonException("Unknown formulation property.");
            }
        }

        InterpersonalInventoryJsonConverter.Expect(ref reader, JsonTokenType.EndObject);
        return InterpersonalInventoryJsonConverter.Wrap(() => new InterpersonalFormulation(
            target ?? throw new JsonException("A formulation needs a target condition."), foci ?? throw new JsonException("A formulation needs foci."), agreedOn));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, InterpersonalFormulation value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        writer.WritePropertyName("target");
        InterpersonalInventoryJsonConverter.WriteValue<TargetCondition>(writer, value.Target, options);
        writer.WritePropertyName("foci");
        InterpersonalInventoryJsonConverter.WriteValue<List<FormulationFocus>>(writer, [.. value.Foci], options);
        if (value.AgreedOn is { } on)
        {
            writer.WritePropertyName("agreedOn");
            InterpersonalInventoryJsonConverter.WriteValue<DateOnly>(writer, on, options);
        }

        writer.WriteEndObject();
    }
}
