using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Formulation;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Writes an enum as its stable kebab-case code (<see cref="Codes.Of{TEnum}(TEnum)"/>) and reads only those codes, spelt
/// exactly; a combination of flags is written and read as the codes joined by ", ". Integers, other spellings and
/// undefined values are a <see cref="JsonException"/>. The codes are encoded once per converter, so reading and writing
/// do not allocate.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class KebabEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, System.Enum
{
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);
    private readonly TEnum[] _values;
    private readonly string[] _names;
    private readonly byte[][] _codes;
    private readonly JsonEncodedText[] _written;

    /// <summary>Creates the converter and encodes the codes of every member.</summary>
    public KebabEnumConverter()
    {
        string[] names = Enum.GetNames<TEnum>();
        _values = Enum.GetValues<TEnum>();
        _names = new string[names.Length];
        _codes = new byte[names.Length][];
        _written = new JsonEncodedText[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            _names[i] = JsonNamingPolicy.KebabCaseLower.ConvertName(names[i]);
            _codes[i] = Encoding.UTF8.GetBytes(_names[i]);
            _written[i] = JsonEncodedText.Encode(Codes.Of(_values[i]));
        }
    }

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("An enum value must be written as its code.");
        }

        for (int i = 0; i < _codes.Length; i++)
        {
            if (reader.ValueTextEquals(_codes[i]))
            {
                return _values[i];
            }
        }

        return IsFlags ? ReadFlags(reader.GetString()!) : throw new JsonException("Unknown code.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        for (int i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(_values[i], value))
            {
                writer.WriteStringValue(_written[i]);
                return;
            }
        }

        if (!IsFlags || !IsCombination(value))
        {
            throw new JsonException("An undefined enum value cannot be written.");
        }

        writer.WriteStringValue(Codes.Of(value));
    }

    private TEnum ReadFlags(string text)
    {
        ulong bits = 0;
        foreach (string part in text.Split(", "))
        {
            int index = Array.IndexOf(_names, part);
            if (index < 0)
            {
                throw new JsonException("Unknown code.");
            }

            bits |= Convert.ToUInt64(_values[index], CultureInfo.InvariantCulture);
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), bits);
    }

    private bool IsCombination(TEnum value)
    {
        ulong rest = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
        foreach (TEnum member in _values)
        {
            rest &= ~Convert.ToUInt64(member, CultureInfo.InvariantCulture);
        }

        return rest == 0;
    }
}
