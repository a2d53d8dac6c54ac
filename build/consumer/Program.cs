// A package user's program: registers Ipt.Domain with the Microsoft.Extensions.DependencyInjection container
// (AddIptDomain), takes standard IPT from the registered catalogue, runs one complete course with its scheduled
// measures, reviews it with the registered fidelity reviewer, stores it with an optimistic version check, reloads it
// through the catalogue, and exits non-zero unless the course completed, reviewed without errors and replays equal.
using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Formulation;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Persistence;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;

// Composition: everything the run needs is created here, in one place.
using ServiceProvider services = new ServiceCollection()
    .AddIptDomain()
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
var runner = new CourseRun(services.GetRequiredService<IProtocolCatalog>(), services.GetRequiredService<IFidelityReviewer>());

return runner.Run(Console.Out);

/// <summary>One complete course, its fidelity review, its JSON round trip and its version check.</summary>
internal sealed class CourseRun(IProtocolCatalog catalog, IFidelityReviewer reviewer)
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    public int Run(System.IO.TextWriter output)
    {
        Result<ProtocolDefinition> found = catalog.Get("ipt");
        if (found.IsFailure)
        {
            output.WriteLine("FAILED the registered catalogue has no 'ipt': " + found.Error);
            return 1;
        }

        ProtocolDefinition protocol = found.Value;
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
            foreach (MeasureDue due in course.MeasuresDue())
            {
                int[] answers = due.InstrumentCode switch
                {
                    "phq-9" => [1, 1, 1, 1, 1, 1, 1, 1, 0],
                    "gad-7" => [1, 1, 1, 1, 1, 1, 1],
                    _ => [],
                };
                Ok(course.RecordMeasure(due.InstrumentCode, answers, on, atLatestSession: true), "measure " + due.InstrumentCode);
            }

            TherapyTask[] tasks = (week + 1) switch
            {
                3 => [TherapyTask.Diagnosis, TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.MedicationEvaluated],
                13 => [TherapyTask.EndingRaised],
                16 => [TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed, TherapyTask.RelapseWarningSigns, TherapyTask.IndependentCompetence, TherapyTask.FuturePlan],
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
        Result<TreatmentCourse> reloaded = CourseHistoryJson.Deserialize(json).Bind(events => BuiltInProtocols.Replay(catalog, events));
        Ok(reloaded, "reload");
        Result<Unit> stale = ConcurrencyCheck.Verify(course.Version, expectedVersion: 0);
        if (stale.Error?.Code != PersistenceErrors.VersionConflict)
        {
            failures.Add("a stale version was not reported as a conflict");
        }

        FidelityReport review = reviewer.Review(course);
        if (review.HasErrors)
        {
            failures.Add("the fidelity review found errors: " + string.Join(", ", review.Findings.Select(f => f.Code)));
        }

        bool completed = course.Status == CourseStatus.Completed;
        bool replayEqual = reloaded.IsSuccess && reloaded.Value.ToSnapshot() == course.ToSnapshot();
        output.WriteLine(course.ToString());
        output.WriteLine("fidelity score: " + review.Score + "; findings: " + review.Findings.Count);
        output.WriteLine("status: " + Codes.Of(course.Status) + "; events: " + course.History.Count + "; json bytes: " + json.Length + "; replay equals live course: " + replayEqual);
        foreach (string failure in failures)
        {
            output.WriteLine("FAILED " + failure);
        }

        return completed && replayEqual && failures.Count == 0 ? 0 : 1;
    }
}
