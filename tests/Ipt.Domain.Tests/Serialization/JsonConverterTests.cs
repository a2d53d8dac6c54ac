using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>The public System.Text.Json converters of the library's value types, used on their own: each reads what
/// it writes, refuses a value its type would refuse with a <see cref="JsonException"/> whose message is a sentence,
/// and treats a null writer or value as misuse.</summary>
public class JsonConverterTests
{
    private static readonly JsonSerializerOptions Options = IptJsonContext.Default.Options;

    private static T Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        T value = converter.Read(ref reader, typeof(T), Options)!;
        Assert.False(reader.Read() && reader.TokenType != JsonTokenType.EndObject && reader.TokenType != JsonTokenType.EndArray, "the converter left part of its value unread");
        return value;
    }

    private static string Write<T>(JsonConverter<T> converter, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            converter.Write(writer, value, Options);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonException Refused<T>(JsonConverter<T> converter, string json)
    {
        JsonException ex = Assert.Throws<JsonException>(() => Read(converter, json));
        Assert.Matches(@"^[A-Z][^\r\n]*[^\s.]\.$", ex.Message);
        return ex;
    }

    private static void WritingNullIsMisuse<T>(JsonConverter<T> converter, T value, bool valueCanBeNull = true)
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => converter.Write(null!, value, Options)).ParamName);
        if (valueCanBeNull)
        {
            Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => converter.Write(writer, default!, Options)).ParamName);
        }
    }

    [Fact]
    public void A_private_note_is_its_text_up_to_its_bound()
    {
        var c = new PrivateNoteJsonConverter();
        Assert.Equal("\"she called\"", Write(c, PrivateNote.From("she called")));
        Assert.Equal("she called", Read(c, "\"she called\"").Text);
        Assert.Equal(PrivateNote.MaxLength, Read(c, "\"" + new string('a', PrivateNote.MaxLength) + "\"").Text.Length);
        Assert.Contains(PrivateNote.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), Refused(c, "\"" + new string('a', PrivateNote.MaxLength + 1) + "\"").Message, StringComparison.Ordinal);
        Refused(c, "\"   \"");
        Refused(c, "\"\"");
        Refused(c, "12");
        WritingNullIsMisuse(c, PrivateNote.From("x"));
    }

    [Fact]
    public void A_person_label_is_its_text()
    {
        var c = new PersonLabelJsonConverter();
        Assert.Equal("\"partner\"", Write(c, PersonLabel.From("partner")));
        Assert.Equal(PersonLabel.From("partner"), Read(c, "\"partner\""));
        Refused(c, "1");
        Refused(c, "\"\"");
        WritingNullIsMisuse(c, PersonLabel.From("partner"));
    }

    [Fact]
    public void A_client_reference_is_its_string_and_is_checked_on_read()
    {
        var c = new ClientRefJsonConverter();
        Assert.Equal("\"c-1042\"", Write(c, ClientRef.From("c-1042")));
        Assert.Equal(ClientRef.From("c-1042"), Read(c, "\"c-1042\""));
        Refused(c, "1042");
        Assert.Contains("64", Refused(c, "\"two words\"").Message, StringComparison.Ordinal);
        WritingNullIsMisuse(c, ClientRef.From("c-1042"));
    }

    [Fact]
    public void A_person_id_and_a_closeness_ring_are_numbers_in_their_bounds()
    {
        var person = new PersonIdJsonConverter();
        Assert.Equal("3", Write(person, PersonId.From(3)));
        Assert.Equal(PersonId.From(3), Read(person, "3"));
        Refused(person, "\"3\"");
        Refused(person, "0");
        WritingNullIsMisuse(person, PersonId.From(3), valueCanBeNull: false);

        var ring = new ClosenessRingJsonConverter();
        Assert.Equal("2", Write(ring, ClosenessRing.From(2)));
        Assert.Equal(ClosenessRing.From(2), Read(ring, "2"));
        Refused(ring, "\"2\"");
        Refused(ring, "0");
        WritingNullIsMisuse(ring, ClosenessRing.From(2), valueCanBeNull: false);
    }

    [Fact]
    public void Course_and_group_ids_are_non_empty_guid_strings()
    {
        var guid = new Guid("2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b");
        var course = new CourseIdJsonConverter();
        Assert.Equal("\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\"", Write(course, CourseId.From(guid)));
        Assert.Equal(CourseId.From(guid), Read(course, "\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\""));
        Refused(course, "\"00000000-0000-0000-0000-000000000000\"");
        Refused(course, "\"not-a-guid\"");
        WritingNullIsMisuse(course, CourseId.From(guid), valueCanBeNull: false);

        var group = new GroupIdJsonConverter();
        Assert.Equal("\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\"", Write(group, new GroupId(guid)));
        Assert.Equal(new GroupId(guid), Read(group, "\"2d7e4b1a-5c3f-4e8a-9b6d-0f1a2c3e4d5b\""));
        Refused(group, "\"00000000-0000-0000-0000-000000000000\"");
        Refused(group, "7");
        WritingNullIsMisuse(group, new GroupId(guid), valueCanBeNull: false);
    }

    [Fact]
    public void An_inventory_reads_what_it_writes_and_refuses_an_unknown_or_missing_part()
    {
        var c = new InterpersonalInventoryJsonConverter();
        InterpersonalInventory inventory = ClinicalSamples.Inventory();
        string json = Write(c, inventory);

        InterpersonalInventory back = Read(c, json);

        Assert.Equal(json, Write(c, back));
        Assert.Equal(inventory.SymptomOnset, back.SymptomOnset);
        Assert.Equal(inventory.People.Count, back.People.Count);

        string people = json[json.IndexOf("\"people\":", StringComparison.Ordinal)..^1];
        Assert.Null(Read(c, "{\"symptomOnset\":null," + people + "}").SymptomOnset);
        Assert.Null(Read(c, "{" + people + "}").SymptomOnset);
        Assert.Empty(Read(c, "{" + people[..people.IndexOf(",\"events\":", StringComparison.Ordinal)] + "}").Events);
        Refused(c, "[]");
        Refused(c, "{\"notes\":1," + people + "}");
        Refused(c, "{\"events\":[]}");
        Assert.Throws<ArgumentNullException>(() => Read(new InterpersonalInventoryJsonConverterWithoutOptions(), json));
        WritingNullIsMisuse(c, inventory);
    }

    [Fact]
    public void A_formulation_reads_what_it_writes_and_refuses_an_unknown_or_missing_part()
    {
        var c = new InterpersonalFormulationJsonConverter();
        InterpersonalFormulation formulation = InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse), new DateOnly(2026, 2, 2));
        string json = Write(c, formulation);

        InterpersonalFormulation back = Read(c, json);

        Assert.Equal(json, Write(c, back));
        Assert.Equal(new DateOnly(2026, 2, 2), back.AgreedOn);
        string target = json[1..json.IndexOf(",\"agreedOn\"", StringComparison.Ordinal)];
        Assert.Null(Read(c, "{" + target + ",\"agreedOn\":null}").AgreedOn);
        Assert.Null(Read(c, "{" + target + "}").AgreedOn);
        Refused(c, "[]");
        Refused(c, "{" + target + ",\"notes\":1}");
        Refused(c, "{\"foci\":[]}");
        Refused(c, "{\"target\":\"major-depressive-episode\"}");
        WritingNullIsMisuse(c, formulation);
    }

    // Reads with options that are null: misuse.
    private sealed class InterpersonalInventoryJsonConverterWithoutOptions : JsonConverter<InterpersonalInventory>
    {
        private readonly InterpersonalInventoryJsonConverter _inner = new();

        public override InterpersonalInventory? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _inner.Read(ref reader, typeToConvert, null!);

        public override void Write(Utf8JsonWriter writer, InterpersonalInventory value, JsonSerializerOptions options) =>
            _inner.Write(writer, value, options);
    }
}
