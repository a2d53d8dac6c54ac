using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Properties;

/// <summary>
/// Every invariant a course must satisfy whatever happened to it, checked from the outside (public state and history
/// only). Shared by the properties, the model-based test and the history fuzzing.
/// </summary>
internal static class CourseInvariants
{
    private static readonly Lazy<HashSet<string>> Codes = new(LoadDocumentedCodes);

    /// <summary>Every code listed in <c>docs/errors.md</c> (which is generated from every code constant and phase-machine code in the library).</summary>
    public static IReadOnlySet<string> DocumentedCodes => Codes.Value;

    /// <summary>Null when <paramref name="course"/> satisfies every invariant, else the first violation.</summary>
    public static string? Violation(TreatmentCourse course)
    {
        ProtocolDefinition p = course.Protocol;
        IReadOnlyList<CourseEvent> history = course.History;
        IReadOnlyList<CourseEvent> record = course.CorrectedHistory; // the clinical record: corrections applied
        SessionCounts bounds = p.Sessions;

        if (history.Count == 0 || history[0] is not CourseStarted started)
        {
            return "history does not begin with course-started";
        }

        if (course.Version != history.Count)
        {
            return "version differs from the history length";
        }

        if (history.Skip(1).Any(e => e is CourseStarted))
        {
            return "course-started appears twice";
        }

        if (started.OccurredOn != course.StartedOn || history[^1].EntryDate != course.LastActivityOn)
        {
            return "start or last activity date differs from the history";
        }

        for (int i = 1; i < history.Count; i++)
        {
            if (history[i].EntryDate < history[i - 1].EntryDate || history[i].OccurredOn < course.StartedOn || history[i].OccurredOn > history[i].EntryDate)
            {
                return "event " + (i + 1) + " is entered before its predecessor, or dated before the start or after its entry";
            }
        }

        // Bounds and caps.
        if (course.ContractedSessions < bounds.Minimum || course.ContractedSessions > bounds.HardCap)
        {
            return "contract outside minimum..hard cap";
        }

        if (course.SessionsHeld > course.ContractedSessions || course.RemainingSessions != course.ContractedSessions - course.SessionsHeld)
        {
            return "more sessions held than contracted";
        }

        int contractEvents = history.Count(e => e is ContractExtended);
        int lastContract = started.ContractedSessions;
        foreach (ContractExtended x in history.OfType<ContractExtended>())
        {
            if (x.ContractedSessions <= lastContract)
            {
                return "an extension did not increase the contract";
            }

            lastContract = x.ContractedSessions;
        }

        if (lastContract != course.ContractedSessions)
        {
            return "contract differs from the last contract event (" + contractEvents + " extensions)";
        }

        // Session numbering and dates.
        IReadOnlyList<SessionRecord> sessions = course.Sessions;
        int counted = 0;
        for (int i = 0; i < sessions.Count; i++)
        {
            SessionRecord s = sessions[i];
            if (s.Number != i + 1 || (i > 0 && s.Date <= sessions[i - 1].Date) || s.Date < course.StartedOn)
            {
                return "session " + (i + 1) + " is misnumbered or misdated";
            }

            if (s.ContractSession is { } c && c != ++counted)
            {
                return "contract session numbers are not consecutive";
            }

            if (s.ContractSession is not null && !p.CountsTowardContract(s.Attendance))
            {
                return "a session that does not count was numbered as a contract session";
            }
        }

        if (counted != course.SessionsHeld || sessions.Count(s => s.Attendance == Attendance.Attended) != course.SessionsAttended)
        {
            return "held or attended count differs from the session log";
        }

        if (record.OfType<SessionRecorded>().Count() != sessions.Count)
        {
            return "session log differs from the history";
        }

        // Tasks.
        if (!course.CompletedTasks.IsSubsetOf(p.AllRequiredTasks))
        {
            return "a completed task the protocol does not require";
        }

        var completions = record.Where(e => e.CompletesTask is not null).Select(e => e.CompletesTask!.Value).ToList();
        if (completions.Count != completions.Distinct().Count() || completions.Count != course.CompletedTasks.Count)
        {
            return "a task completed twice, or completions differ from the completed set";
        }

        // Phase order and guards: walk the history with an independent view of the phase list.
        string? phaseViolation = PhaseWalk(course);
        if (phaseViolation is not null)
        {
            return phaseViolation;
        }

        // Formulation limits.
        if (course.Formulation is { } f)
        {
            if (f.Foci.Count > p.Formulation.MaxFocusAreas || f.Foci.Any(x => !p.Formulation.Allows(x.Area)) || f.Foci.Select(x => x.Area).Distinct().Count() != f.Foci.Count)
            {
                return "formulation breaks the protocol's focus limits";
            }

            if (!course.CompletedTasks.Contains(TherapyTask.FormulationAgreed))
            {
                return "a formulation without its completed task";
            }
        }

        if (course.Inventory is { } inv && (!inv.IsComplete || !course.CompletedTasks.Contains(TherapyTask.InterpersonalInventory)))
        {
            return "an inventory that is not complete or not recorded as a task";
        }

        // Closed courses.
        if (course.Status == CourseStatus.Completed)
        {
            if (record[^1] is not CourseCompleted || course.SessionsHeld < bounds.Minimum)
            {
                return "a completed course without completion or below the minimum";
            }

            for (int i = 0; i <= p.Machine.LastCountedPhaseIndex; i++)
            {
                if (!p.Phases[i].RequiredTasks.IsSubsetOf(course.CompletedTasks))
                {
                    return "a completed course with a counted phase's task missing";
                }
            }
        }

        if (course.Status == CourseStatus.Discontinued && (record[^1] is not CourseDiscontinued || course.DiscontinuationReason is null))
        {
            return "a discontinued course whose last event is not the discontinuation";
        }

        if (course.Status == CourseStatus.Active && (course.CurrentPhase is null || course.DiscontinuationReason is not null))
        {
            return "an active course without a phase";
        }

        // Replay equals live state.
        Result<TreatmentCourse> replay = TreatmentCourse.FromHistory(history, p);
        if (!replay.IsSuccess)
        {
            return "its own history does not replay: " + replay.Error!.Code;
        }

        if (replay.Value.ToSnapshot() != course.ToSnapshot())
        {
            return "replay differs from the course";
        }

        _ = course.ToString();
        return null;
    }

