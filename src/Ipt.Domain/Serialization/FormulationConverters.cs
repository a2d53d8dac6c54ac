using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ipt.Domain.Formulation;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes an <see cref="InterpersonalInventory"/> as <c>{symptomOnset, people, events}</c>; the
/// completion date is the event's date and is not stored twice.</summary>
public sealed class InterpersonalInventoryJsonConverter : JsonConverter<InterpersonalInventory>
{
    /// <inheritdoc />
    public override InterpersonalInventory? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
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
                    onset = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, Info<DateOnly>(options));
                    break;
                case "people":
                    people = JsonSerializer.Deserialize(ref reader, Info<List<InventoryPerson>>(options));
                    break;
                case "events":
                    events = JsonSerializer.Deserialize(ref reader, Info<List<LifeEvent>>(options));
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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.SymptomOnset is { } onset)
        {
            writer.WritePropertyName("symptomOnset");
            JsonSerializer.Serialize(writer, onset, Info<DateOnly>(options));
        }

        writer.WritePropertyName("people");
        JsonSerializer.Serialize(writer, [.. value.People], Info<List<InventoryPerson>>(options));
        writer.WritePropertyName("events");
        JsonSerializer.Serialize(writer, [.. value.Events], Info<List<LifeEvent>>(options));
        writer.WriteEndObject();
    }

    internal static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

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

/// <summary>Reads and writes an <see cref="InterpersonalFormulation"/> as <c>{target, foci, agreedOn}</c>.</summary>
public sealed class InterpersonalFormulationJsonConverter : JsonConverter<InterpersonalFormulation>
{
    /// <inheritdoc />
    public override InterpersonalFormulation? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
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
                    target = JsonSerializer.Deserialize(ref reader, InterpersonalInventoryJsonConverter.Info<TargetCondition>(options));
                    break;
                case "foci":
                    foci = JsonSerializer.Deserialize(ref reader, InterpersonalInventoryJsonConverter.Info<List<FormulationFocus>>(options));
                    break;
                case "agreedOn":
                    agreedOn = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, InterpersonalInventoryJsonConverter.Info<DateOnly>(options));
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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("target");
        JsonSerializer.Serialize(writer, value.Target, InterpersonalInventoryJsonConverter.Info<TargetCondition>(options));
        writer.WritePropertyName("foci");
        JsonSerializer.Serialize(writer, [.. value.Foci], InterpersonalInventoryJsonConverter.Info<List<FormulationFocus>>(options));
        if (value.AgreedOn is { } on)
        {
            writer.WritePropertyName("agreedOn");
            JsonSerializer.Serialize(writer, on, InterpersonalInventoryJsonConverter.Info<DateOnly>(options));
        }

        writer.WriteEndObject();
    }
}

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
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Text);
    }
}

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
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}

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
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
