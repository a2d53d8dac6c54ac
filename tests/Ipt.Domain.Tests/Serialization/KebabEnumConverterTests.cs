using System.Text.Json;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Serialization;

public class KebabEnumConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new KebabEnumConverter<Attendance>(), new KebabEnumConverter<IsolationPattern>() } };

    [Theory]
    [InlineData(Attendance.Attended, "\"attended\"")]
    [InlineData(Attendance.NoShow, "\"no-show\"")]
    [InlineData(Attendance.Cancelled, "\"cancelled\"")]
    public void A_value_is_written_as_its_code_and_read_back(Attendance value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, Options));
        Assert.Equal("\"" + Codes.Of(value) + "\"", json);
        Assert.Equal(value, JsonSerializer.Deserialize<Attendance>(json, Options));
    }

    [Fact]
    public void A_combination_of_flags_is_written_as_codes_joined_and_read_back()
    {
        IsolationPattern both = IsolationPattern.FewAttachments | IsolationPattern.ChronicIsolation;
        string json = JsonSerializer.Serialize(both, Options);
        Assert.Equal("\"few-attachments, chronic-isolation\"", json);
        Assert.Equal("\"" + Codes.Of(both) + "\"", json);
        Assert.Equal(both, JsonSerializer.Deserialize<IsolationPattern>(json, Options));
    }

    [Theory]
    [InlineData("\"Attended\"")]        // the member name is not the code
    [InlineData("\"ATTENDED\"")]
    [InlineData("\"attended \"")]
    [InlineData("\"sometimes\"")]
    [InlineData("0")]                   // integers are not accepted
    [InlineData("null")]
    [InlineData("true")]
    public void Anything_but_a_code_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Attendance>(json, Options));

    [Theory]
    [InlineData("\"few-attachments, nonsense\"")]
    [InlineData("\"few-attachments,chronic-isolation\"")]
    public void A_combination_with_an_unknown_or_misspelt_part_is_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IsolationPattern>(json, Options));

    [Fact]
    public void An_undefined_value_cannot_be_written()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((Attendance)99, Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((IsolationPattern)64, Options));
    }

    private static JsonException ReadDirectly(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        try
        {
            new KebabEnumConverter<Attendance>().Read(ref reader, typeof(Attendance), Options);
        }
        catch (JsonException ex)
        {
            return ex;
        }

        throw new Xunit.Sdk.XunitException("read " + json);
    }

    [Fact]
    public void The_converter_s_own_refusals_are_sentences_and_a_null_writer_is_misuse()
    {
        foreach (JsonException ex in new[] { ReadDirectly("0"), ReadDirectly("\"sometimes\""), Assert.Throws<JsonException>(() => JsonSerializer.Serialize((Attendance)99, Options)) })
        {
            Assert.Matches(@"^[A-Z][^\r\n]*[^\s.]\.", ex.Message);
        }

        Assert.NotEqual(ReadDirectly("0").Message, ReadDirectly("\"sometimes\"").Message);
        Assert.Equal("writer", Assert.Throws<System.ArgumentNullException>(() => new KebabEnumConverter<Attendance>().Write(null!, Attendance.Attended, Options)).ParamName);
    }
}
