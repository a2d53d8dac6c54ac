using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Docs;

/// <summary>Keeps the generated blocks of docs/persistence.md current.</summary>
public class PersistenceDocTests
{
    private const string Doc = "docs/persistence.md";

    /// <summary>A short, real course: started, two sessions, two tasks, discontinued.</summary>
    internal static TreatmentCourse ExampleCourse()
    {
        TreatmentCourse c = TreatmentCourse.Start(
            CourseId.From(new Guid("6f1c2a9e-0b7d-4c59-9a53-2e8d1f4b7c10")), ClientRef.From("client-1042"), StandardIpt.Definition, CourseFixture.Start);
        Assert.True(c.RecordSession(CourseFixture.Week(0), Attendance.Attended, SessionModality.InPerson, PrivateNote.From("Private note text.")).IsSuccess);
        Assert.True(c.CompleteTask(TherapyTask.SickRoleAssigned, CourseFixture.Week(0)).IsSuccess);
        Assert.True(c.RecordSession(CourseFixture.Week(1), Attendance.Attended, SessionModality.Remote, participants: SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver).IsSuccess);
        Assert.True(c.CompleteInventory(ClinicalSamples.Inventory(), CourseFixture.Week(1)).IsSuccess);
        Assert.True(c.RecordSession(CourseFixture.Week(2), Attendance.NoShow).IsSuccess);
        Assert.True(c.Discontinue(CourseFixture.Week(3), DiscontinuationReason.ClientChoice).IsSuccess);
        return c;
    }

    [Fact]
    public void History_example_is_current_and_reads_back()
    {
        TreatmentCourse course = ExampleCourse();
        string json = CourseHistoryJson.Serialize(course.History);
        TreatmentCourse back = CourseHistoryJson.Deserialize(json).Bind(e => TreatmentCourse.FromHistory(e, StandardIpt.Definition)).Value;
        Assert.Equal(course.ToSnapshot(), back.ToSnapshot());

        using JsonDocument doc = JsonDocument.Parse(json);
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            doc.WriteTo(writer);
        }

        DocsGeneratedBlocks.AssertCurrent(Doc, "history-example", "```json\n" + Encoding.UTF8.GetString(buffer.ToArray()) + "\n```");
    }

    [Fact]
    public void Discriminator_table_is_current()
    {
        var sb = new StringBuilder();
        sb.Append("| `$type` | event | fields besides `$type` and `occurredOn` |\n|---|---|---|\n");
        foreach (JsonDerivedTypeAttribute a in typeof(CourseEvent).GetCustomAttributes<JsonDerivedTypeAttribute>())
        {
            ParameterInfo[] parameters = a.DerivedType.GetConstructors().Single().GetParameters();
            // Optional fields added later as init-only properties (e.g. course-started.ageAtStart) follow the parameters.
            IEnumerable<string> added = a.DerivedType.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is not null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && parameters.All(x => x.Name != p.Name))
                .Select(p => "`" + JsonNamingPolicy.CamelCase.ConvertName(p.Name) + "` " + Describe(p.PropertyType, new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable));
            string fields = string.Join(", ", parameters
                .Where(p => p.Name != nameof(CourseEvent.OccurredOn))
                .Select(p => "`" + JsonNamingPolicy.CamelCase.ConvertName(p.Name!) + "` " + Describe(p)).Concat(added));
            sb.Append("| `").Append(a.TypeDiscriminator).Append("` | `").Append(a.DerivedType.Name).Append("` | ")
                .Append(fields.Length == 0 ? "—" : fields).Append(" |\n");
        }

        DocsGeneratedBlocks.AssertCurrent(Doc, "discriminators", sb.ToString());
    }

    [Fact]
    public void Store_example_is_the_tested_store()
    {
        string source = File.ReadAllText(Path.Combine(DocsGeneratedBlocks.RepoRoot(), "tests/Ipt.Domain.Tests/Persistence/InMemoryCourseStore.cs"))
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        const string begin = "// docs:store-begin\n";
        int start = source.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        int end = source.IndexOf("// docs:store-end", StringComparison.Ordinal);
        Assert.True(start > begin.Length - 1 && end > start);
        // The block starts with the file's own using lines, less those a console project has implicitly.
        string usings = string.Concat(source.Split('\n')
            .Where(l => l.StartsWith("using ", StringComparison.Ordinal) && !DocExampleCompileTests.ImplicitUsings.Contains(l[6..].TrimEnd(';')))
            .Select(l => l + "\n"));
        DocsGeneratedBlocks.AssertCurrent(Doc, "store-example", "```csharp\n" + usings + "\n" + source[start..end].TrimEnd('\n') + "\n```");
    }

    [Fact]
    public void Schema_version_is_the_documented_one() => Assert.Equal(2, CourseHistoryJson.SchemaVersion);

    private static string Describe(ParameterInfo p) =>
        Describe(p.ParameterType, new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable);

    private static string Describe(Type t, bool optional)
    {
        Type core = Nullable.GetUnderlyingType(t) ?? t;
        string kind = core switch
        {
            _ when core == typeof(int) => "integer",
            _ when core == typeof(string) => "string",
            _ when core == typeof(DateOnly) => "date `yyyy-MM-dd`",
            _ when core == typeof(CourseId) => "GUID string",
            _ when core == typeof(ClientRef) => "client reference string",
            _ when core == typeof(PrivateNote) => "private note text",
            _ when core == typeof(Ipt.Domain.Formulation.InterpersonalInventory) => "inventory object: `symptomOnset`, `people`, `events`",
            _ when core == typeof(Ipt.Domain.Formulation.InterpersonalFormulation) => "formulation object: `target`, `foci` (each `area` and a `detail` with its own `$type`), `agreedOn`",
            _ when core == typeof(System.Collections.Generic.IReadOnlyList<string>) => "array of technique codes",
            _ when core == typeof(System.Collections.Immutable.ImmutableArray<int>) => "array of item answers as given (EPDS: response positions)",
            _ when core == typeof(System.Collections.Immutable.ImmutableArray<Ipt.Domain.Measures.SrmDay>) => "array of seven diary days, each with five clock times `HH:mm:ss` or null",
            _ when core == typeof(Ipt.Domain.Measures.SrmTargetTimes) => "target clock times of the five activities",
            _ when core == typeof(CourseEvent) => "the replacement event, with its own `$type`, without `commandId`",
            _ when core == typeof(System.Collections.Generic.IReadOnlyList<Ipt.Domain.ProblemAreas.GoalRating>) => "array of `{goalCode, progress}`",
            _ when core.IsEnum && core.IsDefined(typeof(FlagsAttribute)) => "`" + core.Name + "` codes, comma-separated",
            _ when core.IsEnum => "`" + core.Name + "` code",
            _ => throw new InvalidOperationException("Describe " + core),
        };
        return "(" + kind + (optional ? ", omitted when absent" : string.Empty) + ")";
    }
}

