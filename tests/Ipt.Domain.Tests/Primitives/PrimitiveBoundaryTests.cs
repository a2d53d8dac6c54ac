using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Primitives;

/// <summary>The primitives' bounds as their docs state them: a client reference's length and alphabet, a note's length
/// and hidden text, a course id's emptiness and format, enum codes, and the library's own guards, whose messages name
/// the bound and never the value.</summary>
public class PrimitiveBoundaryTests
{
    [Fact]
    public void A_client_reference_is_1_to_64_ascii_letters_digits_and_the_four_marks()
    {
        Assert.Equal(new string('a', ClientRef.MaxLength), ClientRef.From(new string('a', ClientRef.MaxLength)).Value);
        Assert.Equal("Az09-_.:", ClientRef.From("Az09-_.:").ToString());
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => ClientRef.From(new string('a', ClientRef.MaxLength + 1))).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => ClientRef.From(string.Empty)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => ClientRef.From(null!)).ParamName);
        foreach (string refused in new[] { "Ann Smith", "café", "a/b", "a,b", "a+b" })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => ClientRef.From(refused));
            Assert.Equal("value", e.ParamName);
            Assert.DoesNotContain(refused, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_note_holds_up_to_its_maximum_never_prints_its_text_and_compares_by_exact_text()
    {
        PrivateNote longest = PrivateNote.From(new string('x', PrivateNote.MaxLength));
        Assert.Equal(PrivateNote.MaxLength, longest.Text.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => PrivateNote.From(new string('x', PrivateNote.MaxLength + 1)));
        Assert.Throws<ArgumentException>(() => PrivateNote.From("   "));

        PrivateNote note = PrivateNote.From("Sleep improved");
        Assert.Equal("[private note]", note.ToString());
        Assert.Equal(note, PrivateNote.From("Sleep improved"));
        Assert.Equal(note.GetHashCode(), PrivateNote.From("Sleep improved").GetHashCode());
        Assert.NotEqual(note, PrivateNote.From("sleep improved"));
        Assert.False(note.Equals((object?)null));
        Assert.False(note.Equals("Sleep improved"));
        Assert.True(note.Equals((object)PrivateNote.From("Sleep improved")));
    }

    [Fact]
    public void A_course_id_is_never_empty_and_prints_as_a_d_format_guid()
    {
        var guid = new Guid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        Assert.Equal("00000001-0002-0003-0405-060708090a0b", CourseId.From(guid).ToString());
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => CourseId.From(Guid.Empty)).ParamName);
        Assert.NotEqual(CourseId.New(), CourseId.New());
    }

    [Fact]
    public void Codes_are_kebab_case_and_flag_combinations_join_with_a_comma()
    {
        Assert.Equal("no-show", Codes.Of(Attendance.NoShow));
        Assert.Equal("partner", Codes.Of(SessionParticipants.Partner));
        Assert.Equal("partner, parent-or-caregiver", Codes.Of(SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver));
    }

    [Fact]
    public void The_librarys_guards_pass_at_their_bound_throw_beyond_it_and_name_the_bound_not_the_value()
    {
        Assert.Equal(3, Guard.Against.LessThan(3, 3));
        AssertOutOfRange(() => Guard.Against.LessThan(2, 3), "Must be at least 3.");
        Assert.Equal(4, Guard.Against.LessThanOrEqual(4, 3));
        AssertOutOfRange(() => Guard.Against.LessThanOrEqual(3, 3), "Must be greater than 3.");
        Assert.Equal(3, Guard.Against.GreaterThan(3, 3));
        AssertOutOfRange(() => Guard.Against.GreaterThan(4, 3), "Must be at most 3.");
        Assert.Equal(2, Guard.Against.GreaterThanOrEqual(2, 3));
        AssertOutOfRange(() => Guard.Against.GreaterThanOrEqual(3, 3), "Must be less than 3.");

        SessionParticipants all = SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver | SessionParticipants.OtherSignificantPerson;
        Assert.Equal(all, Guard.Against.UndefinedParticipants(all));
        Assert.Equal(SessionParticipants.ClientOnly, Guard.Against.UndefinedParticipants(SessionParticipants.ClientOnly));
        AssertOutOfRange(() => Guard.Against.UndefinedParticipants(all | (SessionParticipants)8), "Not a defined combination of session participants.");
        Assert.Equal(Attendance.NoShow, Guard.Against.UndefinedEnum(Attendance.NoShow));
        AssertOutOfRange(() => Guard.Against.UndefinedEnum((Attendance)99), "Not a defined Attendance value.");
    }

    private static void AssertOutOfRange(Action guarded, string message)
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(guarded);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(e.ParamName));
    }
}
