// Ipt.Domain quickstart: one complete standard-IPT course, printed session by session, then saved to an embedded
// SQLite file and loaded back.
// Run with: dotnet run --project samples/Ipt.Domain.Quickstart
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Persistence;
using Ipt.Domain.Storage.Sqlite;
using Microsoft.Data.Sqlite;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
ProtocolDefinition ipt = StandardIpt.Definition;
var start = new DateOnly(2026, 1, 5);
TreatmentCourse course = TreatmentCourse.Start(
    CourseId.From(Guid.Parse("6f1c2a9e-0b7d-4c59-9a53-2e8d1f4b7c10")), ClientRef.From("client-1042"), ipt, start);

Console.WriteLine($"{ipt.Name} — {ipt.Sessions.Minimum}–{ipt.Sessions.Maximum} sessions, {ipt.Cadence}, {ipt.MinSessionMinutes}–{ipt.MaxSessionMinutes} min");
Console.WriteLine($"Started {start:yyyy-MM-dd} for client {course.Client}, contract {course.ContractedSessions} sessions");
Console.WriteLine();

// The clinician's plan: which tasks are completed in which session, and which phase moves follow it.
for (int week = 0; week < 16; week++)
{
    DateOnly date = start.AddDays(7 * week);
    string phase = course.CurrentPhase!.DisplayName;
    SessionRecorded session = course.RecordSession(date, Attendance.Attended, SessionModality.InPerson,
        PrivateNote.From("Private session note: stays in the history, never printed.")).Value;
    Console.WriteLine($"Session {session.Number,2}  {date:yyyy-MM-dd}  {phase,-18} attended, {course.SessionsHeld}/{course.ContractedSessions} held");

    switch (session.Number)
    {
        case 1:
            Complete(TherapyTask.Diagnosis, date);
            Complete(TherapyTask.BaselineSeverity, date);
            Complete(TherapyTask.Psychoeducation, date);
            Complete(TherapyTask.SickRoleAssigned, date);
            Complete(TherapyTask.MedicationEvaluated, date);
            TryFire(CourseTrigger.BeginMiddlePhase, date);            // denied: the inventory is not complete
            break;
        case 2:
            Report("inventory", course.CompleteInventory(Inventory(), date));
            Report("formulation (3 foci)", course.AgreeFormulation(new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode,
                [FormulationFocus.Of(Dispute()), FormulationFocus.Of(new GriefFocus(RelationshipKind.Parent, null, GriefType.Normal)),
                 FormulationFocus.Of(new RoleTransitionFocus(PrivateNote.From("employed"), PrivateNote.From("unemployed"), TransitionDomain.Work, false))]), date));
            TryFire(CourseTrigger.BeginMiddlePhase, date);            // denied: the formulation is not agreed
            break;
        case 3:
            Report("formulation (role dispute)", course.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, Dispute()), date));
            Complete(TherapyTask.TreatmentContract, date);
            TryFire(CourseTrigger.BeginMiddlePhase, date);            // allowed
            break;
        case 5:
            Report("session work", course.RecordSessionWork(ProblemArea.RoleDispute, ["communication-analysis"], [new GoalRating("dispute.identify", GoalProgress.Achieved)]));
            Report("dispute stage → impasse", course.MoveDisputeStage(DisputeStage.Impasse, date));
            break;
        case 7:
            Report("session work (MIT technique)", course.RecordSessionWork(ProblemArea.RoleDispute, ["guided-imagery-rescripting"], []));
            Report("session work", course.RecordSessionWork(ProblemArea.RoleDispute, ["decision-analysis", "role-play"], [new GoalRating("dispute.plan-of-action", GoalProgress.Achieved)]));
            Report("dispute stage → renegotiation", course.MoveDisputeStage(DisputeStage.Renegotiation, date));
            break;
        case 10:
            Report("session work", course.RecordSessionWork(ProblemArea.RoleDispute, ["communication-analysis"], [new GoalRating("dispute.modify-communication-or-expectations", GoalProgress.Partial)]));
            TryFire(CourseTrigger.Complete, date);                    // denied: the middle phase cannot complete a course
            break;
        case 13:
            PrintDue();
            Complete(TherapyTask.EndingRaised, date);
            TryFire(CourseTrigger.BeginTerminationPhase, date);       // allowed
            break;
        case 14:
            Complete(TherapyTask.FeelingsAboutEnding, date);
            Complete(TherapyTask.ProgressReviewed, date);
            break;
        case 15:
            Complete(TherapyTask.RelapseWarningSigns, date);
            Complete(TherapyTask.IndependentCompetence, date);
            TryFire(CourseTrigger.Complete, date);                    // denied: the future plan is outstanding
            break;
        case 16:
            Complete(TherapyTask.FuturePlan, date);
            Report("continuation decision", course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, date));
            PrintDue();
            break;
    }
}