/// <summary>Claims docs/persistence.md makes about reading, checked.</summary>
public class PersistenceDocClaims
{
    private static string Json(string events) => "{\"schemaVersion\":1,\"events\":[" + events + "]}";

    private const string Start =
        "{\"$type\":\"course-started\",\"courseId\":\"6f1c2a9e-0b7d-4c59-9a53-2e8d1f4b7c10\",\"client\":\"c-1\",\"protocolId\":\"ipt\",\"contractedSessions\":16,\"occurredOn\":\"2026-01-05\"}";

    [Fact]
    public void An_unknown_discriminator_is_event_invalid() =>
        Assert.Equal(CourseErrors.HistoryEventInvalid, CourseHistoryJson.Deserialize(Json(Start + ",{\"$type\":\"future-event\",\"occurredOn\":\"2026-01-06\"}")).Error!.Code);

    [Fact]
    public void Another_schema_version_is_unsupported() =>
        Assert.Equal(CourseErrors.HistorySchemaUnsupported, CourseHistoryJson.Deserialize("{\"schemaVersion\":3,\"events\":[]}").Error!.Code);

    [Fact]
    public void Enum_numbers_are_rejected() =>
        Assert.Equal(CourseErrors.HistoryEventInvalid, CourseHistoryJson.Deserialize(Json(Start + ",{\"$type\":\"task-completed\",\"task\":3,\"occurredOn\":\"2026-01-05\"}")).Error!.Code);

    [Fact]
    public void The_derived_completes_task_value_is_never_written()
    {
        var on = new DateOnly(2026, 1, 5);
        CourseEvent[] events =
        [
            new CourseStarted(on, CourseId.New(), ClientRef.From("c-1"), StandardIpt.Id, 16),
            new TaskCompleted(on, TherapyTask.SickRoleAssigned),
            new ContinuationDecided(on, ContinuationDecision.NoFurtherTreatment),
        ];
        Assert.All(events.Skip(1), e => Assert.NotNull(e.CompletesTask));
        string json = CourseHistoryJson.Serialize(events);
        Assert.Contains("\"continuation-decided\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("completesTask", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_field_such_as_a_derived_completes_task_is_event_invalid()
    {
        DomainError error = CourseHistoryJson.Deserialize(Json(Start +
            ",{\"$type\":\"task-completed\",\"task\":\"sick-role-assigned\",\"completesTask\":\"diagnosis\",\"occurredOn\":\"2026-01-05\"}")).Error!;
        Assert.Equal(CourseErrors.HistoryEventInvalid, error.Code);
        Assert.Equal(new EventLocation(2, "task-completed", "completesTask"), error.Event);
    }

    [Fact]
    public void A_document_without_the_derived_value_reads_the_same()
    {
        var events = CourseHistoryJson.Deserialize(Json(Start + ",{\"$type\":\"task-completed\",\"task\":\"sick-role-assigned\",\"occurredOn\":\"2026-01-05\"}")).Value;
        Assert.Equal(TherapyTask.SickRoleAssigned, events[1].CompletesTask);
    }
}
