using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Serialization;

/// <summary>
/// The one reading path of a history document, <c>{"schemaVersion":N,"events":[...]}</c>, for course and group
/// histories alike: the text must be one well-formed JSON value (else <c>history.json-invalid</c> with its line and
/// byte, never its content); the document holds exactly <c>schemaVersion</c> and <c>events</c>, in either order; the
/// version must be one the caller reads (else <c>history.schema-unsupported</c>); each element of <c>events</c> goes to
/// the caller's element reader. Syntax is checked for the whole text before any element's error is returned, so a
/// broken text is always <c>history.json-invalid</c>. Streaming over <see cref="Utf8JsonReader"/>: the events are
/// passed over once, by the same reader that checks them.
/// </summary>
internal static class HistoryDocumentReader
{
    // Strict UTF-16 to UTF-8: a lone surrogate is invalid text, not a replacement character.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads one element of <c>events</c>: the reader stands on its first token (offsets from the start of
    /// <c>json</c>) and must be left on its last token. May throw <see cref="JsonException"/> only for malformed JSON.</summary>
    internal delegate Result<T> ElementReader<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, int schemaVersion, StrictEventReader.Scratch scratch);

    /// <summary>Reads a document given as text (transcoded to UTF-8 in a pooled buffer).</summary>
    public static Result<IReadOnlyList<T>> Read<T>(string json, in HistoryDocumentKind kind, ElementReader<T> element)
    {
        byte[]? rented = null;
        try
        {
            int length;
            try
            {
                rented = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(json.Length));
                length = StrictUtf8.GetBytes(json, rented);
            }
            catch (EncoderFallbackException)
            {
                return CourseErrors.JsonUnpairedSurrogate(kind.Name);
            }

            return Read(rented.AsSpan(0, length), kind, element);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads a document given as UTF-8 bytes.</summary>
    public static Result<IReadOnlyList<T>> Read<T>(ReadOnlySpan<byte> json, in HistoryDocumentKind kind, ElementReader<T> element)
    {
        var scratch = new StrictEventReader.Scratch();
        var events = new PooledList<T>();
        try
        {
            return ReadDocument(json, kind, element, scratch, ref events);
        }
        catch (JsonException ex)
        {
            return Invalid(kind, ex);
        }
        finally
        {
            events.Dispose();
            scratch.Dispose();
        }
    }

    private static Result<IReadOnlyList<T>> ReadDocument<T>(ReadOnlySpan<byte> json, in HistoryDocumentKind kind, ElementReader<T> element, StrictEventReader.Scratch scratch, ref PooledList<T> events)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            return CourseErrors.JsonNotValid(kind.Name);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return End<T>(ref reader, kind, CourseErrors.JsonHoldsNoDocument(kind.Name));
        }

        int version = -1;
        bool hasVersion = false;
        bool versionIsNumber = false;
        int eventsAt = -1;
        bool read = false;
        DomainError? envelope = null;
        DomainError? error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("schemaVersion"u8) && !hasVersion)
            {
                hasVersion = true;
                reader.Read();
                versionIsNumber = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out version);
                reader.Skip();
            }
            else if (reader.ValueTextEquals("events"u8) && eventsAt < 0)
            {
                reader.Read();
                eventsAt = (int)reader.TokenStartIndex;
                if (envelope is null && hasVersion && versionIsNumber && kind.Reads(version) && reader.TokenType == JsonTokenType.StartArray)
                {
                    // The usual order (the writer's): the version is known, so the events are read as they are checked.
                    read = true;
                    error = Elements(ref reader, json, version, element, scratch, ref events);
                }
                else
                {
                    reader.Skip();
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
                envelope ??= CourseErrors.DocumentPropertyUnknown(kind.Name);
            }
        }

        if (reader.Read())
        {
            return CourseErrors.JsonMoreThanOneValue();
        }

        // The text is well-formed JSON from here on.
        if (envelope is not null)
        {
            return envelope;
        }

        if (!versionIsNumber)
        {
            return CourseErrors.DocumentNoSchemaVersion(kind.Name);
        }

        if (!kind.Reads(version))
        {
            return CourseErrors.SchemaVersionUnsupported(version, kind.Supported);
        }

        if (!read)
        {
            if (eventsAt < 0 || json[eventsAt] != (byte)'[')
            {
                return CourseErrors.DocumentNoEvents(kind.Name);
            }

            // The events came before the version: read them now.
            var again = new Utf8JsonReader(json[eventsAt..]);
            again.Read();
            error = Elements(ref again, json[eventsAt..], version, element, scratch, ref events);
        }

        if (error is not null)
        {
            return error;
        }

        return events.ToArray();
    }

    // Reads the elements of the array the reader stands on; after a refused element the rest is only checked as JSON.
    private static DomainError? Elements<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int version, ElementReader<T> element, StrictEventReader.Scratch scratch, ref PooledList<T> events)
    {
        DomainError? error = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (error is not null)
            {
                reader.Skip();
                continue;
            }

            Result<T> e = element(ref reader, json, events.Count + 1, version, scratch);
            if (e.IsFailure)
            {
                error = e.Error!;
            }
            else
            {
                events.Add(e.Value);
            }
        }

        return error;
    }

    private static Result<IReadOnlyList<T>> End<T>(ref Utf8JsonReader reader, in HistoryDocumentKind kind, DomainError error) =>
        reader.Read() ? CourseErrors.JsonMoreThanOneValue() : error;

    // Only the location is reported: the exception text of System.Text.Json may quote content.
    private static DomainError Invalid(in HistoryDocumentKind kind, JsonException ex) =>
        new(CourseErrors.HistoryJsonInvalid, "The JSON is not a valid " + kind.Name +
            (ex.LineNumber is { } line ? " (line " + (line + 1).ToString(CultureInfo.InvariantCulture) + ", byte " + (ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture) + ")." : "."));
}

/// <summary>The events read so far, in an array rented from the shared pool; the result is one exact copy.</summary>
/// <typeparam name="T">The event type.</typeparam>
internal struct PooledList<T>
{
    private T[]? _items;

    public int Count { get; private set; }

    public void Add(T item)
    {
        _items ??= ArrayPool<T>.Shared.Rent(64);
        if (Count == _items.Length)
        {
            T[] larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[Count++] = item;
    }

    public readonly T[] ToArray() => _items is null ? [] : _items.AsSpan(0, Count).ToArray();

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = null;
        }
    }
}

/// <summary>What kind of history a document holds: its name in messages and the schema versions read.</summary>
internal readonly record struct HistoryDocumentKind(string Name, int Oldest, int Newest)
{
    public bool Reads(int version) => version >= Oldest && version <= Newest;

    public string Supported => Oldest == Newest
        ? "this library reads version " + Newest.ToString(CultureInfo.InvariantCulture)
        : "this library reads versions " + Oldest.ToString(CultureInfo.InvariantCulture) + " to " + Newest.ToString(CultureInfo.InvariantCulture);
}
