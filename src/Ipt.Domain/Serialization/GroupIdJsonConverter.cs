using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Groups;

namespace Ipt.Domain.Serialization;

/// <summary>Reads and writes a <see cref="GroupId"/> as its GUID string.</summary>
public sealed class GroupIdJsonConverter : JsonConverter<GroupId>
{
    /// <inheritdoc />
    public override GroupId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetGuid(out Guid id) || id == Guid.Empty)
        {
            throw new JsonException("A group id must be a non-empty GUID string.");
        }

        return new GroupId(id);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, GroupId value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(value.Value);
    }
}
