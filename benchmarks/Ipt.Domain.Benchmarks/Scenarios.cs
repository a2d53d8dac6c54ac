using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Benchmarks;

/// <summary>
/// Course scripts shared by the benchmarks. They follow the quickstart sample: weekly sessions, the initial tasks
/// in sessions 1–3, the ending raised in session 13, the termination tasks in 14–16, then completion. Results are
/// not inspected on the hot path; <see cref="Verify"/> checks once, in a global setup, that every command was accepted.
/// </summary>
public static class Scenarios
{
    /// <summary>The course id every scenario uses.</summary>
    public static readonly CourseId Id = CourseId.From(Guid.Parse("6f1c2a9e-0b7d-4c59-9a53-2e8d1f4b7c10"));

    /// <summary>The client reference every scenario uses.</summary>
    public static readonly ClientRef Client = ClientRef.From("client-1042");

    /// <summary>First session date (a Monday).</summary>
    public static readonly DateOnly Start = new(2026, 1, 5);

    /// <summary>The session note of the quickstart. Built once: wrapping the caller's text is the caller's cost, not the course's.</summary>
    public static readonly PrivateNote Note = PrivateNote.From("Private session note: stays in the history, never printed.");

    /// <summary>The quickstart's interpersonal inventory (built once: drafting it is the caller's cost).</summary>
    public static readonly InterpersonalInventory Inventory = new(
        new DateOnly(2025, 11, 10),
        [
            new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1) },
            new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From("sister"), Kind = RelationshipKind.Sibling, Ring = ClosenessRing.From(2) },
        ],
        [new LifeEvent(LifeEventKind.Dispute, new DateOnly(2025, 10, 20)) { Person = PersonId.From(1) }]);

    /// <summary>The quickstart's formulation: one role-dispute focus with the partner.</summary>
    public static readonly InterpersonalFormulation Formulation = InterpersonalFormulation.For(
        TargetCondition.MajorDepressiveEpisode,
        new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) });

    /// <summary>The initial tasks of sessions 1–3 of the quickstart, then the move to the middle phase.</summary>
    public static void InitialPhase(TreatmentCourse course, int session, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(course);
        switch (session)
        {
            case 1:
                Accept(course.CompleteTask(TherapyTask.Diagnosis, date));
                Accept(course.CompleteTask(TherapyTask.BaselineSeverity, date));
                Accept(course.CompleteTask(TherapyTask.Psychoeducation, date));
                Accept(course.CompleteTask(TherapyTask.SickRoleAssigned, date));
                Accept(course.CompleteTask(TherapyTask.MedicationEvaluated, date));
                break;
            case 2:
                Accept(course.CompleteInventory(Inventory, date));
                break;
            case 3:
                Accept(course.AgreeFormulation(Formulation, date));
                Accept(course.CompleteTask(TherapyTask.TreatmentContract, date));
                Accept(course.Fire(CourseTrigger.BeginMiddlePhase, date));
                break;
        }
    }

    /// <summary>The termination tasks over the last three sessions (<paramref name="fromLast"/> = 2, 1, 0).</summary>
    public static void TerminationPhase(TreatmentCourse course, int fromLast, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(course);
        switch (fromLast)
        {
            case 2:
                Accept(course.CompleteTask(TherapyTask.FeelingsAboutEnding, date));
                Accept(course.CompleteTask(TherapyTask.ProgressReviewed, date));
                break;
            case 1:
                Accept(course.CompleteTask(TherapyTask.RelapseWarningSigns, date));
                Accept(course.CompleteTask(TherapyTask.IndependentCompetence, date));
                break;
            case 0:
                Accept(course.CompleteTask(TherapyTask.FuturePlan, date));
                Accept(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, date));
                break;
        }
    }

    /// <summary>
    /// A full standard-IPT course as in the quickstart, without printing and without the denied attempts:
    /// start, 16 weekly sessions, the 12 required tasks (with the inventory and formulation), begin middle and
    /// termination phase, complete. 32 events.
    /// </summary>
    public static TreatmentCourse FullStandardCourse(ProtocolDefinition protocol)
    {
        TreatmentCourse course = TreatmentCourse.Start(Id, Client, protocol, Start);
        for (int n = 1; n <= 16; n++)
        {
            DateOnly date = Start.AddDays(7 * (n - 1));
            course.RecordSession(date, Attendance.Attended, SessionModality.InPerson, Note);
            InitialPhase(course, n, date);
            if (n == 13)
            {
                course.CompleteTask(TherapyTask.EndingRaised, date);
                course.Fire(CourseTrigger.BeginTerminationPhase, date);
            }

            TerminationPhase(course, 16 - n, date);
        }

        course.Fire(CourseTrigger.Complete, Start.AddDays(7 * 16));
        return course;
    }

    /// <summary>
    /// A standard-IPT course whose contract is extended from 16 to 20 sessions (the hard cap) in session 10:
    /// 20 weekly sessions, the ending raised in session 17 (three remain), termination tasks in 18–20, complete.
    /// 37 events.
    /// </summary>
    public static TreatmentCourse ExtendedCourse20(ProtocolDefinition protocol)
    {
        TreatmentCourse course = TreatmentCourse.Start(Id, Client, protocol, Start);
        for (int n = 1; n <= 20; n++)
        {
            DateOnly date = Start.AddDays(7 * (n - 1));
            Accept(course.RecordSession(date, Attendance.Attended, SessionModality.InPerson, Note));
            InitialPhase(course, n, date);
            if (n == 10)
            {
                Accept(course.ExtendContract(20, date));
            }

            if (n == 17)
            {
                Accept(course.CompleteTask(TherapyTask.EndingRaised, date));
                Accept(course.Fire(CourseTrigger.BeginTerminationPhase, date));
            }

            TerminationPhase(course, 20 - n, date);
        }

        Accept(course.Fire(CourseTrigger.Complete, Start.AddDays(7 * 20)));
        return course;
    }

    /// <summary>Throws unless the course is completed with the expected number of events and sessions.</summary>
    /// <param name="course">The course a scenario produced.</param>
    /// <param name="events">Expected number of events.</param>
    /// <param name="sessions">Expected number of sessions.</param>
    /// <exception cref="InvalidOperationException">The scenario did not run as scripted.</exception>
    public static void Verify(TreatmentCourse course, int events, int sessions)
    {
        ArgumentNullException.ThrowIfNull(course);
        if (course.Status != CourseStatus.Completed || course.Version != events || course.Sessions.Count != sessions)
        {
            throw new InvalidOperationException(
                "The scenario did not run as scripted: " + course + " (expected completed, " + events + " events, " + sessions + " sessions).");
        }
    }

    internal static void Accept<T>(Result<T> result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException("A scripted command was rejected: " + result.Error.Code + ".");
        }
    }
}
