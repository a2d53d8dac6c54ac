using System;
using System.Collections.Immutable;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

/// <summary>
/// Snapshot and event equality is what "replay equals the live course" and "a rejected command changes nothing" are
/// judged by, so it must tell apart values that differ in any one member — not only agree on equal ones.
/// </summary>
public class EqualityAndGuardTests
{
    private static CourseSnapshot Snapshot()
    {
        TreatmentCourse c = ReadyToComplete();
        Assert.True(c.Complete(Week(16)).IsSuccess);
        return c.ToSnapshot();
    }

    [Fact]
    public void A_snapshot_equals_a_rebuilt_copy_and_differs_when_any_one_member_differs()
    {
        CourseSnapshot s = Snapshot();
        CourseSnapshot copy = s with { Sessions = [.. s.Sessions], FocusAreas = [.. s.FocusAreas] };
        Assert.Equal(s, copy);
        Assert.Equal(s.GetHashCode(), copy.GetHashCode());
        Assert.False(s.Equals(null));

        CourseSnapshot[] changed =
        [
            s with { Id = CourseId.New() },
            s with { Client = ClientRef.From("another-client") },
            s with { ProtocolId = "ipt-b" },
            s with { State = CourseState.Discontinued },
            s with { StartedOn = s.StartedOn.AddDays(-1) },
            s with { LastActivityOn = s.LastActivityOn.AddDays(1) },
            s with { ContractedSessions = s.ContractedSessions + 1 },
            s with { SessionsHeld = s.SessionsHeld - 1 },
            s with { Version = s.Version + 1 },
            s with { CompletedTasks = s.CompletedTasks.Except(TaskSet.Of(TherapyTask.Psychoeducation)) },
            s with { DiscontinuationReason = DiscontinuationReason.Dropout },
            s with { Continuation = ContinuationDecision.ContinuationIpt },
            s with { InventoryCompletedOn = s.InventoryCompletedOn!.Value.AddDays(1) },
            s with { FormulationAgreedOn = s.FormulationAgreedOn!.Value.AddDays(1) },
            s with { FocusAreas = s.FocusAreas.Add(ProblemArea.Grief) },
            s with { DisputeStage = DisputeStage.Impasse },
            s with { Sessions = s.Sessions.RemoveAt(s.Sessions.Length - 1) },
            s with { Sessions = s.Sessions.SetItem(0, s.Sessions[0] with { Attendance = Attendance.NoShow }) },
        ];
        foreach (CourseSnapshot other in changed)
        {
            Assert.NotEqual(s, other);
            Assert.NotEqual(other, s);
        }
    }

