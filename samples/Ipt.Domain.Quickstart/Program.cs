// Ipt.Domain quickstart: one complete standard-IPT course, printed session by session.
// Run with: dotnet run --project samples/Ipt.Domain.Quickstart
using System;
using System.Globalization;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

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
            Complete(TherapyTask.SickRoleAssigned, date);
            TryFire(CourseTrigger.BeginMiddlePhase, date);            // denied: the inventory is not complete
            break;
        case 2:
            Complete(TherapyTask.InterpersonalInventory, date);
            TryFire(CourseTrigger.BeginMiddlePhase, date);            // denied: the formulation is not agreed
            break;
        case 3:
            Complete(TherapyTask.FormulationAgreed, date);
            Complete(TherapyTask.TreatmentContract, date);
            TryFire(CourseTrigger.BeginMiddlePhase, date);            // allowed
            break;
        case 10:
            TryFire(CourseTrigger.Complete, date);                    // denied: the middle phase cannot complete a course
            break;
        case 13:
            PrintDue();
            Complete(TherapyTask.EndingRaised, date);
            TryFire(CourseTrigger.BeginTerminationPhase, date);       // allowed
            break;
        case 14:
            Complete(TherapyTask.ProgressReviewed, date);
            break;
        case 15:
            Complete(TherapyTask.RelapseWarningSigns, date);
            TryFire(CourseTrigger.Complete, date);                    // denied: the future plan is outstanding
            break;
        case 16:
            Complete(TherapyTask.FuturePlan, date);
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
Console.WriteLine($"  events: {course.History.Count}; replay equals live course: {TreatmentCourse.FromHistory(course.History, ipt).Value.ToSnapshot() == course.ToSnapshot()}");
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

void PrintDue()
{
    foreach (DueNotice notice in course.Due())
    {
        Console.WriteLine($"  ! due                      {notice.Code}: {notice.Message}");
    }
}
