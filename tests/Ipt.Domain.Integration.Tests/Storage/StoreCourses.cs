using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Integration.Tests.Storage;

/// <summary>Courses the store tests save: a new one, and one with every kind of content a history carries often
/// (notes, tasks, an inventory, a formulation, a phase move, a measure, a safety concern).</summary>
internal static class StoreCourses
{
    public const string SecretNote = "Private note: the client spoke of her brother.";

    public static readonly DateOnly Day1 = new(2026, 1, 5);

    /// <summary>The largest number <see cref="NumberedMeasure"/> takes (the PHQ-9 answers of the load tests encode it).</summary>
    public const int MaxNumber = 65535;

    /// <summary>Measure number <paramref name="number"/> as a command that can run in any order with the others: a PHQ-9
    /// administered on day <paramref name="number"/> of the course and entered late on one date common to all numbers. An
    /// instrument is recorded once per clinical date (<c>measure.already-recorded</c>), so a distinct number is a distinct
    /// administration; the common entry date keeps the date-order rule out of the way.</summary>
    public static Result<MeasureRecording> NumberedMeasure(this TreatmentCourse course, int number, int[] answers) =>
        course.RecordMeasureEnteredLate("phq-9", answers, course.StartedOn.AddDays(number), course.StartedOn.AddDays(MaxNumber + 1));

    public static TreatmentCourse New(CourseId? id = null) =>
        TreatmentCourse.Start(id ?? CourseId.New(), ClientRef.From("client-1042"), StandardIpt.Definition, Day1);

    public static TreatmentCourse Rich(CourseId? id = null)
    {
        TreatmentCourse c = New(id);
        c.RecordSession(Day1, Attendance.Attended, SessionModality.InPerson, PrivateNote.From(SecretNote)).Value.ToString();
        Ok(c.CompleteTask(TherapyTask.Diagnosis, Day1));
        Ok(c.CompleteTask(TherapyTask.BaselineSeverity, Day1));
        Ok(c.CompleteTask(TherapyTask.Psychoeducation, Day1));
        Ok(c.CompleteTask(TherapyTask.SickRoleAssigned, Day1));
        Ok(c.CompleteTask(TherapyTask.MedicationEvaluated, Day1));
        Ok(c.RecordMeasure("phq-9", [2, 2, 1, 2, 1, 1, 2, 1, 1], Day1, atLatestSession: true));
        DateOnly d2 = Day1.AddDays(7);
        Ok(c.RecordSession(d2, Attendance.Attended));
        Ok(c.CompleteInventory(new InterpersonalInventory(new DateOnly(2025, 11, 10),
            [new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1), Conflict = ConflictLevel.High }],
            [new LifeEvent(LifeEventKind.Dispute, new DateOnly(2025, 10, 20)) { Person = PersonId.From(1) }]), d2));
        Ok(c.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode,
            new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) }), d2));
        Ok(c.CompleteTask(TherapyTask.TreatmentContract, d2));
        Ok(c.Fire(CourseTrigger.BeginMiddlePhase, d2));
        Ok(c.RecordSession(d2.AddDays(7), Attendance.NoShow));
        return c;
    }

    private static void Ok<T>(Result<T> r) => Assert.True(r.IsSuccess, r.Error?.ToString());
}
