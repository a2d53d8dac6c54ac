using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Persistence;

/// <summary>The row format the stores share: the rows written for an append, and every check that turns stored rows
/// back into a course, each refusal naming the course and the version and never the content.</summary>
public class StoredEventsTests
{
    private static TreatmentCourse Course() => CourseFixture.NewCourse().Sessions(2);

    private static StoredEventRow[] Rows(TreatmentCourse course) => StoredEvents.ToRows(0, course.History);

    private static string[] Json(IEnumerable<CourseEvent> events) => [.. events.Select(StoredEvents.Serialize)];

    [Fact]
    public void A_row_holds_the_version_the_type_the_schema_and_the_json_of_its_event()
    {
        CourseEvent session = Course().History[1];
        StoredEventRow row = StoredEvents.ToRow(2, session);

        Assert.Equal(2, row.Version);
        Assert.Equal("session-recorded", row.Type);
        Assert.Equal("session-recorded", StoredEvents.TypeOf(session));
        Assert.Equal(StoredEvents.SchemaVersion, row.SchemaVersion);
        Assert.Equal(StoredEvents.Serialize(session), row.Data);
        Assert.StartsWith("{\"$type\":\"session-recorded\"", row.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rows_of_an_append_number_on_from_the_expected_version()
    {
        TreatmentCourse course = Course();
        StoredEventRow[] rows = StoredEvents.ToRows(4, course.History.Skip(1).ToArray());
        Assert.Equal([5, 6], rows.Select(r => r.Version));
        Assert.Equal([1, 2, 3], Rows(course).Select(r => r.Version));
        Assert.Empty(StoredEvents.ToRows(3, []));
    }

    [Fact]
    public void Misused_row_arguments_throw_naming_the_parameter()
    {
        CourseEvent start = Course().History[0];
        Assert.Equal("courseEvent", Assert.Throws<ArgumentNullException>(() => StoredEvents.TypeOf(null!)).ParamName);
        Assert.Equal("courseEvent", Assert.Throws<ArgumentNullException>(() => StoredEvents.Serialize(null!)).ParamName);
        Assert.Equal("version", Assert.Throws<ArgumentOutOfRangeException>(() => StoredEvents.ToRow(0, start)).ParamName);
        Assert.Equal(1, StoredEvents.ToRow(1, start).Version);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => StoredEvents.ToRows(0, null!)).ParamName);
        Assert.Equal("expectedVersion", Assert.ThrowsAny<ArgumentException>(() => StoredEvents.ToRows(-1, [start])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => StoredEvents.ReadAll(CourseId.New(), null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => StoredEvents.Rebuild(CourseId.New(), [], null!)).ParamName);
    }

    [Fact]
    public void Rows_read_back_as_the_events_they_were_written_from()
    {
        TreatmentCourse course = Course();
        Result<IReadOnlyList<CourseEvent>> read = StoredEvents.ReadAll(course.Id, Rows(course));
        Assert.Equal(Json(course.History), Json(read.Value));

        Result<TreatmentCourse> rebuilt = StoredEvents.Rebuild(course.Id, Rows(course), BuiltInProtocols.Catalog);
        Assert.Equal(course.ToSnapshot(), rebuilt.Value.ToSnapshot());
    }

    [Fact]
    public void A_row_of_this_library_s_schema_is_read_and_one_of_a_newer_schema_is_refused()
    {
        TreatmentCourse course = Course();
        StoredEventRow row = Rows(course)[1];

        Assert.True(StoredEvents.Read(course.Id, row).IsSuccess);
        Result<CourseEvent> newer = StoredEvents.Read(course.Id, row with { SchemaVersion = StoredEvents.SchemaVersion + 1 });

        Assert.Equal(StoreErrors.SchemaNewer, newer.Error?.Code);
        Assert.Equal(StoreErrors.NewerSchema(course.Id, 2, StoredEvents.SchemaVersion + 1, StoredEvents.SchemaVersion), newer.Error);
    }

    public static TheoryData<string, Func<StoredEventRow, StoredEventRow>, int> Damaged => new()
    {
        { "schema 0", r => r with { SchemaVersion = 0 }, 2 },
        { "no data", r => r with { Data = null! }, 2 },
        { "no type", r => r with { Type = null! }, 2 },
        { "version 0", r => r with { Version = 0 }, 0 },
        { "not JSON", r => r with { Data = "not json" }, 2 },
        { "an unknown field", r => r with { Data = r.Data.Replace("{\"$type\":\"session-recorded\",", "{\"$type\":\"session-recorded\",\"extra\":1,", StringComparison.Ordinal) }, 2 },
        { "another type column", r => r with { Type = "course-started" }, 2 },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void A_damaged_row_is_corrupt_naming_the_course_and_the_version(string damage, Func<StoredEventRow, StoredEventRow> damageIt, int version)
    {
        TreatmentCourse course = CourseFixture.NewCourse();
        course.RecordSession(CourseFixture.Start, Attendance.Attended, note: PrivateNote.From("She spoke of her brother."));
        StoredEventRow row = damageIt(Rows(course)[1]);

        Result<CourseEvent> read = StoredEvents.Read(course.Id, row);

        Assert.True(read.IsFailure, damage);
        Assert.Equal(StoreErrors.RowCorrupt, read.Error!.Code);
        Assert.StartsWith("Course " + course.Id + ", event version " + version + ": ", read.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("brother", read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_that_does_not_parse_keeps_the_reader_s_code()
    {
        TreatmentCourse course = Course();
        StoredEventRow row = Rows(course)[1] with { Data = "{\"$type\":\"session-recorded\"}" };
        Result<CourseEvent> read = StoredEvents.Read(course.Id, row);
        Assert.Matches(@"^Course [0-9a-f-]+, event version 2: the stored event cannot be read \(history\.[a-z-]+: [A-Z]", read.Error!.Message);
    }

    [Fact]
    public void No_rows_is_a_course_not_found()
    {
        var id = CourseId.New();
        Assert.Equal(StoreErrors.NotFound(id), StoredEvents.ReadAll(id, []).Error);
        Assert.Equal(StoreErrors.NotFound(id), StoredEvents.Rebuild(id, [], BuiltInProtocols.Catalog).Error);
    }

    [Fact]
    public void Versions_out_of_order_are_corrupt_at_the_first_wrong_position()
    {
        TreatmentCourse course = Course();
        StoredEventRow[] rows = Rows(course);
        StoredEventRow[] gap = [rows[0], rows[2] with { Version = 3 }];
        StoredEventRow[] repeat = [rows[0], rows[1], rows[1]];

        Assert.StartsWith("Course " + course.Id + ", event version 2: ", StoredEvents.ReadAll(course.Id, gap).Error!.Message, StringComparison.Ordinal);
        Result<IReadOnlyList<CourseEvent>> repeated = StoredEvents.ReadAll(course.Id, repeat);
        Assert.Equal(StoreErrors.RowCorrupt, repeated.Error!.Code);
        Assert.StartsWith("Course " + course.Id + ", event version 3: ", repeated.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_row_among_good_ones_is_reported_at_its_own_version()
    {
        TreatmentCourse course = Course();
        StoredEventRow[] rows = Rows(course);
        rows[2] = rows[2] with { Data = "not json" };
        Result<IReadOnlyList<CourseEvent>> read = StoredEvents.ReadAll(course.Id, rows);
        Assert.StartsWith("Course " + course.Id + ", event version 3: ", read.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_must_begin_with_the_start_of_this_course()
    {
        TreatmentCourse course = Course();
        TreatmentCourse other = CourseFixture.StartAny(CourseId.New(), ClientRef.From("c-2"), StandardIpt.Definition, CourseFixture.Start);
        StoredEventRow[] rows = Rows(course);
        StoredEventRow[] sessionFirst = [rows[1] with { Version = 1 }];
        StoredEventRow[] otherStart = [.. Rows(other), rows[1], rows[2]];

        foreach (StoredEventRow[] wrong in new[] { sessionFirst, otherStart })
        {
            Result<IReadOnlyList<CourseEvent>> read = StoredEvents.ReadAll(course.Id, wrong);
            Assert.Equal(StoreErrors.RowCorrupt, read.Error!.Code);
            Assert.StartsWith("Course " + course.Id + ", event version 1: ", read.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_protocol_the_catalogue_lacks_is_named()
    {
        TreatmentCourse course = Course();
        Result<TreatmentCourse> r = StoredEvents.Rebuild(course.Id, Rows(course), ProtocolCatalog.Empty);
        Assert.Equal(StoreErrors.UnknownProtocol(course.Id, course.Protocol.Id), r.Error);
    }

    [Fact]
    public void A_history_the_protocol_refuses_keeps_the_replay_s_code()
    {
        TreatmentCourse course = Course();
        StoredEventRow[] rows = Rows(course);
        StoredEventRow[] twice = [rows[0], rows[1], rows[1] with { Version = 3 }];   // session 1 recorded twice

        Result<TreatmentCourse> r = StoredEvents.Rebuild(course.Id, twice, BuiltInProtocols.Catalog);

        Assert.Equal(StoreErrors.HistoryInvalid, r.Error?.Code);
        Assert.Contains(CourseErrors.HistorySessionNumberMismatch, r.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_error_is_returned_before_the_protocol_is_looked_up()
    {
        TreatmentCourse course = Course();
        Result<TreatmentCourse> r = StoredEvents.Rebuild(course.Id, [.. Rows(course).Take(1), Rows(course)[2]], ProtocolCatalog.Empty);
        Assert.Equal(StoreErrors.RowCorrupt, r.Error?.Code);
    }

    [Fact]
    public void The_append_checks_refuse_misuse_by_exception_and_bad_values_by_code()
    {
        TreatmentCourse course = Course();
        IReadOnlyList<CourseEvent> history = course.History;
        CourseEvent session = history[1];
        TreatmentCourse other = CourseFixture.StartAny(CourseId.New(), ClientRef.From("c-2"), StandardIpt.Definition, CourseFixture.Start);

        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => StoredEvents.CheckAppend(course.Id, 0, null!, null)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => StoredEvents.CheckAppend(course.Id, 1, [], null)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => StoredEvents.CheckAppend(course.Id, 1, [session, null!], null)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => StoredEvents.CheckAppend(course.Id, 0, [session], null)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => StoredEvents.CheckAppend(course.Id, 0, other.History, null)).ParamName);

        Assert.True(StoredEvents.CheckAppend(course.Id, 0, history, null).IsSuccess);
        Assert.True(StoredEvents.CheckAppend(course.Id, 1, [session], "appt-1").IsSuccess);
        Assert.True(StoredEvents.CheckAppend(course.Id, 1, history, null).IsSuccess);   // only a new course is checked for its start
        Assert.Equal(PersistenceErrors.VersionOutOfRange, StoredEvents.CheckAppend(course.Id, -1, [session], null).Error?.Code);
        Assert.Equal(StoreErrors.CommandIdInvalid, StoredEvents.CheckAppend(course.Id, 1, [session], "two words").Error?.Code);
        Assert.Equal(StoreErrors.CommandIdInvalid, StoredEvents.CheckAppend(course.Id, 1, [session], "").Error?.Code);
    }
}