DateOnly end = start.AddDays(7 * 16);
Result<SessionRecorded> seventeenth = course.RecordSession(end, Attendance.Attended);
Console.WriteLine($"  ✗ a 17th session          {seventeenth.Error!.Code}: {seventeenth.Error.Message}");
TryFire(CourseTrigger.Complete, end);

Console.WriteLine();
Console.WriteLine("Summary");
Console.WriteLine($"  {course}");
Console.WriteLine($"  started {course.StartedOn:yyyy-MM-dd}, ended {course.LastActivityOn:yyyy-MM-dd}, {course.SessionsAttended} sessions attended");
Console.WriteLine($"  tasks completed: {course.CompletedTasks}");
Console.WriteLine($"  formulation: {course.Formulation}; dispute stage: {course.DisputeStage}");
ProblemAreaAssessment assessment = course.Assess(ProblemArea.RoleDispute).Value;
Console.WriteLine($"  role-dispute goals: {string.Join(", ", assessment.Goals.Where(g => g.RatingCount > 0).Select(g => g.Goal.Code + " " + g.Progress))}; overall {assessment.Overall}");
Console.WriteLine($"  findings: {(course.Findings().Count == 0 ? "none" : string.Join("; ", course.Findings().Select(f => f.Code)))}");
Console.WriteLine($"  events: {course.History.Count}; replay equals live course: {TreatmentCourse.FromHistory(course.History, ipt).Value.ToSnapshot() == course.ToSnapshot()}");

// Save the course to an embedded SQLite file (one row per event) and load it back through the store.
string dbPath = Path.Combine(Path.GetTempPath(), "ipt-quickstart-" + Guid.NewGuid().ToString("N") + ".db");
var store = new SqliteCourseStore(new SqliteCourseStoreOptions { ConnectionString = "Data Source=" + dbPath }, BuiltInProtocols.Catalog);
Result<AppendOutcome> saved = await store.AppendAsync(course.Id, 0, course.History);
Result<TreatmentCourse> reloaded = await store.LoadAsync(course.Id);
Console.WriteLine(saved.IsSuccess && reloaded.IsSuccess
    ? $"  saved to an embedded SQLite file ({saved.Value.Version} events, one row each) and loaded back; equals live course: {reloaded.Value.ToSnapshot() == course.ToSnapshot()}"
    : $"  ✗ SQLite store: {(saved.IsFailure ? saved.Error : reloaded.Error)}");
SqliteConnection.ClearAllPools();
foreach (string f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
{
    File.Delete(f);
}
Console.WriteLine();
Console.WriteLine("Phase diagram of the protocol (Mermaid):");
Console.WriteLine("```mermaid");
Console.Write(PhaseDiagrams.ToMermaid(ipt.Machine));
Console.WriteLine("```");

void Complete(TherapyTask task, DateOnly on)
{
    Result<TaskCompleted> r = course.CompleteTask(task, on);
    Console.WriteLine(r.IsSuccess ? $"  ✓ task {TherapyTasks.Code(task)}" : $"  ✗ task {TherapyTasks.Code(task)}: {r.Error!.Code}");
}

void TryFire(CourseTrigger trigger, DateOnly on)
{
    string name = Codes.Of(trigger);
    Result<CourseEvent> r = course.Fire(trigger, on);
    Console.WriteLine(r.IsSuccess
        ? $"  → {name,-24} now: {course.State}"
        : $"  ✗ {name,-24} {r.Error!.Code}: {r.Error.Message}");
}

void Report<T>(string what, Result<T> r) =>
    Console.WriteLine(r.IsSuccess ? $"  ✓ {what}" : $"  ✗ {what,-24} {r.Error!.Code}: {r.Error.Message}");

static RoleDisputeFocus Dispute() => new(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) };

static InterpersonalInventory Inventory() => new(
    new DateOnly(2025, 11, 10),
    [
        new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1), Conflict = ConflictLevel.High, Expectations = MutualExpectations.NonReciprocal },
        new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From("sister"), Kind = RelationshipKind.Sibling, Ring = ClosenessRing.From(2), Support = SupportLevel.High },
    ],
    [new LifeEvent(LifeEventKind.Dispute, new DateOnly(2025, 10, 20)) { Person = PersonId.From(1) }]);

void PrintDue()
{
    foreach (DueNotice notice in course.Due())
    {
        Console.WriteLine($"  ! due                      {notice.Code}: {notice.Message}");
    }
}
