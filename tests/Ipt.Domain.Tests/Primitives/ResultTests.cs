using System;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Primitives;

public class ResultTests
{
    private static readonly DomainError Error = new("test.broken", "Broken.");

    [Fact]
    public void Success_exposes_value_and_no_error()
    {
        Result<int> r = 5;
        Assert.True(r.IsSuccess);
        Assert.False(r.IsFailure);
        Assert.Equal(5, r.Value);
        Assert.Null(r.Error);
        Assert.Equal("Success", r.ToString());
    }

    [Fact]
    public void Failure_exposes_the_error_and_refuses_the_value()
    {
        Result<int> r = Error;
        Assert.True(r.IsFailure);
        Assert.Same(Error, r.Error);
        Assert.Throws<InvalidOperationException>(() => r.Value);
        Assert.Equal(7, r.ValueOr(7));
        Assert.Equal("Failure(test.broken: Broken.)", r.ToString());
    }

    [Fact]
    public void Match_Switch_Map_and_Bind_follow_the_case()
    {
        Result<int> ok = 2;
        Result<int> bad = Error;
        Assert.Equal("2", ok.Match(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), e => e.Code));
        Assert.Equal("test.broken", bad.Match(v => "x", e => e.Code));
        string seen = "";
        bad.Switch(_ => seen = "ok", e => seen = e.Code);
        Assert.Equal("test.broken", seen);
        ok.Switch(v => seen = "ok " + v, e => seen = e.Code);
        Assert.Equal("ok 2", seen);
        Assert.Equal(4, ok.Map(v => v * 2).Value);
        Assert.Equal(Error, bad.Map(v => v * 2).Error);
        Assert.Equal(Error, ok.Bind<int>(_ => Error).Error);
        Assert.Equal(3, ok.Bind<int>(v => v + 1).Value);
    }

    [Fact]
    public void Two_failures_are_equal_only_with_equal_errors()
    {
        Result<int> bad = Error;
        Assert.Equal(bad, Result<int>.Failure(new DomainError(Error.Code, Error.Message)));
        Assert.NotEqual(bad, Result<int>.Failure(new DomainError("test.other", Error.Message)));
        Assert.NotEqual(bad, Result<int>.Failure(new DomainError(Error.Code, "Another sentence.")));
        Assert.NotEqual(bad, Result.Success(0));
        Assert.NotEqual(Result.Success(0), bad);
    }

    [Fact]
    public void An_event_location_starts_at_position_1()
    {
        Assert.Equal(1, new EventLocation(1, "session-recorded", null).Position);
        Assert.Equal("Position", Assert.Throws<ArgumentOutOfRangeException>(() => new EventLocation(0, null, null)).ParamName);
    }

    [Fact]
    public void A_default_result_is_a_failure_not_a_success()
    {
        Result<int> never = default;
        Assert.False(never.IsSuccess);
        Assert.True(never.IsFailure);
        Assert.True(never.IsT1);
        Assert.Equal(ResultErrors.Unset, never.Error!.Code);
        Assert.Throws<InvalidOperationException>(() => never.Value);
        Assert.Equal(ResultErrors.Unset, never.Match(_ => "ok", e => e.Code));
        Assert.NotEqual(Result.Success(0), never);
        OneOf.OneOf<int, DomainError> union = never;
        Assert.True(union.IsT1);
        Assert.Equal(ResultErrors.Unset, union.AsT1.Code);
    }

    [Fact]
    public void A_result_is_a_OneOf_union_of_value_and_error()
    {
        Result<int> ok = 2;
        Result<int> bad = Error;

        Assert.True(ok.IsT0);
        Assert.False(ok.IsT1);
        Assert.Equal(2, ok.AsT0);
        Assert.Throws<InvalidOperationException>(() => ok.AsT1);
        Assert.True(ok.TryPickT0(out int value, out DomainError? remainder));
        Assert.Equal(2, value);
        Assert.Null(remainder);
        Assert.False(ok.TryPickT1(out _, out int rest));
        Assert.Equal(2, rest);

        Assert.True(bad.IsT1);
        Assert.Same(Error, bad.AsT1);
        Assert.False(bad.TryPickT0(out _, out DomainError? error));
        Assert.Same(Error, error);
        Assert.True(bad.TryPickT1(out DomainError? picked, out _));
        Assert.Same(Error, picked);

        OneOf.OneOf<int, DomainError> okUnion = ok;
        OneOf.OneOf<int, DomainError> badUnion = bad;
        Assert.Equal(2, okUnion.AsT0);
        Assert.Same(Error, badUnion.AsT1);
        Assert.Equal(ok, (Result<int>)okUnion);
        Assert.Equal(bad, (Result<int>)badUnion);

        OneOf.IOneOf boxedOk = ok;
        OneOf.IOneOf boxedBad = bad;
        Assert.Equal((0, (object)2), (boxedOk.Index, boxedOk.Value));
        Assert.Equal((1, (object)Error), (boxedBad.Index, boxedBad.Value));
    }

    [Fact]
    public void Results_compare_by_value()
    {
        Assert.Equal(Result.Success(1), Result.Success(1));
        Assert.True(Result.Failure<int>(Error) == Result.Failure<int>(new DomainError("test.broken", "Broken.")));
        Assert.True(Result.Success(1) != Result.Failure<int>(Error));
    }

    [Fact]
    public void Misuse_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Result<int>.Failure(null!));
        Assert.Throws<ArgumentException>(() => new DomainError(" ", "x"));
        Assert.Throws<ArgumentNullException>(() => Result.Success(1).Match<int>(null!, e => 0));

        // Each delegate is checked whichever case the result is in, so a caller bug shows on the first run.
        Result<int> ok = 1;
        Assert.Throws<ArgumentNullException>("failure", () => ok.Match(v => v, null!));
        Assert.Throws<ArgumentNullException>("success", () => ok.Switch(null!, _ => { }));
        Assert.Throws<ArgumentNullException>("failure", () => ok.Switch(_ => { }, null!));
        Assert.Throws<ArgumentNullException>("map", () => ok.Map<int>(null!));
        Assert.Throws<ArgumentNullException>("next", () => ok.Bind<int>(null!));
    }

    [Fact]
    public void A_success_gives_its_own_value_not_the_fallback_and_differs_from_another_value()
    {
        Assert.Equal(5, Result.Success(5).ValueOr(7));
        Assert.NotEqual(Result.Success(1), Result.Success(2));
        Assert.False(Result.Success(1).Equals(Result.Success(2)));
        Assert.False(Result.Failure<int>(Error).Equals(Result.Success(0)));
        Assert.NotEqual(Result.Success(1).GetHashCode(), Result.Success(2).GetHashCode());
        Assert.Equal(Result.Failure<int>(Error).GetHashCode(), Result.Failure<int>(new DomainError("test.broken", "Broken.")).GetHashCode());
        Assert.NotEqual(Result.Failure<int>(Error).GetHashCode(), Result.Success(0).GetHashCode());
    }
}

