using System;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Testing;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.TestingPackage;

/// <summary>The fixture's builders and assertion helpers: a helper that passes on a wrong course is worse than none,
/// so each check is seen failing.</summary>
public class CourseFixtureTests
{
    [Fact]
    public void Weeks_are_seven_days_apart_from_the_start()
    {
        Assert.Equal(new DateOnly(2026, 1, 5), Start);
        Assert.Equal(Start, Week(0));
        Assert.Equal(new DateOnly(2026, 1, 19), Week(2));
    }

    [Fact]
    public void A_protocol_that_needs_the_age_at_start_gets_the_middle_of_its_bounds_or_15_for_a_new_course()
    {
        ProtocolDefinition a = AdolescentIpt.Definition;
        AgeRange ages = a.Rules.AgesAtStart!.Value;
        TreatmentCourse any = StartAny(CourseId.From(Guid.NewGuid()), ClientRef.From("c-1"), a, Start);
        Assert.Equal((ages.Minimum + ages.Maximum) / 2, any.AgeAtStart);
        Assert.Equal(15, NewCourse(a).AgeAtStart);

        TreatmentCourse standard = StartAny(CourseId.From(Guid.NewGuid()), ClientRef.From("c-1"), StandardIpt.Definition, Week(1));
        Assert.Equal((Week(1), (int?)null, "ipt"), (standard.StartedOn, standard.AgeAtStart, standard.Protocol.Id));
        Assert.Throws<ArgumentNullException>(() => StartAny(CourseId.From(Guid.NewGuid()), ClientRef.From("c-1"), null!, Start));
    }

    [Fact]
    public void The_fixture_points_are_where_their_names_say()
    {
        Assert.Equal((PhaseKind.Middle, 3), (InMiddlePhase().CurrentPhase!.Kind, InMiddlePhase().Sessions.Count));
        Assert.Equal((PhaseKind.Termination, 13), (InTermination().CurrentPhase!.Kind, InTermination().Sessions.Count));
        TreatmentCourse ready = ReadyToComplete();
        Assert.Equal(16, ready.Sessions.Count);
        Assert.True(ready.Protocol.AllRequiredTasks.IsSubsetOf(ready.CompletedTasks));
        Assert.True(ready.Complete(ready.LastActivityOn).IsSuccess);
    }

    [Fact]
    public void Sessions_are_weekly_after_those_recorded()
    {
        TreatmentCourse c = NewCourse().Sessions(2).Sessions(1);
        Assert.Equal([Week(0), Week(1), Week(2)], c.Sessions.Select(s => s.Date));
        Assert.All(c.Sessions, s => Assert.Equal(Attendance.Attended, s.Attendance));
    }

    [Fact]
    public void All_tasks_completes_a_set_with_the_detail_carrying_ones_through_their_commands()
    {
        TreatmentCourse c = NewCourse().Sessions(1).AllTasks(StandardIpt.Definition.Phases[0].RequiredTasks);
        Assert.True(StandardIpt.Definition.Phases[0].RequiredTasks.IsSubsetOf(c.CompletedTasks));
        Assert.NotNull(c.Inventory);
        Assert.NotNull(c.Formulation);

        TreatmentCourse t = InTermination().Sessions(1).AllTasks(TaskSet.Of([.. StandardIpt.Definition.Phases.First(x => x.Kind == PhaseKind.Termination).RequiredTasks.ToList().Where(x => x != TherapyTask.EndingRaised)]));
        Assert.Contains(TherapyTask.ContinuationDecided, t.CompletedTasks.ToList());
    }

