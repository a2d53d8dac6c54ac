using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes an <see cref="InterpersonalInventory"/> as <c>{symptomOnset, people, events}</c>; the
/// completion date is the event's date and is not stored twice.</summary>
public sealed class InterpersonalInventoryJsonConverter : JsonConverter<InterpersonalInventory>
{
    /// <inheritdoc />
    public override InterpersonalInventory? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Guard.Against.Null(options);
        Expect(ref reader, JsonTokenType.StartObject);
        DateOnly? onset = null;
        List<InventoryPerson>? people = null;
        List<LifeEvent>? events = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "symptomOnset":
                    onset = reader.TokenType == JsonTokenType.Null ? null : ReadValue<DateOnly>(ref reader, options);
                    break;
                case "people":
                    people = ReadValue<List<InventoryPerson>>(ref reader, options);
                    break;
                case "events":
                    events = ReadValue<List<LifeEvent>>(ref reader, options);
                    break;
                default:
                    throw new JsonException("Unknown inventory property.");
            }
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return Wrap(() => new InterpersonalInventory(onset, people ?? throw new JsonException("An inventory needs people."), events ?? []));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, InterpersonalInventory value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(value);
        writer.WriteStartObject();
        if (value.SymptomOnset is { } onset)
        {
            writer.WritePropertyName("symptomOnset");
            WriteValue<DateOnly>(writer, onset, options);
        }

        writer.WritePropertyName("people");
        WriteValue<List<InventoryPerson>>(writer, [.. value.People], options);
        writer.WritePropertyName("events");
        WriteValue<List<LifeEvent>>(writer, [.. value.Events], options);
        writer.WriteEndObject();
    }

    // Nested values go straight to their converter on the same reader and writer: JsonSerializer.Deserialize(ref reader)
    // would first skip over the value to scope a second reader to it, reading every nested byte twice. A null token is
    // null for a reference type; for a value type it goes to the converter, which rejects it.
    internal static T? ReadValue<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null && default(T) is null ? default : Converter<T>(options).Read(ref reader, typeof(T), options);

    internal static void WriteValue<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        Converter<T>(options).Write(writer, value, options);

    private static JsonConverter<T> Converter<T>(JsonSerializerOptions options) => (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;

    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException("Unexpected JSON token.");
        }
    }

    internal static T Wrap<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException)
        {
            throw new JsonException("The value breaks a rule of its type.");
        }
    }
}
