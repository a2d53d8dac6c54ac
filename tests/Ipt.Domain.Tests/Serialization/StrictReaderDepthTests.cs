using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>Strict reading below the event's top level: every problem-area detail the schema holds reads back as written,
/// and an unknown, missing or invalid value is refused at any depth, named by its path.</summary>
public class StrictReaderDepthTests
{
    private static readonly DateOnly On = new(2026, 2, 2);

    public static TheoryData<string, ProblemAreaFocus> Details => new()
    {
        { "grief, every value", new GriefFocus(RelationshipKind.Parent, new DateOnly(2025, 11, 3), GriefType.Complicated, LossKind.NonDeathLoss) { DeceasedPerson = PersonId.From(2) } },
        { "grief, no optional value", new GriefFocus(RelationshipKind.Sibling, null, GriefType.Normal) },
        { "role dispute", new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse) { OtherPartyPerson = PersonId.From(1), OtherPartyLabel = PersonLabel.From("partner"), NonReciprocalExpectations = [PrivateNote.From("chores")], IsCovert = true } },
        { "role transition, every value", new RoleTransitionFocus(PrivateNote.From("worker"), PrivateNote.From("retired"), TransitionDomain.Work, true) { ChangedOn = new DateOnly(2025, 9, 1) } },
        { "role transition, no date", new RoleTransitionFocus(PrivateNote.From("single"), PrivateNote.From("parent"), TransitionDomain.Relationship, false) },
        { "interpersonal deficits, with a note", new InterpersonalDeficitsFocus(IsolationPattern.FewAttachments, PriorFunctioning.LimitedBeforeEpisode) { PriorFunctioningNote = PrivateNote.From("always alone") } },
        { "interpersonal deficits, no note", new InterpersonalDeficitsFocus(IsolationPattern.ImpairedSocialSkills, PriorFunctioning.NotAssessed) },
        { "lost healthy self, every value", new LostHealthySelfFocus(new DateOnly(2024, 5, 6)) { LostSelfDescription = PrivateNote.From("runner") } },
        { "lost healthy self, no value", new LostHealthySelfFocus(null) },
        { "single-parent family, with a situation", new SingleParentFamilyFocus(RelationshipKind.Parent) { Situation = PrivateNote.From("father away") } },
        { "single-parent family, no situation", new SingleParentFamilyFocus(RelationshipKind.Parent) },
        { "interpersonal affective focus", new InterpersonalAffectiveFocusDetail(PrivateNote.From("pleasing"), PrivateNote.From("shame")) },
    };

    private static string FormulationJson(ProblemAreaFocus detail) =>
        CourseEventJson.Serialize(new FormulationAgreed(On, InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, detail)));

    [Theory]
    [MemberData(nameof(Details))]
    public void Every_problem_area_detail_reads_back_as_written(string kind, ProblemAreaFocus detail)
    {
        string json = FormulationJson(detail);

        Result<CourseEvent> back = CourseEventJson.Deserialize(json, 5);

        Assert.True(back.IsSuccess, kind + ": " + back.Error);
        ProblemAreaFocus read = ((FormulationAgreed)back.Value).Formulation.Foci[0].Detail;
        Assert.Equal(detail.GetType(), read.GetType());
        Assert.Equal(json, CourseEventJson.Serialize(back.Value));
    }

    [Theory]
    [MemberData(nameof(Details))]
    public void An_unknown_detail_type_or_a_missing_required_detail_value_is_refused_at_its_path(string kind, ProblemAreaFocus detail)
    {
        string json = FormulationJson(detail);

        JsonNode node = JsonNode.Parse(json)!;
        DetailOf(node)["$type"] = "no-such-detail";
        DomainError unknownType = CourseEventJson.Deserialize(node.ToJsonString(), 5).Error!;
        Assert.Equal("formulation.foci[0].detail.$type", unknownType.Event!.Field);

        JsonNode withoutFirst = JsonNode.Parse(json)!;
        string? first = DetailOf(withoutFirst).Select(p => p.Key).FirstOrDefault(k => k != "$type");
        if (first is null)
        {
            return;                                                // a detail of optional values only, none given
        }

        DetailOf(withoutFirst).Remove(first);
        Result<CourseEvent> missing = CourseEventJson.Deserialize(withoutFirst.ToJsonString(), 5);
        if (missing.IsFailure)
        {
            Assert.Equal("formulation.foci[0].detail." + first, missing.Error!.Event!.Field);
        }
        else
        {
            // Only an optional value may be left out, and then it reads back as absent, never as a default.
            Assert.True(withoutFirst.ToJsonString() == CourseEventJson.Serialize(missing.Value), kind + ": " + first + " did not read back as absent");
        }
    }

    private static JsonObject DetailOf(JsonNode formulationAgreed) =>
        formulationAgreed["formulation"]!["foci"]![0]!["detail"]!.AsObject();

    /// <summary>The nested objects of a rich course's events, each with a path to it inside its event.</summary>
    public static TheoryData<string, string> NestedObjects => new()
    {
        { "inventory-completed", "inventory" },
        { "inventory-completed", "inventory.people[0]" },
        { "inventory-completed", "inventory.people[1]" },
        { "inventory-completed", "inventory.events[0]" },
        { "formulation-agreed", "formulation" },
        { "formulation-agreed", "formulation.foci[0]" },
        { "formulation-agreed", "formulation.foci[0].detail" },
        { "session-work-recorded", "goals[0]" },
        { "social-rhythm-week-recorded", "days[0]" },
        { "social-rhythm-week-recorded", "targets" },
    };

    private static (string Json, int Position) EventOf(string type)
    {
        TreatmentCourse course = RichHistory.Completed();
        int i = course.History.ToList().FindIndex(e => CourseEventTypes.NameOf(e) == type);
        return (CourseEventJson.Serialize(course.History[i]), i + 1);
    }

    private static JsonObject At(JsonNode root, string path)
    {
        JsonNode node = root;
        foreach (string part in path.Split('.'))
        {
            int open = part.IndexOf('[', StringComparison.Ordinal);
            node = open < 0 ? node[part]! : node[part[..open]]![int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node.AsObject();
    }

    [Theory]
    [MemberData(nameof(NestedObjects))]
    public void A_field_that_does_not_belong_in_a_nested_object_is_refused_there(string type, string path)
    {
        var (json, position) = EventOf(type);
        Assert.True(CourseEventJson.Deserialize(json, position).IsSuccess);
        JsonNode root = JsonNode.Parse(json)!;
        At(root, path).Add("task", "psychoeducation");            // a field name of the schema, in the wrong place

        DomainError error = CourseEventJson.Deserialize(root.ToJsonString(), position).Error!;

        Assert.Equal(CourseErrors.HistoryEventInvalid, error.Code);
        Assert.Equal(new EventLocation(position, type, path + ".task"), error.Event);
    }

    [Fact]
    public void A_key_that_is_no_field_name_is_not_echoed_and_the_nested_object_is_named_instead()
    {
        var (json, position) = EventOf("inventory-completed");
        JsonNode root = JsonNode.Parse(json)!;
        At(root, "inventory.people[1]").Add("JaneDoe", 1);

        DomainError error = CourseEventJson.Deserialize(root.ToJsonString(), position).Error!;

        Assert.Equal("inventory.people[1]", error.Event!.Field);
        Assert.DoesNotContain("Jane", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_in_a_list_is_a_missing_value_named_by_its_index()
    {
        var (json, position) = EventOf("inventory-completed");
        JsonNode people = JsonNode.Parse(json)!;
        people["inventory"]!["people"]!.AsArray().Add(null);
        Assert.Equal("inventory.people[2]", CourseEventJson.Deserialize(people.ToJsonString(), position).Error!.Event!.Field);

        var (measure, at) = EventOf("measure-recorded");
        JsonNode answers = JsonNode.Parse(measure)!;
        answers["answers"]![1] = null;
        DomainError error = CourseEventJson.Deserialize(answers.ToJsonString(), at).Error!;
        Assert.Equal("answers[1]", error.Event!.Field);
        Assert.Matches(@"^Event \d+ \(measure-recorded\) [a-z][a-z ]* answers\[1\]\.$", error.Message);
    }

    [Fact]
    public void Each_kind_of_refusal_is_its_own_sentence_naming_the_position_the_type_and_the_field()
    {
        const string start = "{\"$type\":\"session-recorded\",\"occurredOn\":\"2026-01-05\",\"number\":1,\"modality\":\"in-person\",\"participants\":\"client-only\"";
        string missing = CourseEventJson.Deserialize(start + "}", 4).Error!.Message;
        string invalid = CourseEventJson.Deserialize(start + ",\"attendance\":\"sometimes\"}", 4).Error!.Message;
        string unknown = CourseEventJson.Deserialize(start + ",\"attendance\":\"attended\",\"task\":1}", 4).Error!.Message;
        string unnamed = CourseEventJson.Deserialize(start + ",\"attendance\":\"attended\",\"JaneDoe\":1}", 4).Error!.Message;
        string untyped = CourseEventJson.Deserialize("[1]", 4).Error!.Message;

        foreach (string named in new[] { missing, invalid, unknown })
        {
            Assert.Matches(@"^Event 4 \(session-recorded\) [a-z][a-z ]* (attendance|task)\.$", named);
        }

        Assert.Matches(@"^Event 4 \(session-recorded\) [a-z][a-z ]*[a-z]\.$", unnamed);
        Assert.Matches(@"^Event 4 [a-z][a-zA-Z ]*[a-z]\.$", untyped);
        Assert.Equal(5, new[] { missing, invalid, unknown, unnamed, untyped }.Distinct().Count());
    }

    [Theory]
    [InlineData("2026-01-05", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-04-31", false)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-01-00", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2026-1-05", false)]
    [InlineData("2026-01-5", false)]
    [InlineData("2026/01/05", false)]
    [InlineData("2026-01-05T00:00", false)]
    [InlineData("20a6-01-05", false)]
    [InlineData("", false)]
    public void A_date_is_read_exactly_as_the_iso_calendar_date_it_writes(string text, bool valid)
    {
        string json = "{\"$type\":\"course-completed\",\"occurredOn\":\"" + text + "\"}";
        Result<CourseEvent> read = CourseEventJson.Deserialize(json, 2);
        Assert.Equal(valid, read.IsSuccess);
        if (valid)
        {
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), read.Value.OccurredOn);
        }
        else
        {
            Assert.Equal("occurredOn", read.Error!.Event!.Field);
        }
    }

    [Fact]
    public void An_escaped_date_reads_as_the_same_date()
    {
        Result<CourseEvent> read = CourseEventJson.Deserialize("{\"$type\":\"course-completed\",\"occurredOn\":\"2026\\u002d01-05\"}", 2);
        Assert.Equal(new DateOnly(2026, 1, 5), read.Value.OccurredOn);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(PrivateNote.MaxLength, true)]
    [InlineData(PrivateNote.MaxLength + 1, false)]
    public void A_note_is_read_up_to_its_bound(int length, bool valid)
    {
        static string Json(string note) => "{\"$type\":\"course-discontinued\",\"occurredOn\":\"2026-01-05\",\"reason\":\"client-choice\",\"note\":\"" + note + "\"}";
        string json = Json(new string('n', length));
        Result<CourseEvent> read = CourseEventJson.Deserialize(json, 2);
        Assert.Equal(valid, read.IsSuccess);
        if (!valid)
        {
            Assert.Equal("note", read.Error!.Event!.Field);
        }

        Assert.Equal("note", CourseEventJson.Deserialize(Json(new string(' ', length)), 2).Error!.Event!.Field);
    }

    [Fact]
    public void Combined_participants_read_back_and_a_combination_with_an_unknown_or_empty_part_is_refused()
    {
        var session = new SessionRecorded(On, 1, Attendance.Attended, SessionModality.InPerson, SessionParticipants.Partner | SessionParticipants.OtherSignificantPerson, null);
        string json = CourseEventJson.Serialize(session);
        Result<CourseEvent> back = CourseEventJson.Deserialize(json, 2);
        Assert.Equal(SessionParticipants.Partner | SessionParticipants.OtherSignificantPerson, ((SessionRecorded)back.Value).Participants);

        string written = (string)JsonNode.Parse(json)!["participants"]!;
        foreach (string wrong in new[] { written + ", nobody", "client-only, partner", "", "partner,other-significant-person" })
        {
            JsonNode node = JsonNode.Parse(json)!;
            node["participants"] = wrong;
            Assert.Equal("participants", CourseEventJson.Deserialize(node.ToJsonString(), 2).Error!.Event!.Field);
        }
    }

    private static JsonNode Reversed(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reversed(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(x => x is null ? null : Reversed(x))]),
        _ => node.DeepClone(),
    };

    [Fact]
    public void Keys_in_any_order_at_every_depth_read_as_the_writer_s_order()
    {
        TreatmentCourse course = RichHistory.Completed();
        for (int i = 0; i < course.History.Count; i++)
        {
            string json = CourseEventJson.Serialize(course.History[i]);
            string reversed = Reversed(JsonNode.Parse(json)!).ToJsonString();

            Result<CourseEvent> read = CourseEventJson.Deserialize(reversed, i + 1);

            Assert.True(read.IsSuccess, read.Error?.ToString());
            Assert.Equal(json, CourseEventJson.Serialize(read.Value));
        }
    }

    [Fact]
    public void A_large_inventory_reads_back_whole()
    {
        var people = Enumerable.Range(1, 60).Select(n => new InventoryPerson
        {
            Id = PersonId.From(n), Label = PersonLabel.From("person " + n), Kind = RelationshipKind.Friend, Ring = ClosenessRing.From(1 + (n % 3)),
            Support = SupportLevel.High, Conflict = ConflictLevel.Low, Notes = PrivateNote.From("n" + n),
        }).ToList();
        var inventory = new InterpersonalInventory(new DateOnly(2025, 12, 1), people, []);
        string json = CourseEventJson.Serialize(new InventoryCompleted(On, inventory));

        Result<CourseEvent> read = CourseEventJson.Deserialize(json, 3);

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(60, ((InventoryCompleted)read.Value).Inventory.People.Count);
        Assert.Equal(json, CourseEventJson.Serialize(read.Value));
    }

    [Fact]
    public void An_optional_value_written_as_null_reads_as_absent()
    {
        const string Session = "{\"$type\":\"session-recorded\",\"occurredOn\":\"2026-01-05\",\"number\":1,\"attendance\":\"attended\",\"modality\":\"in-person\",\"participants\":\"client-only\"";
        Assert.Null(((SessionRecorded)CourseEventJson.Deserialize(Session + ",\"note\":null}", 2).Value).Note);
        Assert.Null(((SessionRecorded)CourseEventJson.Deserialize(Session + "}", 2).Value).Note);

        var (json, position) = EventOf("social-rhythm-week-recorded");
        JsonNode node = JsonNode.Parse(json)!;
        node["sessionNumber"] = null;
        Assert.Null(((SocialRhythmWeekRecorded)CourseEventJson.Deserialize(node.ToJsonString(), position).Value).SessionNumber);
    }

    [Fact]
    public void An_escaped_key_reads_as_the_field_it_spells()
    {
        Result<CourseEvent> read = CourseEventJson.Deserialize("{\"$type\":\"course-completed\",\"occurred\\u004fn\":\"2026-01-05\"}", 2);
        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(new DateOnly(2026, 1, 5), read.Value.OccurredOn);
    }

    [Fact]
    public void An_unknown_or_repeated_type_is_named_only_when_it_is_a_known_one()
    {
        DomainError unknown = CourseEventJson.Deserialize("{\"$type\":\"JaneDoe\",\"occurredOn\":\"2026-01-05\"}", 2).Error!;
        Assert.Equal(new EventLocation(2, null, "$type"), unknown.Event);
        Assert.DoesNotContain("Jane", unknown.Message, StringComparison.Ordinal);

        DomainError repeated = CourseEventJson.Deserialize("{\"$type\":\"course-completed\",\"occurredOn\":\"2026-01-05\",\"$type\":\"course-completed\"}", 2).Error!;
        Assert.Equal(new EventLocation(2, "course-completed", "$type"), repeated.Event);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_invalid_at_its_field_and_never_thrown()
    {
        TreatmentCourse course = CourseFixture.NewCourse();
        JsonNode start = JsonNode.Parse(CourseEventJson.Serialize(course.History[0]))!;
        start["protocolId"] = 5;
        Assert.Equal("protocolId", CourseEventJson.Deserialize(start.ToJsonString(), 1).Error!.Event!.Field);

        var (json, position) = EventOf("inventory-completed");
        JsonNode inventory = JsonNode.Parse(json)!;
        inventory["inventory"] = 5;
        Assert.Equal("inventory", CourseEventJson.Deserialize(inventory.ToJsonString(), position).Error!.Event!.Field);
        Assert.Null(CourseEventJson.Deserialize("[1]", position).Error!.Event!.Field);
    }
}
