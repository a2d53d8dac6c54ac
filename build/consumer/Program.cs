// A package user's program: runs one complete standard-IPT course against the packed Ipt.Domain, stores it with
// an optimistic version check, reloads it, and exits non-zero unless the course completed and replays equal.
using System;
using System.Collections.Generic;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;

// Composition: everything the run needs is created here, in one place.
ProtocolDefinition protocol = StandardIpt.Definition;
var runner = new CourseRun(protocol);

return runner.Run(Console.Out);

/// <summary>One complete course, its JSON round trip and its version check.</summary>
internal sealed class CourseRun(ProtocolDefinition protocol)
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    public int Run(System.IO.TextWriter output)
    {
        TreatmentCourse course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("consumer-1"), protocol, Start);
        var failures = new List<string>();
        void Ok<T>(Result<T> r, string what)
        {
            if (r.IsFailure)
            {
                failures.Add(what + ": " + r.Error);
            }
        }

        for (int week = 0; week < 16; week++)
        {
            DateOnly on = Start.AddDays(7 * week);
            Ok(course.RecordSession(on, Attendance.Attended), "session " + (week + 1));
            TherapyTask[] tasks = (week + 1) switch
            {
                3 => [TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned],
                13 => [TherapyTask.EndingRaised],
                16 => [TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan],
                _ => [],
            };
            foreach (TherapyTask task in tasks)
            {
                Ok(course.CompleteTask(task, on), "task " + Codes.Of(task));
            }

            if (week + 1 == 3)
            {
                var inventory = new InterpersonalInventory(
                    Start.AddDays(-30),
                    [new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1) }],
                    [new LifeEvent(LifeEventKind.Dispute, Start.AddDays(-40)) { Person = PersonId.From(1) }]);
                Ok(course.CompleteInventory(inventory, on), "inventory");
                Ok(course.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode,
                    new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) }), on), "formulation");
                Ok(course.CompleteTask(TherapyTask.TreatmentContract, on), "task treatment-contract");
            }

            if (week + 1 == 16)
            {
                Ok(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, on), "continuation decision");
            }

            CourseTrigger? trigger = (week + 1) switch
            {
                3 => CourseTrigger.BeginMiddlePhase,
                13 => CourseTrigger.BeginTerminationPhase,
                16 => CourseTrigger.Complete,
                _ => null,
            };
            if (trigger is { } t)
            {
                Ok(course.Fire(t, on), "trigger " + Codes.Of(t));
            }
        }

        // Store and reload through the versioned JSON history, as a user's store would.
        Result<Unit> check = ConcurrencyCheck.Verify(currentVersion: 0, expectedVersion: 0);
        Ok(check, "version check");
        IReadOnlyList<CourseEvent> pending = ConcurrencyCheck.PendingEvents(course, 0).ValueOr([]);
        string json = CourseHistoryJson.Serialize(pending);
        Result<TreatmentCourse> reloaded = CourseHistoryJson.Deserialize(json).Bind(events => TreatmentCourse.FromHistory(events, protocol));
        Ok(reloaded, "reload");
        Result<Unit> stale = ConcurrencyCheck.Verify(course.Version, expectedVersion: 0);
        if (stale.Error?.Code != PersistenceErrors.VersionConflict)
        {
            failures.Add("a stale version was not reported as a conflict");
        }

        bool completed = course.Status == CourseStatus.Completed;
        bool replayEqual = reloaded.IsSuccess && reloaded.Value.ToSnapshot() == course.ToSnapshot();
        output.WriteLine(course.ToString());
        output.WriteLine("status: " + Codes.Of(course.Status) + "; events: " + course.History.Count + "; json bytes: " + json.Length + "; replay equals live course: " + replayEqual);
        foreach (string failure in failures)
        {
            output.WriteLine("FAILED " + failure);
        }

        return completed && replayEqual && failures.Count == 0 ? 0 : 1;
    }
}