    private static string? PhaseWalk(TreatmentCourse course)
    {
        ProtocolDefinition p = course.Protocol;
        int phase = 0;
        int attendedInPhase = 0;
        int held = 0;
        TaskSet done = TaskSet.Empty;
        bool closed = false;
        foreach (CourseEvent e in course.CorrectedHistory.Skip(1))
        {
            if (closed)
            {
                return "an event after the course closed";
            }

            if (e.CompletesTask is { } t)
            {
                int owner = -1;
                for (int i = 0; i < p.Phases.Length; i++)
                {
                    owner = p.Phases[i].RequiredTasks.Contains(t) ? i : owner;
                }

                int earliest = p.EarlyTasks.TryGetValue(t, out PhaseKind from) ? p.Phases.IndexOf(p.Phases.First(x => x.Kind == from)) : owner;
                if (owner < 0 || earliest > phase)
                {
                    return "task " + t + " completed before its phase";
                }

                done = done.With(t);
            }

            switch (e)
            {
                case SessionRecorded s:
                    attendedInPhase += s.Attendance == Attendance.Attended ? 1 : 0;
                    held += p.Phases[phase].Sessions.IsCounted && p.CountsTowardContract(s.Attendance) ? 1 : 0;
                    break;
                case PhaseBegun b:
                    if (phase + 1 >= p.Phases.Length || p.Phases[phase + 1].Kind != b.Phase)
                    {
                        return "phase " + b.Phase + " begun out of the protocol's order";
                    }

                    string? left = Left(p, phase, done, attendedInPhase, held);
                    if (left is not null)
                    {
                        return left;
                    }

                    phase++;
                    attendedInPhase = 0;
                    break;
                case CourseCompleted:
                    if (phase < p.Machine.LastCountedPhaseIndex)
                    {
                        return "completed before the last counted phase";
                    }

                    closed = true;
                    return Left(p, phase, done, attendedInPhase, held);
                case CourseDiscontinued:
                    closed = true;
                    break;
            }
        }

        if (course.Status == CourseStatus.Active && course.CurrentPhase!.Kind != p.Phases[phase].Kind)
        {
            return "current phase differs from the phases begun";
        }

        return null;
    }

    // A phase may be left only with its tasks done, an attended session (unless optional) and, from the last counted phase, the minimum held.
    private static string? Left(ProtocolDefinition p, int phase, TaskSet done, int attendedInPhase, int held)
    {
        PhaseDefinition d = p.Phases[phase];
        if (!d.RequiredTasks.IsSubsetOf(done))
        {
            return "left the " + d.Kind + " phase with a required task missing";
        }

        if (!d.IsOptional && attendedInPhase == 0)
        {
            return "left the " + d.Kind + " phase without an attended session";
        }

        if (phase == p.Machine.LastCountedPhaseIndex && held < p.Sessions.Minimum)
        {
            return "left the last counted phase below the minimum";
        }

        return null;
    }

    private static HashSet<string> LoadDocumentedCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "docs", "errors.md")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        if (dir is not null)
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(Path.Combine(dir, "docs", "errors.md")), "`([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)+)`"))
            {
                codes.Add(m.Groups[1].Value);
            }
        }

        return codes;
    }
}
