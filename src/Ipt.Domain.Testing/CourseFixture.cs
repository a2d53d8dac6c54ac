using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>
/// Builds courses at chosen points of a protocol (standard IPT unless told otherwise) through the real commands, with
/// sample clinical detail (<see cref="ClinicalSamples"/>), and checks what a refused command must not do. Every builder
/// throws <see cref="InvalidOperationException"/> naming the refused command's error code when the course refuses a
/// step, so a test on any framework fails at the step that went wrong.
/// </summary>
/// <example>
/// <code>
/// TreatmentCourse course = CourseFixture.InMiddlePhase().Sessions(2);
/// CourseFixture.AssertRejectedUnchanged(course, c =&gt; c.RecordSession(CourseFixture.Start, Attendance.Attended), "session.date-not-after-previous");
/// </code>
/// </example>
public static class CourseFixture
{
    /// <summary>The date every fixture course starts on (Monday 5 January 2026); sessions are weekly from it.</summary>
    public static readonly DateOnly Start = new(2026, 1, 5);

    /// <summary>The date of week <paramref name="n"/> (0 = <see cref="Start"/>).</summary>
    /// <param name="n">Weeks after the start.</param>
    public static DateOnly Week(int n) => Start.AddDays(7 * n);

    /// <summary>Starts a course with the planned sessions; on a protocol that needs the client's age at start (IPT-A),
    /// the age is the middle of the protocol's bounds.</summary>
    /// <param name="id">The course id.</param>
    /// <param name="client">The client reference.</param>
    /// <param name="protocol">The protocol.</param>
    /// <param name="on">The start date.</param>
    public static TreatmentCourse StartAny(CourseId id, ClientRef client, ProtocolDefinition protocol, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return protocol.Rules.RequiresAgeAtStart
            ? TreatmentCourse.StartWithAge(id, client, protocol, on, protocol.Rules.AgesAtStart is { } a ? (a.Minimum + a.Maximum) / 2 : 30).Value
            : TreatmentCourse.Start(id, client, protocol, on);
    }

    /// <summary>A new course (fixed course id, client reference <c>c-1042</c>) started on <see cref="Start"/>; on a
    /// protocol that needs the client's age at start (IPT-A), a client aged 15.</summary>
    /// <param name="protocol">The protocol, or null for standard IPT.</param>
    public static TreatmentCourse NewCourse(ProtocolDefinition? protocol = null)
    {
        protocol ??= StandardIpt.Definition;
        var id = CourseId.From(new Guid("11111111-2222-3333-4444-555555555555"));
        return protocol.Rules.RequiresAgeAtStart
            ? TreatmentCourse.StartWithAge(id, ClientRef.From("c-1042"), protocol, Start, 15).Value
            : TreatmentCourse.Start(id, ClientRef.From("c-1042"), protocol, Start);
    }

    /// <summary>Records <paramref name="count"/> attended weekly sessions after those already recorded.</summary>
    /// <param name="course">The course.</param>
    /// <param name="count">How many sessions.</param>
    /// <returns>The same course.</returns>
    /// <exception cref="InvalidOperationException">The course refused a session.</exception>
    public static TreatmentCourse Sessions(this TreatmentCourse course, int count)
    {
        ArgumentNullException.ThrowIfNull(course);
        for (int i = 0; i < count; i++)
        {
            Ok(course.RecordSession(Week(course.Sessions.Count), Attendance.Attended), "session " + (course.Sessions.Count + 1));
        }

        return course;
    }

    /// <summary>Completes the tasks in order on the course's last activity date.</summary>
    /// <param name="course">The course.</param>
    /// <param name="tasks">The tasks.</param>
    /// <returns>The same course.</returns>
    /// <exception cref="InvalidOperationException">The course refused a task.</exception>
    public static TreatmentCourse Tasks(this TreatmentCourse course, params TherapyTask[] tasks)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(tasks);
        foreach (TherapyTask t in tasks)
        {
            Ok(course.CompleteTask(t, course.LastActivityOn), "task " + t);
        }

