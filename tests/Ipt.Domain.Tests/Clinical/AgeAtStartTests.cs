using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Clinical;

/// <summary>
/// IPT-A is for ages 12–18 [S40][S41]: a course records the client's age at start, and the protocol's rules check it
/// live and on replay; the age is an optional field of <c>course-started</c>, read strictly and never defaulted.
/// </summary>
public class AgeAtStartTests
{
    private static readonly CourseId Id = CourseId.From(new Guid("11111111-2222-3333-4444-555555555555"));
    private static readonly ClientRef Client = ClientRef.From("c-1042");
    private static readonly DateOnly On = new(2026, 1, 5);

    [IptProperty(300)]
    public Property An_IPT_A_course_starts_exactly_when_the_age_is_within_12_to_18()
    {
        return Prop.ForAll(Arb.From(Gen.Choose(0, 150)), age =>
        {
            Result<TreatmentCourse> r = TreatmentCourse.StartWithAge(Id, Client, AdolescentIpt.Definition, On, age);
            bool within = age >= 12 && age <= 18;
            return within
                ? r.IsSuccess && r.Value.AgeAtStart == age && ((CourseStarted)r.Value.History[0]).AgeAtStart == age
                : r.Error?.Code == AdaptationErrors.AgeOutOfRange;
        });
    }

    [IptProperty(200)]
    public Property The_age_at_start_reads_back_identically_and_replays()
    {
        return Prop.ForAll(Arb.From(Gen.Choose(12, 18)), age =>
        {
            TreatmentCourse c = TreatmentCourse.StartWithAge(Id, Client, AdolescentIpt.Definition, On, age).Value;
            IReadOnlyList<CourseEvent> back = CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(c.History)).Value;
            Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(back, AdolescentIpt.Definition);
            return back[0].Equals(c.History[0]) && replayed.IsSuccess && replayed.Value.AgeAtStart == age;
        });
    }

    [Fact]
    public void IPT_A_without_an_age_is_refused_live_and_a_stored_history_without_one_does_not_replay()
    {
        Assert.Equal(CourseStartErrors.AgeRequired, TreatmentCourse.StartWithContract(Id, Client, AdolescentIpt.Definition, On, 12).Error?.Code);
        Assert.Throws<ArgumentException>("protocol", () => TreatmentCourse.Start(Id, Client, AdolescentIpt.Definition, On));

        var noAge = new CourseStarted(On, Id, Client, AdolescentIpt.Id, 12);
        DomainError? e = TreatmentCourse.FromHistory([noAge], AdolescentIpt.Definition).Error;
        Assert.Equal(CourseStartErrors.AgeRequired, e?.Code);
        Assert.Equal(AdaptationErrors.AgeOutOfRange, TreatmentCourse.FromHistory([noAge with { AgeAtStart = 19 }], AdolescentIpt.Definition).Error?.Code);

        // A clinic reading histories written before the age was recorded may turn the requirement off; a given age is still checked.
        ProtocolDefinition lenient = AdolescentIpt.Create(new AdolescentIptSettings { RequireAgeAtStart = false }).Value;
        Assert.True(TreatmentCourse.FromHistory([noAge], lenient).IsSuccess);
        Assert.Equal(AdaptationErrors.AgeOutOfRange, TreatmentCourse.FromHistory([noAge with { AgeAtStart = 30 }], lenient).Error?.Code);
    }

    [Fact]
    public void A_protocol_without_an_age_bound_needs_no_age_and_the_absent_age_is_not_written()
    {
        TreatmentCourse c = TreatmentCourse.Start(Id, Client, StandardIpt.Definition, On);
        Assert.Null(c.AgeAtStart);
        string json = CourseHistoryJson.Serialize(c.History);
        Assert.DoesNotContain("ageAtStart", json, StringComparison.Ordinal);
        Assert.Null(((CourseStarted)CourseHistoryJson.Deserialize(json).Value[0]).AgeAtStart);

        TreatmentCourse adult = TreatmentCourse.StartWithAge(Id, Client, StandardIpt.Definition, On, 40).Value;
        Assert.Contains("\"ageAtStart\":40", CourseHistoryJson.Serialize(adult.History), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("ageAtStart", () => TreatmentCourse.StartWithAge(Id, Client, StandardIpt.Definition, On, -1));
    }

    [Fact]
    public void A_custom_protocol_bounds_ages_through_its_rules_with_the_generic_code()
    {
        ProtocolDefinition p = StandardIpt.Definition.ToBuilder("late-life-ipt", "Late-life IPT").Rules(new OlderAdults()).Build().Value;
        Assert.Equal(CourseStartErrors.AgeOutsideProtocol, TreatmentCourse.StartWithAge(Id, Client, p, On, 59).Error?.Code);
        Assert.True(TreatmentCourse.StartWithAge(Id, Client, p, On, 60).IsSuccess);
        Assert.True(TreatmentCourse.StartWithContract(Id, Client, p, On, 16).IsSuccess);
    }

    [Theory]
    [InlineData("\"15\"")]
    [InlineData("15.5")]
    [InlineData("true")]
    public void A_mistyped_age_is_refused_by_the_strict_reader(string value)
    {
        string json = "{\"schemaVersion\":2,\"events\":[{\"$type\":\"course-started\",\"occurredOn\":\"2026-01-05\",\"courseId\":\"" + Id.Value +
            "\",\"client\":\"c-1042\",\"protocolId\":\"ipt-a\",\"contractedSessions\":12,\"ageAtStart\":" + value + "}]}";
        DomainError? e = CourseHistoryJson.Deserialize(json).Error;
        Assert.Equal(CourseErrors.HistoryEventInvalid, e?.Code);
        Assert.Equal("ageAtStart", e?.Event?.Field);
    }

    [Fact]
    public void IPT_A_assigns_the_limited_sick_role_and_standard_IPT_the_sick_role()
    {
        Assert.Same(SickRoles.LimitedAdolescent, AdolescentIpt.Definition.Rules.SickRole);
        Assert.Same(SickRoles.Standard, StandardIpt.Definition.Rules.SickRole);
        Assert.Equal(new AgeRange(12, 18), AdolescentIpt.Definition.Rules.AgesAtStart);
        Assert.Null(StandardIpt.Definition.Rules.AgesAtStart);
    }

    private sealed class OlderAdults : ProtocolRules
    {
        public override AgeRange? AgesAtStart => new AgeRange(60, 150);
    }
}
