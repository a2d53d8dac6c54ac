using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;
using Ipt.Domain.Testing;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>
/// The hand-written history writer produces exactly the bytes of the source-generated serializer context it replaced
/// (the context stays as the reference): for every event type with every optional value, for amendments, for every
/// problem-area detail, for strings that need escaping, and for generated courses on every built-in protocol. A field
/// added to an event and not written by the writer fails these tests.
/// </summary>
public class HistoryJsonWriterTests
{
    private static string Reference(IReadOnlyList<CourseEvent> history) =>
        JsonSerializer.Serialize(new CourseHistoryDocument(CourseHistoryJson.SchemaVersion, history), IptJsonContext.Default.CourseHistoryDocument);

    private static void Same(IReadOnlyList<CourseEvent> history)
    {
        string expected = Reference(history);
        Assert.Equal(expected, CourseHistoryJson.Serialize(history));
        Assert.Equal(expected, Encoding.UTF8.GetString(CourseHistoryJson.SerializeToUtf8(history)));
        foreach (CourseEvent e in history)
        {
            Assert.Equal(JsonSerializer.Serialize(e, IptJsonContext.Default.CourseEvent), CourseEventJson.Serialize(e));
        }
    }

    [Fact]
    public void Histories_with_every_event_type_and_every_optional_value_are_written_as_the_serializer_writes_them()
    {
        Same(RichHistory.Completed().History);
        Same(RichHistory.Discontinued().History);
        Same([]);
    }

    [Fact]
    public void Command_ids_ages_escaped_text_and_every_problem_area_detail_are_written_as_the_serializer_writes_them()
    {
        DateOnly on = CourseFixture.Start;
        var started = new CourseStarted(on, CourseId.From(Guid.Parse("6f1c2a9e-0b7d-4c59-9a53-2e8d1f4b7c10")), ClientRef.From("c-1042:a.b_c"), "ipt-a", 12)
        {
            AgeAtStart = 15,
            CommandId = "cmd:1",
        };
        PrivateNote odd = PrivateNote.From("quote \" backslash \\ tab \t line\n emoji 😀 lone-free é <script> & +");
        ProblemAreaFocus[] details =
        [
            new GriefFocus(RelationshipKind.Parent, on.AddDays(-40), GriefType.Complicated, LossKind.Death) { DeceasedPerson = PersonId.From(2) },
            new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse) { OtherPartyLabel = PersonLabel.From("partner"), NonReciprocalExpectations = [odd], IsCovert = true },
            new RoleTransitionFocus(PrivateNote.From("old"), PrivateNote.From("new"), TransitionDomain.Work, true) { ChangedOn = on.AddDays(-10) },
            new InterpersonalDeficitsFocus(IsolationPattern.FewAttachments | IsolationPattern.SocialDiscomfort, PriorFunctioning.LimitedBeforeEpisode) { PriorFunctioningNote = odd },
            new LostHealthySelfFocus(on.AddDays(-100)) { LostSelfDescription = odd },
            new SingleParentFamilyFocus(RelationshipKind.Parent) { Situation = odd },
            new InterpersonalAffectiveFocusDetail(PrivateNote.From("pattern"), PrivateNote.From("affect")),
        ];
        var events = new List<CourseEvent>
        {
            started,
            new SessionRecorded(on, 1, Attendance.Attended, SessionModality.Remote, SessionParticipants.Partner, odd) { CommandId = "a.b_c-d" },
            new CourseDiscontinued(on.AddDays(7), DiscontinuationReason.ClientChoice, odd) { EnteredOn = on.AddDays(9) },
        };
        foreach (ProblemAreaFocus d in details)
        {
            events.Add(new FormulationAgreed(on, new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, [new FormulationFocus(ProblemArea.RoleDispute, d)], on)));
        }

        events.Add(new EntryCorrected(on, 2, CorrectionKind.Amended, CorrectionReason.TranscriptionError, (SessionRecorded)events[1] with { CommandId = null, Note = null }));
        Same(events);
    }

    [IptProperty(200)]
    public Property Generated_courses_on_every_protocol_are_written_as_the_serializer_writes_them() =>
        Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            IReadOnlyList<CourseEvent> history = script.Run().History;
            return Reference(history) == CourseHistoryJson.Serialize(history);
        });
}
