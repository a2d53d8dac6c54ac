using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>
/// What a clinician might do next. Most intents are resolved against the live course when they run
/// ("complete an outstanding task", "advance to the next phase"), so generated courses progress through the
/// protocol; the others are arbitrary and often rejected, which exercises every rule.
/// </summary>
public abstract record Intent
{
    private Intent()
    {
    }

    /// <summary>Runs the intent on the course; returns the command's result as (accepted, error).</summary>
    /// <param name="course">The course.</param>
    /// <param name="today">The current date; a session intent moves it on.</param>
    public abstract (bool Accepted, DomainError? Error) Run(TreatmentCourse course, ref DateOnly today);

    /// <summary>Records a session after <paramref name="GapDays"/> days (0 = same day, often rejected).</summary>
    public sealed record Session(int GapDays, int AttendanceRoll, bool Remote, string? Note) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            today = today.AddDays(GapDays);
            Attendance attendance = AttendanceRoll switch { 8 => Attendance.NoShow, 9 => Attendance.Cancelled, _ => Attendance.Attended };
            PrivateNote? note = string.IsNullOrWhiteSpace(Note) ? null : PrivateNote.From(Note);
            return Outcome(course.RecordSession(today, attendance, Remote ? SessionModality.Remote : SessionModality.InPerson, note));
        }
    }

    /// <summary>Records a session dated before today (always rejected).</summary>
    public sealed record BackdatedSession(int DaysBack) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Outcome(course.RecordSession(today.AddDays(-DaysBack), Attendance.Attended));
    }

    /// <summary>Completes the first task the course may complete now, if any; an inventory gets <paramref name="Label"/> as a person's label.</summary>
    public sealed record CompleteOutstandingTask(string? Label) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            ProtocolDefinition p = course.Protocol;
            int state = course.CurrentPhase is { } phase ? p.IndexOf(phase.Kind) : int.MaxValue;
            foreach (TherapyTask t in p.AllRequiredTasks.Except(course.CompletedTasks).ToList())
            {
                if (p.EarliestPhaseIndex(t) <= state)
                {
                    return t switch
                    {
                        TherapyTask.InterpersonalInventory => Outcome(course.CompleteInventory(ClinicalSamples.Inventory(Label ?? "partner"), today)),
                        TherapyTask.FormulationAgreed => Outcome(course.AgreeFormulation(ClinicalSamples.Formulation(p), today)),
                        TherapyTask.ContinuationDecided => Outcome(course.DecideContinuation(ContinuationDecision.NoFurtherTreatment, today)),
                        _ => Outcome(course.CompleteTask(t, today)),
                    };
                }
            }

            return Outcome(course.CompleteTask(TherapyTask.Diagnosis, today));
        }
    }

    /// <summary>Completes any task, valid or not.</summary>
    public sealed record CompleteAnyTask(TherapyTask Task) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Outcome(course.CompleteTask(Task, today));
    }

    /// <summary>Begins the next phase, or completes the course from its last counted phase (or, when
    /// <paramref name="IntoOptionalPhase"/>, begins an optional phase such as maintenance that follows it).</summary>
    public sealed record Advance(bool IntoOptionalPhase) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            ProtocolDefinition p = course.Protocol;
            if (course.CurrentPhase is not { } phase)
            {
                return Outcome(course.Complete(today));
            }

            int i = p.IndexOf(phase.Kind);
            CourseTrigger trigger = i + 1 < p.Phases.Length && (i < p.Machine.LastCountedPhaseIndex || IntoOptionalPhase)
                ? CourseTriggers.Begin(p.Phases[i + 1].Kind)
                : CourseTrigger.Complete;
            return Outcome(course.Fire(trigger, today));
        }
    }

    /// <summary>Fires any trigger but discontinue.</summary>
    public sealed record FireAny(CourseTrigger Trigger) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Trigger == CourseTrigger.Discontinue ? Outcome(course.Discontinue(today, DiscontinuationReason.Other)) : Outcome(course.Fire(Trigger, today));
    }

    /// <summary>Changes the contract by <paramref name="Delta"/> sessions (zero or negative is rejected).</summary>
    public sealed record Extend(int Delta) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Outcome(course.ExtendContract(course.ContractedSessions + Delta, today));
    }

    /// <summary>Proposes a formulation with the given areas (often rejected: too many, not allowed, duplicates).</summary>
    public sealed record ProposeFormulation(ProblemArea[] Areas) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            var foci = new List<FormulationFocus>();
            foreach (ProblemArea a in Areas)
            {
                foci.Add(new FormulationFocus(a, a == ProblemArea.RoleDispute
                    ? new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse) { OtherPartyPerson = PersonId.From(1) }
                    : ClinicalSamples.Detail(a, ClinicalSamples.DetailOnset)));
            }

            return Outcome(course.AgreeFormulation(new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, foci), today));
        }

        /// <inheritdoc />
        public override string ToString() => "ProposeFormulation [" + string.Join(", ", Areas) + "]";
    }

    /// <summary>Moves the dispute stage (rejected when the edge is not allowed or there is no dispute focus).</summary>
    public sealed record MoveDispute(DisputeStage Stage) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) => Outcome(course.MoveDisputeStage(Stage, today));
    }

    /// <summary>Records work on the first focus area (or on <paramref name="Area"/> when given) with a technique and a goal rating.</summary>
    public sealed record Work(ProblemArea? Area, string Technique, int GoalIndex, GoalProgress Progress) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today)
        {
            ProblemArea area = Area ?? (course.Formulation is { Foci.Count: > 0 } f ? f.Foci[0].Area : ProblemArea.RoleDispute);
            IReadOnlyList<ProblemAreaGoal> goals = ProblemAreaStrategies.For(area).Goals;
            return Outcome(course.RecordSessionWork(area, [Technique], [new GoalRating(goals[GoalIndex % goals.Count].Code, Progress)]));
        }
    }

    /// <summary>Discontinues the course.</summary>
    public sealed record Discontinue(DiscontinuationReason Reason, string? Note) : Intent
    {
        /// <inheritdoc />
        public override (bool, DomainError?) Run(TreatmentCourse course, ref DateOnly today) =>
            Outcome(course.Discontinue(today, Reason, string.IsNullOrWhiteSpace(Note) ? null : PrivateNote.From(Note)));
    }

    private static (bool, DomainError?) Outcome<T>(Result<T> r) => (r.IsSuccess, r.Error);
}