        return course;
    }

    /// <summary>Fires a trigger on the course's last activity date.</summary>
    /// <param name="course">The course.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The same course.</returns>
    /// <exception cref="InvalidOperationException">The course refused the trigger.</exception>
    public static TreatmentCourse Fire(this TreatmentCourse course, CourseTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(course);
        Ok(course.Fire(trigger, course.LastActivityOn), "trigger " + trigger);
        return course;
    }

    /// <summary>Completes every task of the set, the detail-carrying ones through their own commands with sample detail.</summary>
    /// <param name="course">The course.</param>
    /// <param name="tasks">The tasks.</param>
    /// <returns>The same course.</returns>
    /// <exception cref="InvalidOperationException">The course refused a task.</exception>
    public static TreatmentCourse AllTasks(this TreatmentCourse course, TaskSet tasks)
    {
        ArgumentNullException.ThrowIfNull(course);
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
        Ok(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, course.LastActivityOn), "continuation decision");
        return course;
    }

    /// <summary>Completes the inventory with the sample inventory.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The same course.</returns>
    /// <exception cref="InvalidOperationException">The course refused the inventory.</exception>
    public static TreatmentCourse Inventory(this TreatmentCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        Ok(course.CompleteInventory(ClinicalSamples.Inventory(), course.LastActivityOn), "inventory");
        return course;
    }

    /// <summary>Agrees the sample formulation for the course's protocol.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The same course.</returns>
    /// <exception cref="InvalidOperationException">The course refused the formulation.</exception>
    public static TreatmentCourse Formulation(this TreatmentCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        Ok(course.AgreeFormulation(ClinicalSamples.Formulation(course.Protocol), course.LastActivityOn), "formulation");
        return course;
    }

    /// <summary>Every standard-IPT initial task, with the sample inventory and formulation.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The same course.</returns>
    public static TreatmentCourse InitialTasks(this TreatmentCourse course) => course
        .Tasks(TherapyTask.Diagnosis, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.MedicationEvaluated)
        .Inventory()
        .Formulation()
        .Tasks(TherapyTask.TreatmentContract);

    /// <summary>The standard-IPT termination tasks after the ending, including the continuation decision.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The same course.</returns>
    public static TreatmentCourse TerminationTasks(this TreatmentCourse course)
    {
        course.Tasks(TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.IndependentCompetence, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan);
        Ok(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, course.LastActivityOn), "continuation decision");
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

    /// <summary>Checks that an error message is a plain sentence (or several), as the library writes them: a capital
    /// (or a digit or a quoted code) first, a full stop last, no double blanks, no blank before a full stop.</summary>
    /// <param name="message">The message.</param>
    /// <exception cref="InvalidOperationException">It is not.</exception>
    public static void AssertPlainSentence(string message)
    {
        Check(!string.IsNullOrWhiteSpace(message), "an empty message");
        Check(char.IsUpper(message[0]) || char.IsDigit(message[0]) || message[0] == '\'', "starts with a capital or a quoted code: " + message);
        Check(message.EndsWith('.') || message.EndsWith(".)", StringComparison.Ordinal), "ends with a full stop: " + message);
        Check(!message.Contains("  ", StringComparison.Ordinal), "no double blank: " + message);
        Check(!message.Contains(" .", StringComparison.Ordinal), "no blank before a full stop: " + message);
    }

    /// <summary>Runs a command that must be refused and checks that it was refused with <paramref name="code"/>, with a
    /// plain-sentence message, and changed nothing (the course's snapshot and history are as before).</summary>
    /// <typeparam name="T">The command's success value.</typeparam>
    /// <param name="course">The course.</param>
    /// <param name="command">The command.</param>
    /// <param name="code">The expected error code.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The command succeeded, was refused with another code, or changed the course.</exception>
    public static void AssertRejectedUnchanged<T>(TreatmentCourse course, Func<TreatmentCourse, Result<T>> command, string code)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(code);
        CourseSnapshot before = course.ToSnapshot();
        Result<T> r = command(course);
        Check(r.IsFailure, "expected " + code + " but the command succeeded");
        Check(r.Error!.Code == code, "expected " + code + " but got " + r.Error.Code);
        AssertPlainSentence(r.Error.Message);
        Check(before == course.ToSnapshot(), "the refused command " + code + " changed the course");
        Check(before.Version == course.History.Count, "the refused command " + code + " changed the history");
    }

    private static void Ok<T>(Result<T> r, string step)
    {
        if (r.IsFailure)
        {
            throw new InvalidOperationException("The course refused the fixture's " + step + ": " + r.Error!.Code + " (" + r.Error.Message + ")");
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Assertion failed: " + what);
        }
    }
}