    [Fact]
    public void A_refused_step_throws_naming_the_step_the_code_and_the_message()
    {
        DomainError expected = NewCourse().CompleteTask(TherapyTask.FuturePlan, Start).Error!;
        var e = Assert.Throws<InvalidOperationException>(() => NewCourse().Tasks(TherapyTask.FuturePlan));
        Assert.Equal("The course refused the fixture's task FuturePlan: " + expected.Code + " (" + expected.Message + ")", e.Message);

        Assert.Contains("fixture's session 17:", Assert.Throws<InvalidOperationException>(() => ReadyToComplete().Sessions(5)).Message, StringComparison.Ordinal);
        Assert.Contains("fixture's trigger BeginMiddlePhase:", Assert.Throws<InvalidOperationException>(() => NewCourse().Fire(CourseTrigger.BeginMiddlePhase)).Message, StringComparison.Ordinal);
        Assert.Contains("fixture's inventory:", Assert.Throws<InvalidOperationException>(() => NewCourse().Inventory().Inventory()).Message, StringComparison.Ordinal);
        Assert.Contains("fixture's formulation:", Assert.Throws<InvalidOperationException>(() => InMiddlePhase().Formulation()).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => InMiddlePhase().TerminationTasks());
        TreatmentCourse decided = InTermination().Sessions(1);
        Assert.True(decided.DecideContinuation(ContinuationDecision.NoFurtherTreatment, decided.LastActivityOn).IsSuccess);
        Assert.Contains("fixture's continuation decision:", Assert.Throws<InvalidOperationException>(() => decided.TerminationTasks()).Message, StringComparison.Ordinal);
        Assert.Contains("fixture's continuation decision:", Assert.Throws<InvalidOperationException>(() => InMiddlePhase().AllTasks(TaskSet.Of(TherapyTask.ContinuationDecided))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_builders_refuse_null()
    {
        Assert.Throws<ArgumentNullException>(() => ((TreatmentCourse)null!).Sessions(1));
        Assert.Throws<ArgumentNullException>(() => ((TreatmentCourse)null!).Tasks(TherapyTask.Diagnosis));
        Assert.Throws<ArgumentNullException>(() => NewCourse().Tasks(null!));
        Assert.Throws<ArgumentNullException>(() => ((TreatmentCourse)null!).Fire(CourseTrigger.Complete));
        Assert.Throws<ArgumentNullException>(() => ((TreatmentCourse)null!).AllTasks(TaskSet.Empty));
        Assert.Throws<ArgumentNullException>(() => ((TreatmentCourse)null!).Inventory());
        Assert.Throws<ArgumentNullException>(() => ((TreatmentCourse)null!).Formulation());
    }

    [Theory]
    [InlineData("The session is refused.")]
    [InlineData("3 sessions remain.")]
    [InlineData("'task.x' is refused (see the protocol.)")]
    [InlineData("One sentence. Another one.")]
    public void A_plain_sentence_passes(string message) => AssertPlainSentence(message);

    [Theory]
    [InlineData("", "an empty message")]
    [InlineData("   ", "an empty message")]
    [InlineData("the session is refused.", "starts with a capital")]
    [InlineData("The session is refused", "ends with a full stop")]
    [InlineData("The session  is refused.", "no double blank")]
    [InlineData("The session is refused .", "no blank before a full stop")]
    public void A_message_that_is_not_a_plain_sentence_fails_naming_the_rule(string message, string rule)
    {
        var e = Assert.Throws<InvalidOperationException>(() => AssertPlainSentence(message));
        Assert.StartsWith("Assertion failed: " + rule, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_command_with_the_expected_code_that_changed_nothing_passes()
    {
        TreatmentCourse c = InMiddlePhase();
        AssertRejectedUnchanged(c, x => x.RecordSession(Start, Attendance.Attended), CourseErrors.SessionDateNotAfterPrevious);
    }

    [Fact]
    public void A_command_that_succeeds_fails_the_rejection_check()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AssertRejectedUnchanged(InMiddlePhase(), x => x.RecordSession(Week(3), Attendance.Attended), "session.x"));
        Assert.Equal("Assertion failed: expected session.x but the command succeeded", e.Message);
    }

    [Fact]
    public void A_command_refused_with_another_code_fails_naming_both()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AssertRejectedUnchanged(InMiddlePhase(), x => x.RecordSession(Start, Attendance.Attended), CourseErrors.ContractExhausted));
        Assert.Contains("expected " + CourseErrors.ContractExhausted + " but got " + CourseErrors.SessionDateNotAfterPrevious, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_command_that_changed_the_course_fails_the_check()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AssertRejectedUnchanged(InMiddlePhase(), x =>
        {
            Assert.True(x.RecordSession(Week(3), Attendance.Attended).IsSuccess);
            return x.RecordSession(Start, Attendance.Attended);
        }, CourseErrors.SessionDateNotAfterPrevious));
        Assert.Equal("Assertion failed: the refused command " + CourseErrors.SessionDateNotAfterPrevious + " changed the course", e.Message);
    }

    [Fact]
    public void A_refusal_whose_message_is_not_a_sentence_fails_the_check()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AssertRejectedUnchanged(NewCourse(), _ => Result<int>.Failure(new DomainError("x.y", "not a sentence")), "x.y"));
        Assert.Contains("starts with a capital", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rejection_check_refuses_null()
    {
        Assert.Throws<ArgumentNullException>(() => AssertRejectedUnchanged<int>(null!, _ => Result<int>.Success(1), "x"));
        Assert.Throws<ArgumentNullException>(() => AssertRejectedUnchanged<int>(NewCourse(), null!, "x"));
        Assert.Throws<ArgumentNullException>(() => AssertRejectedUnchanged(NewCourse(), x => x.Complete(Start), null!));
    }
}
