using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Courses;

/// <summary>Builds standard-IPT courses at chosen points of the protocol.</summary>
internal static class CourseFixture
{
    public static readonly DateOnly Start = new(2026, 1, 5);

    public static DateOnly Week(int n) => Start.AddDays(7 * n);

    /// <summary>Starts a course with the planned sessions; on a protocol that needs the client's age at start (IPT-A),
    /// the age is the middle of the protocol's bounds.</summary>
    public static TreatmentCourse StartAny(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly on) =>
        protocol.Rules.RequiresAgeAtStart
            ? TreatmentCourse.StartWithAge(id, client, protocol, on, protocol.Rules.AgesAtStart is { } a ? (a.Minimum + a.Maximum) / 2 : 30).Value
            : TreatmentCourse.Start(id, client, protocol, on);

    /// <summary>A new course; on a protocol that needs the client's age at start (IPT-A), a client aged 15.</summary>
    public static TreatmentCourse NewCourse(ProtocolDefinition? protocol = null)
    {
        protocol ??= StandardIpt.Definition;
        var id = CourseId.From(new Guid("11111111-2222-3333-4444-555555555555"));
        return protocol.Rules.RequiresAgeAtStart
            ? TreatmentCourse.StartWithAge(id, ClientRef.From("c-1042"), protocol, Start, 15).Value
            : TreatmentCourse.Start(id, ClientRef.From("c-1042"), protocol, Start);
    }

    /// <summary>Records <paramref name="count"/> attended weekly sessions after those already recorded.</summary>
    public static TreatmentCourse Sessions(this TreatmentCourse course, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Assert.True(course.RecordSession(Week(course.Sessions.Count), Attendance.Attended).IsSuccess);
        }

        return course;
    }

    public static TreatmentCourse Tasks(this TreatmentCourse course, params TherapyTask[] tasks)
    {
        foreach (TherapyTask t in tasks)
        {
            Assert.True(course.CompleteTask(t, course.LastActivityOn).IsSuccess, "task " + t);
        }

        return course;
    }

    public static TreatmentCourse Fire(this TreatmentCourse course, CourseTrigger trigger)
    {
        Assert.True(course.Fire(trigger, course.LastActivityOn).IsSuccess, "trigger " + trigger);
        return course;
    }

    /// <summary>Completes every task of the set, the detail-carrying ones through their own commands with sample detail.</summary>
    public static TreatmentCourse AllTasks(this TreatmentCourse course, TaskSet tasks)
    {
        foreach (TherapyTask t in tasks.ToList())
        {
            _ = t switch
            {
                TherapyTask.InterpersonalInventory => course.Inventory(),
                TherapyTask.FormulationAgreed => course.Formulation(),
                TherapyTask.ContinuationDecided => Decided(course),
                _ => course.Tasks(t),
            };
        }

        return course;
    }

    private static TreatmentCourse Decided(TreatmentCourse course)
    {
        Assert.True(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, course.LastActivityOn).IsSuccess);
        return course;
    }

    /// <summary>Completes the inventory with the sample inventory.</summary>
    public static TreatmentCourse Inventory(this TreatmentCourse course)
    {
        Result<Ipt.Domain.Courses.Events.InventoryCompleted> r = course.CompleteInventory(Generators.ClinicalSamples.Inventory(), course.LastActivityOn);
        Assert.True(r.IsSuccess, r.ToString());
        return course;
    }

    /// <summary>Agrees the sample formulation for the course's protocol.</summary>
    public static TreatmentCourse Formulation(this TreatmentCourse course)
    {
        Result<Ipt.Domain.Courses.Events.FormulationAgreed> r = course.AgreeFormulation(Generators.ClinicalSamples.Formulation(course.Protocol), course.LastActivityOn);
        Assert.True(r.IsSuccess, r.ToString());
        return course;
    }

    /// <summary>Every standard-IPT initial task, with the sample inventory and formulation.</summary>
    public static TreatmentCourse InitialTasks(this TreatmentCourse course) => course
        .Tasks(TherapyTask.Diagnosis, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.MedicationEvaluated)
        .Inventory()
        .Formulation()
        .Tasks(TherapyTask.TreatmentContract);

    /// <summary>The standard-IPT termination tasks after the ending, including the continuation decision.</summary>
    public static TreatmentCourse TerminationTasks(this TreatmentCourse course)
    {
        course.Tasks(TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.IndependentCompetence, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan);
        Assert.True(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, course.LastActivityOn).IsSuccess);
        return course;
    }

    /// <summary>Three sessions, all initial tasks, middle phase begun.</summary>
    public static TreatmentCourse InMiddlePhase() => NewCourse()
        .Sessions(3)
        .InitialTasks()
        .Fire(CourseTrigger.BeginMiddlePhase);

    /// <summary>Thirteen sessions, ending raised, termination phase begun.</summary>
    public static TreatmentCourse InTermination() => InMiddlePhase()
        .Sessions(10)
        .Tasks(TherapyTask.EndingRaised)
        .Fire(CourseTrigger.BeginTerminationPhase);

    /// <summary>Sixteen sessions and all termination tasks done, not yet completed.</summary>
    public static TreatmentCourse ReadyToComplete() => InTermination()
        .Sessions(3)
        .TerminationTasks();

    /// <summary>An error message is a plain sentence (or several): a capital first, a full stop last, no blanks.</summary>
    public static void AssertPlainSentence(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.True(char.IsUpper(message[0]) || char.IsDigit(message[0]) || message[0] == '\'', "starts with a capital or a quoted code: " + message);
        Assert.True(message.EndsWith('.') || message.EndsWith(".)", StringComparison.Ordinal), "ends with a full stop: " + message);
        Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", message, StringComparison.Ordinal);
    }

    public static void AssertRejectedUnchanged<T>(TreatmentCourse course, Func<TreatmentCourse, Result<T>> command, string code)
    {
        CourseSnapshot before = course.ToSnapshot();
        Result<T> r = command(course);
        Assert.True(r.IsFailure, "expected " + code);
        Assert.Equal(code, r.Error!.Code);
        AssertPlainSentence(r.Error.Message);
        Assert.Equal(before, course.ToSnapshot());
        Assert.Equal(before.Version, course.History.Count);
    }
}