public class IdentityTests
{
    [Theory]
    [InlineData("c-1042")]
    [InlineData("MRN:0042.7_b")]
    public void An_opaque_reference_is_accepted(string value) => Assert.Equal(value, ClientRef.From(value).ToString());

    [Theory]
    [InlineData("John Smith")]
    [InlineData("")]
    [InlineData("Zoë")]
    [InlineData("a/b")]
    public void A_name_like_or_malformed_reference_is_rejected(string value) =>
        Assert.Throws<ArgumentException>(() => ClientRef.From(value));

    [Fact]
    public void A_too_long_reference_is_rejected() => Assert.Throws<ArgumentException>(() => ClientRef.From(new string('a', 65)));

    [Fact]
    public void Misuse_messages_say_what_was_wrong_without_echoing_the_value()
    {
        ArgumentException tooLong = Assert.Throws<ArgumentException>("value", () => ClientRef.From(new string('q', 65)));
        Assert.Contains("1 to 64 characters", tooLong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("qqq", tooLong.Message, StringComparison.Ordinal);
        ArgumentException nameLike = Assert.Throws<ArgumentException>("value", () => ClientRef.From("Jane Roe"));
        Assert.Contains("only ASCII letters, digits", nameLike.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", nameLike.Message, StringComparison.Ordinal);
        Assert.Contains("empty GUID", Assert.Throws<ArgumentException>("value", () => CourseId.From(Guid.Empty)).Message, StringComparison.Ordinal);
        InvalidOperationException failed = Assert.Throws<InvalidOperationException>(() => Result.Failure<int>(new DomainError("test.broken", "Broken.")).Value);
        Assert.StartsWith("The result is a failure (test.broken); read Error instead.", failed.Message, StringComparison.Ordinal);

        var course = CourseFixture.NewCourse();
        ArgumentOutOfRangeException attendance = Assert.Throws<ArgumentOutOfRangeException>(
            "attendance", () => course.RecordSession(new DateOnly(2026, 1, 5), (Attendance)99));
        Assert.StartsWith("Not a defined Attendance value.", attendance.Message, StringComparison.Ordinal);
        ArgumentOutOfRangeException participants = Assert.Throws<ArgumentOutOfRangeException>(
            "participants", () => course.RecordSession(new DateOnly(2026, 1, 5), Attendance.Attended, participants: (SessionParticipants)64));
        Assert.StartsWith("Not a defined combination of session participants.", participants.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Course_ids_wrap_guids_and_refuse_the_empty_one()
    {
        var g = Guid.NewGuid();
        Assert.Equal(g, CourseId.From(g).Value);
        Assert.Equal(g.ToString("D"), CourseId.From(g).ToString());
        Assert.Throws<ArgumentException>(() => CourseId.From(Guid.Empty));
        Assert.NotEqual(CourseId.New(), CourseId.New());
    }

    [Fact]
    public void A_private_note_never_prints_its_text()
    {
        PrivateNote n = PrivateNote.From("SECRET detail");
        Assert.Equal("[private note]", n.ToString());
        Assert.Equal("SECRET detail", n.Text);
        Assert.Equal(n, PrivateNote.From("SECRET detail"));
        Assert.False(n.Equals(null));
        Assert.False(n.Equals((object?)null));
        Assert.NotEqual(n, PrivateNote.From("SECRET detail."));
        Assert.Throws<ArgumentException>(() => PrivateNote.From(" "));
        ArgumentOutOfRangeException tooLong = Assert.Throws<ArgumentOutOfRangeException>(() => PrivateNote.From("SECRET" + new string('x', PrivateNote.MaxLength)));
        Assert.DoesNotContain("SECRET", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_codes_are_kebab_case()
    {
        Assert.Equal("no-show", Codes.Of(Attendance.NoShow));
        Assert.Equal("begin-middle-phase", Codes.Of(Ipt.Domain.Phases.CourseTrigger.BeginMiddlePhase));
        Assert.Equal("parent-or-caregiver", Codes.Of(SessionParticipants.ParentOrCaregiver));
    }
}

public class CodesTests
{
    [Fact]
    public void Flag_combinations_give_the_same_codes_as_json()
    {
        const SessionParticipants both = SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver;
        string json = System.Text.Json.JsonSerializer.Serialize(both, Ipt.Domain.Serialization.IptJsonContext.Default.Options);
        Assert.Equal("\"" + Codes.Of(both) + "\"", json);
        Assert.Equal("partner, parent-or-caregiver", Codes.Of(both));
    }
}
