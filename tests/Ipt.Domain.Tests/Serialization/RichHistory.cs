using System;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>Standard-IPT courses whose histories hold every event type and every optional value at least once.</summary>
internal static class RichHistory
{
    /// <summary>A completed course: sessions with notes and modalities, an inventory with life events, a role-dispute
    /// formulation, session work, a dispute stage change, a PHQ-9 with a positive item 9 (a safety concern and an
    /// action), an SRM week with targets, a contract extension, a continuation decision; late entries (a GAD-7 and a
    /// positive PHQ-9 tied to earlier sessions, the concern it raised and a late safety action) and corrections (a
    /// measure marked entered in error, a session amended).</summary>
    public static TreatmentCourse Completed()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        Ok(c.RecordSession(CourseFixture.Week(0), Attendance.Attended, SessionModality.Remote, PrivateNote.From("first"), SessionParticipants.Partner));
        Ok(c.RecordMeasure("phq-9", [2, 2, 2, 1, 1, 1, 1, 1, 1], CourseFixture.Week(0), atLatestSession: true));
        Ok(c.RecordSafetyAction(1, SafetyAction.SafetyPlan, CourseFixture.Week(0), PrivateNote.From("plan")));
        c.Sessions(2);
        DateOnly today = c.LastActivityOn;
        Ok(c.RecordMeasureEnteredLate("gad-7", [1, 1, 1, 1, 1, 1, 1], CourseFixture.Week(0), today, sessionNumber: 1));
        Ok(c.RecordMeasureEnteredLate("phq-9", [1, 1, 1, 1, 1, 1, 1, 1, 1], CourseFixture.Week(1), today, sessionNumber: 2));
        Ok(c.RecordSafetyActionEnteredLate(2, SafetyAction.RiskAssessment, CourseFixture.Week(1), today));
        Ok(c.RecordMeasure("gad-7", [1, 1, 1, 1, 1, 1, 1], today, atLatestSession: true));
        Ok(c.MarkEnteredInError(c.Version, CorrectionReason.DuplicateEntry, today));
        int second = c.History.ToList().FindIndex(e => e is SessionRecorded { Number: 2 }) + 1;
        Ok(c.Amend(second, (SessionRecorded)c.History[second - 1] with { Modality = SessionModality.Remote }, CorrectionReason.TranscriptionError, today));
        c.Tasks(TherapyTask.Diagnosis, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.MedicationEvaluated);
        var inventory = new InterpersonalInventory(
            ClinicalSamples.Onset,
            [
                new InventoryPerson
                {
                    Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1),
                    Support = SupportLevel.Low, Conflict = ConflictLevel.High, Expectations = MutualExpectations.NonReciprocal,
                    Satisfying = [RelationshipAspect.Companionship], Unsatisfying = [RelationshipAspect.Communication, RelationshipAspect.Roles],
                    ChangeAroundOnset = OnsetChange.Worsened, Notes = PrivateNote.From("notes"),
                    Communication = CommunicationStyle.Withdrawn, Assertion = InterpersonalCapacity.Limited, Confrontation = InterpersonalCapacity.Partial,
                    AngerExpression = InterpersonalCapacity.Limited, SocialRiskTaking = InterpersonalCapacity.Adequate, DifficultiesAndEpisode = EpisodeLink.Both,
                },
                new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From("friend"), Kind = RelationshipKind.Friend, Ring = ClosenessRing.From(2), IsPastRelationship = true },
            ],
            [
                new LifeEvent(LifeEventKind.Dispute, ClinicalSamples.Onset.AddDays(-14)) { Person = PersonId.From(1), Note = PrivateNote.From("row") },
                new LifeEvent(LifeEventKind.Transition, ClinicalSamples.Onset.AddDays(-30)),
            ]);
        Ok(c.CompleteInventory(inventory, c.LastActivityOn));
        var dispute = new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation)
        {
            OtherPartyPerson = PersonId.From(1), OtherPartyLabel = PersonLabel.From("partner"), NonReciprocalExpectations = [PrivateNote.From("chores")], IsCovert = true,
        };
        Ok(c.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, dispute), c.LastActivityOn));
        c.Tasks(TherapyTask.TreatmentContract);
        c.Fire(CourseTrigger.BeginMiddlePhase);
        c.Sessions(1);
        string goal = c.Assess(ProblemArea.RoleDispute).Value.Goals[0].Goal.Code;
        Ok(c.RecordSessionWork(ProblemArea.RoleDispute, ["communication-analysis"], [new GoalRating(goal, GoalProgress.Emerging)]));
        Ok(c.MoveDisputeStage(DisputeStage.Impasse, c.LastActivityOn));
        var week = new SrmDay[7];
        for (int d = 0; d < 7; d++)
        {
            week[d] = d == 3 ? default : new SrmDay(new TimeOnly(7, 0), new TimeOnly(8, 0), null, new TimeOnly(18, 30), new TimeOnly(23, 0));
        }

        Ok(c.RecordSocialRhythmWeek(week, c.LastActivityOn, new SrmTargetTimes(new TimeOnly(7, 0), new TimeOnly(8, 0), new TimeOnly(9, 0), new TimeOnly(18, 30), new TimeOnly(23, 0)), atLatestSession: true));
        Ok(c.ExtendContract(17, c.LastActivityOn));
        c.Sessions(9);
        c.Tasks(TherapyTask.EndingRaised);
        c.Fire(CourseTrigger.BeginTerminationPhase);
        c.Sessions(4);
        c.TerminationTasks();
        c.Fire(CourseTrigger.Complete);
        return c;
    }

    /// <summary>A course discontinued with a reason and a note after a no-show.</summary>
    public static TreatmentCourse Discontinued()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        Ok(c.RecordSession(CourseFixture.Week(0), Attendance.NoShow, SessionModality.Remote));
        Ok(c.Discontinue(CourseFixture.Week(1), DiscontinuationReason.ClientChoice, PrivateNote.From("moved")));
        return c;
    }

    private static void Ok<T>(Result<T> r) => Assert.True(r.IsSuccess, r.ToString());
}