    [Fact]
    public void A_snapshot_names_the_read_model_member_that_differs()
    {
        // The read-model members follow from the history, so a real course never differs in them alone; a snapshot
        // built or edited by hand must still be told apart, member by member.
        TreatmentCourse c = ReadyToComplete();
        Assert.True(c.RecordMeasure("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 1], c.LastActivityOn, atLatestSession: true).IsSuccess);
        CourseSnapshot s = c.ToSnapshot();
        Assert.Single(s.Measures);
        Assert.Single(s.SafetyConcerns);
        Assert.NotNull(s.Inventory);
        Assert.NotNull(s.Formulation);

        CourseMeasure m = s.Measures[0];
        InstrumentScore lower = Phq9.Score([0, 1, 1, 1, 1, 1, 1, 1, 1]).Value;
        // The same total, severity and item-9 flag from other answers: the score differs in its items alone.
        InstrumentScore sameTotal = Phq9.Score([2, 0, 1, 1, 1, 1, 1, 1, 1]).Value;
        Assert.Equal(m.Score.Total, sameTotal.Total);
        SocialRhythmScore week = SocialRhythmMetric.Score(Ipt.Domain.Tests.Measures.CourseMeasuresTests.RegularWeek()).Value;
        (CourseSnapshot Changed, string Member)[] cases =
        [
            (s with { Measures = [] }, nameof(CourseSnapshot.Measures)),
            (s with { Measures = [m with { Score = lower }] }, nameof(CourseSnapshot.Measures)),
            (s with { Measures = [m with { On = m.On.AddDays(1) }] }, nameof(CourseSnapshot.Measures)),
            (s with { Measures = [m with { Score = sameTotal }] }, nameof(CourseSnapshot.Measures)),
            (s with { SocialRhythmWeeks = [new CourseSocialRhythmWeek(m.On, null, week)] }, nameof(CourseSnapshot.SocialRhythmWeeks)),
            (s with { SafetyConcerns = [] }, nameof(CourseSnapshot.SafetyConcerns)),
            (s with { SafetyConcerns = [s.SafetyConcerns[0] with { Actions = [new SafetyActionTaken(m.On, SafetyAction.SafetyPlan, null)] }] }, nameof(CourseSnapshot.SafetyConcerns)),
            (s with { Inventory = null }, nameof(CourseSnapshot.Inventory)),
            (s with { Inventory = new InterpersonalInventory(s.Inventory!.SymptomOnset!.Value.AddDays(-1), s.Inventory.People, s.Inventory.Events).Complete(InventoryRules.Default, s.Inventory.CompletedOn!.Value).Value }, nameof(CourseSnapshot.Inventory)),
            (s with { Formulation = null }, nameof(CourseSnapshot.Formulation)),
            (s with { Formulation = s.Formulation!.AgreedWith(s.Formulation.AgreedOn!.Value.AddDays(1)) }, nameof(CourseSnapshot.Formulation)),
        ];
        foreach ((CourseSnapshot changed, string member) in cases)
        {
            Assert.Equal(member, s.FirstDifference(changed));
            Assert.Equal(member, changed.FirstDifference(s));
            Assert.NotEqual(s, changed);
        }

        Assert.Null(s.FirstDifference(s with { Measures = [m with { }], Inventory = s.Inventory, Formulation = s.Formulation }));
    }

    [Fact]
    public void Misused_arguments_of_the_course_commands_throw_naming_the_parameter()
    {
        var id = CourseId.New();
        var client = ClientRef.From("c-1");
        Assert.Equal("protocol", Assert.Throws<ArgumentNullException>(() => TreatmentCourse.StartWithAge(id, client, null!, Start, 30)).ParamName);
        Assert.Equal("protocol", Assert.Throws<ArgumentNullException>(() => TreatmentCourse.StartWithAge(id, client, null!, Start, 30, 16)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => TreatmentCourse.FromHistory(null!, StandardIpt.Definition)).ParamName);

        TreatmentCourse c = ReadyToComplete();
        Assert.Equal("instrumentCode", Assert.Throws<ArgumentNullException>(() => c.RecordMeasureEnteredLate(null!, [1, 1, 1, 1, 1, 1, 1], c.StartedOn, c.LastActivityOn)).ParamName);
        Assert.Equal("action", Assert.Throws<ArgumentOutOfRangeException>(() => c.RecordSafetyActionEnteredLate(1, (SafetyAction)99, c.StartedOn, c.LastActivityOn)).ParamName);
        Assert.Equal("instrumentCode", Assert.Throws<ArgumentNullException>(() => c.MeasureSeries(null!)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentOutOfRangeException>(() => c.MarkEnteredInError(2, (CorrectionReason)99, c.LastActivityOn)).ParamName);
        Assert.Equal("amendment", Assert.Throws<ArgumentNullException>(() => c.Amend(2, null!, CorrectionReason.TranscriptionError, c.LastActivityOn)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentOutOfRangeException>(() => c.Amend(2, c.History[1], (CorrectionReason)99, c.LastActivityOn)).ParamName);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(150, false)]
    [InlineData(151, true)]
    public void A_stored_age_at_start_is_read_within_0_to_150(int age, bool invalid)
    {
        var started = new CourseStarted(Start, CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition.Id, 16) { AgeAtStart = age };
        Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory([started], StandardIpt.Definition);
        Assert.Equal(invalid, replayed.IsFailure);
        if (invalid)
        {
            Assert.Equal(CourseErrors.HistoryEventInvalid, replayed.Error!.Code);
        }
    }

    [Fact]
    public void A_measure_event_differs_when_any_one_member_differs()
    {
        var e = new MeasureRecorded(Start, "phq-9", [1, 2, 3, 0, 0, 0, 0, 0, 0], 2);
        Assert.Equal(e, e with { Answers = [1, 2, 3, 0, 0, 0, 0, 0, 0] });
        Assert.False(e.Equals(null));
        Assert.NotEqual(e, e with { OccurredOn = Start.AddDays(1) });
        Assert.NotEqual(e, e with { InstrumentCode = "gad-7" });
        Assert.NotEqual(e, e with { SessionNumber = 3 });
        Assert.NotEqual(e, e with { SessionNumber = null });
        Assert.NotEqual(e, e with { Answers = [1, 2, 3, 0, 0, 0, 0, 0, 1] });
        Assert.NotEqual(e, e with { Answers = default });
        Assert.Equal(e with { Answers = default }, e with { Answers = default });
        Assert.Equal("MeasureRecorded phq-9 on 2026-01-05 at session 2", e.ToString());
        Assert.Equal("MeasureRecorded phq-9 on 2026-01-05", (e with { SessionNumber = null }).ToString());
    }

    [Fact]
    public void An_srm_week_event_differs_when_any_one_member_differs()
    {
        var day = new SrmDay(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(18, 0), new TimeOnly(23, 0));
        ImmutableArray<SrmDay> week = [day, day, day, day, day, day, day];
        var e = new SocialRhythmWeekRecorded(Start, week, null, 1);
        Assert.Equal(e, e with { Days = [.. week] });
        Assert.False(e.Equals(null));
        Assert.NotEqual(e, e with { OccurredOn = Start.AddDays(1) });
        Assert.NotEqual(e, e with { SessionNumber = 2 });
        Assert.NotEqual(e, e with { Days = week.SetItem(3, day with { Dinner = new TimeOnly(20, 0) }) });
        Assert.NotEqual(e, e with { Days = default });
        Assert.NotEqual(e, e with { Targets = new SrmTargetTimes(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(18, 0), new TimeOnly(23, 0)) });
        Assert.Equal("SocialRhythmWeekRecorded on 2026-01-05 at session 1", e.ToString());
        Assert.Equal("SocialRhythmWeekRecorded on 2026-01-05", (e with { SessionNumber = null }).ToString());
    }

    [Fact]
    public void A_session_work_event_differs_when_any_one_member_differs()
    {
        var e = new SessionWorkRecorded(Start, 4, ProblemArea.RoleDispute, ["communication-analysis"], [new GoalRating("g1", GoalProgress.Emerging)]);
        Assert.Equal(e, e with { Techniques = ["communication-analysis"], Goals = [new GoalRating("g1", GoalProgress.Emerging)] });
        Assert.False(e.Equals(null));
        Assert.NotEqual(e, e with { OccurredOn = Start.AddDays(1) });
        Assert.NotEqual(e, e with { SessionNumber = 5 });
        Assert.NotEqual(e, e with { Focus = ProblemArea.Grief });
        Assert.NotEqual(e, e with { Techniques = ["role-play"] });
        Assert.NotEqual(e, e with { Goals = [new GoalRating("g1", GoalProgress.Achieved)] });
    }

    [Fact]
    public void A_session_record_prints_number_date_phase_and_counting_but_never_its_note()
    {
        var counted = new SessionRecord(3, Start, Attendance.Attended, SessionModality.InPerson, SessionParticipants.ClientOnly, PhaseKind.Initial, 3, PrivateNote.From("SECRET note"));
        Assert.Equal("Session 3 on 2026-01-05 (Initial, Attended, counts as 3)", counted.ToString());
        var missed = counted with { Attendance = Attendance.NoShow, ContractSession = null };
        Assert.Equal("Session 3 on 2026-01-05 (Initial, NoShow, not counted)", missed.ToString());
    }

    [Fact]
    public void Null_and_undefined_arguments_are_misuse()
    {
        TreatmentCourse c = InMiddlePhase();
        Assert.Throws<ArgumentNullException>(() => TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1"), null!, Start));
        Assert.Throws<ArgumentNullException>(() => TreatmentCourse.FromHistory(null!, StandardIpt.Definition));
        Assert.Throws<ArgumentNullException>(() => TreatmentCourse.FromHistory(c.History, null!));
        Assert.Throws<ArgumentNullException>(() => c.RecordMeasure(null!, new int[9], Week(3)));
        Assert.Throws<ArgumentNullException>(() => c.RecordMeasure(null!, new int?[9], Week(3)));
        Assert.Throws<ArgumentNullException>(() => c.CompleteInventory(null!, Week(3)));
        Assert.Throws<ArgumentNullException>(() => c.AgreeFormulation(null!, Week(3)));
        Assert.Throws<ArgumentNullException>(() => c.RecordSessionWork(ProblemArea.RoleDispute, null!, []));
        Assert.Throws<ArgumentNullException>(() => c.RecordSessionWork(ProblemArea.RoleDispute, [], null!));
        Assert.Throws<ArgumentNullException>(() => c.RecordSessionWork(ProblemArea.RoleDispute, [null!], []));
        Assert.Throws<ArgumentNullException>(() => c.RecordSessionWork(ProblemArea.RoleDispute, [], [null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.Discontinue(Week(3), (DiscontinuationReason)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.DecideContinuation((ContinuationDecision)99, Week(3)));
    }
    public static TheoryData<string> UndefinedValueEvents() => ["phase-begun", "task-completed", "continuation-decided", "course-discontinued"];

    [Theory]
    [MemberData(nameof(UndefinedValueEvents))]
    public void A_stored_event_naming_an_undefined_value_is_refused_at_its_position(string type)
    {
        var started = new CourseStarted(Start, CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition.Id, 16);
        CourseEvent undefined = type switch
        {
            "phase-begun" => new PhaseBegun(Start, (PhaseKind)99),
            "task-completed" => new TaskCompleted(Start, (TherapyTask)99),
            "continuation-decided" => new ContinuationDecided(Start, (ContinuationDecision)99),
            _ => new CourseDiscontinued(Start, (DiscontinuationReason)99, null),
        };

        Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory([started, undefined], StandardIpt.Definition);

        Assert.Equal(CourseErrors.HistoryEventInvalid, replayed.Error!.Code);
        Assert.Equal(new EventLocation(2, type, null), replayed.Error.Event);
        Assert.Contains("undefined", replayed.Error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void The_course_and_its_private_events_print_the_documented_shape_and_nothing_else()
    {
        TreatmentCourse c = ReadyToComplete();
        Assert.Equal(
            "Course " + c.Id + " on " + c.Protocol.Id + ": " + c.State + ", " + c.SessionsHeld + " of " + c.ContractedSessions +
            " sessions held, version " + c.Version,
            c.ToString());

        var corrected = new EntryCorrected(new DateOnly(2026, 2, 1), 5, CorrectionKind.EnteredInError, CorrectionReason.WrongCourse, null);
        Assert.Equal("EntryCorrected entry 5 EnteredInError (WrongCourse) on 2026-02-01", corrected.ToString());

        InventoryCompleted inventory = c.History.OfType<InventoryCompleted>().Single();
        Assert.Equal(
            "InventoryCompleted { OccurredOn = " + inventory.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) +
            ", People = " + inventory.Inventory.People.Count + ", Events = " + inventory.Inventory.Events.Count + " }",
            inventory.ToString());
    }
}
