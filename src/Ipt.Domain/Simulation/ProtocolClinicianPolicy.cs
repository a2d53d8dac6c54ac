using System;
using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Simulation;

/// <summary>
/// The default clinician: completes each phase's required tasks at the phase's first attended session (the
/// inventory and a one-focus formulation the protocol allows included), raises the ending when the protocol's notice
/// period is reached, begins the next phase when the current one has reached its planned last session, decides what
/// follows at the final contract session by the outcome (remission: no further treatment; response: continuation IPT;
/// non-response: another effective treatment, RULE-09 [S34]), completes the course when the contract is used up, and
/// answers every safety concern with a same-day risk assessment. Optional phases (maintenance) are not entered.
/// Tasks, the ending and the decision happen only at attended sessions; phase moves follow the session count whether or
/// not the session was attended. When the contract is used up but the course cannot complete (its final session was
/// missed, or termination work is outstanding), the policy contracts one more session if the protocol's hard cap allows
/// it, and otherwise discontinues the course as a clinical decision.
/// </summary>
public sealed class ProtocolClinicianPolicy : IClinicianPolicy
{
    private readonly ConcurrentDictionary<(ProtocolDefinition, DateOnly), Detail> _details = new();

    /// <summary>A shared instance (the policy is stateless apart from a thread-safe cache of clinical detail per protocol).</summary>
    public static ProtocolClinicianPolicy Default { get; } = new();

    /// <inheritdoc />
    public void AfterSession(TreatmentCourse course, in SimulationContext context, ref SimulationRandom random)
    {
        Guard.Against.Null(course);
        if (course.CurrentPhase is not { } phase)
        {
            return;
        }

        ProtocolDefinition p = course.Protocol;
        int state = p.IndexOf(phase.Kind);
        DateOnly on = context.Date;
        bool attended = context.Attended;

        // Clinical work needs the client in the room: tasks, the ending and the decision only at attended sessions.
        if (attended && context.AttendedInPhase == 1)
        {
            CompleteTasks(course, p, state, on, context.StartDate);
        }

        bool counted = phase.Sessions.IsCounted;
        TaskSet done = course.CompletedTasks;
        if (attended && counted && p.AllRequiredTasks.Contains(TherapyTask.EndingRaised) && !done.Contains(TherapyTask.EndingRaised) &&
            course.RemainingSessions <= p.TerminationNoticeSessions && p.EarliestPhaseIndex(TherapyTask.EndingRaised) <= state)
        {
            course.CompleteTask(TherapyTask.EndingRaised, on);
        }

        // Phase moves follow the session count, attended or not; a pre-treatment phase (engagement, pre-group session)
        // ends when its sessions were attended (a missed one is rescheduled). The phase machine's guards decide whether
        // the move is allowed.
        if (state < p.Machine.LastCountedPhaseIndex)
        {
            bool due = phase.Sessions.Kind == SessionRangeKind.PreTreatment
                ? context.AttendedInPhase >= phase.Sessions.Last
                : counted && course.SessionsHeld >= p.ExpectedRange(state, course.ContractedSessions).Last;
            if (due)
            {
                if (attended)
                {
                    // Catch up on anything still outstanding, then move on.
                    CompleteTasks(course, p, state, on, context.StartDate);
                }

                CourseTrigger next = CourseTriggers.Begin(p.Phases[state + 1].Kind);
                if (course.Can(next).IsAllowed)
                {
                    course.Fire(next, on);
                }
            }
        }

        if (course.RemainingSessions == 0 && course.Status == CourseStatus.Active)
        {
            Close(course, p, attended, context, on);
        }
    }

    // The contract is used up. At an attended final session in the last phase: the remaining tasks, the decision,
    // completion. Where the course cannot complete (the final session was missed, or work is outstanding), one more
    // session is contracted if the protocol allows it; otherwise the clinician closes the course as discontinued.
    private void Close(TreatmentCourse course, ProtocolDefinition p, bool attended, in SimulationContext context, DateOnly on)
    {
        int state = p.IndexOf(course.CurrentPhase!.Kind);
        if (attended && state == p.Machine.LastCountedPhaseIndex)
        {
            CompleteTasks(course, p, state, on, context.StartDate);
            if (p.AllRequiredTasks.Contains(TherapyTask.ContinuationDecided) && !course.CompletedTasks.Contains(TherapyTask.ContinuationDecided))
            {
                course.DecideContinuation(Decide(context.IsResponse, context.IsRemission), on);
            }
        }

        if (course.Can(CourseTrigger.Complete).IsAllowed)
        {
            course.Complete(on);
        }
        else if (course.ExtendContract(course.ContractedSessions + 1, on).IsFailure)
        {
            course.Discontinue(on, DiscontinuationReason.ClinicalDecision);
        }
    }

    /// <inheritdoc />
    public void OnSafetyConcern(TreatmentCourse course, int concern, DateOnly raisedOn)
    {
        Guard.Against.Null(course);
        course.RecordSafetyAction(concern, SafetyAction.RiskAssessment, raisedOn);
    }

    /// <summary>The decision at the end of the acute course: remission → no further treatment; response → continuation
    /// IPT; non-response → another effective treatment (RULE-09); not measured → no further treatment.</summary>
    /// <param name="isResponse">Response so far, or null when not measured.</param>
    /// <param name="isRemission">Remission so far, or null.</param>
    public static ContinuationDecision Decide(bool? isResponse, bool? isRemission) =>
        isRemission == true ? ContinuationDecision.NoFurtherTreatment
        : isResponse == true ? ContinuationDecision.ContinuationIpt
        : isResponse == false ? ContinuationDecision.ReferOtherTreatment
        : ContinuationDecision.NoFurtherTreatment;

    // Completes the required tasks owned by this phase or an earlier one, in task order (the inventory before the
    // formulation); the ending and the continuation decision are left to their own moments.
    private void CompleteTasks(TreatmentCourse course, ProtocolDefinition p, int state, DateOnly on, DateOnly start)
    {
        TaskSet outstanding = p.AllRequiredTasks.Except(course.CompletedTasks);
        for (int t = 0; t < TherapyTasks.Count; t++)
        {
            var task = (TherapyTask)t;
            if (!outstanding.Contains(task) || task is TherapyTask.EndingRaised or TherapyTask.ContinuationDecided ||
                p.OwnerPhaseIndex(task) > state || p.EarliestPhaseIndex(task) > state)
            {
                continue;
            }

            switch (task)
            {
                case TherapyTask.InterpersonalInventory:
                    course.CompleteInventory(DetailFor(p, start).Inventory, on);
                    break;
                case TherapyTask.FormulationAgreed:
                    course.AgreeFormulation(DetailFor(p, start).Formulation, on);
                    break;
                default:
                    course.CompleteTask(task, on);
                    break;
            }
        }
    }

    private Detail DetailFor(ProtocolDefinition protocol, DateOnly start) =>
        _details.GetOrAdd((protocol, start), static key => Detail.Create(key.Item1, key.Item2));

    private sealed record Detail(InterpersonalInventory Inventory, InterpersonalFormulation Formulation)
    {
        public static Detail Create(ProtocolDefinition protocol, DateOnly start)
        {
            // Onset eight weeks before the course; a dispute with the partner two weeks before onset.
            DateOnly onset = start.AddDays(-56);
            var inventory = new InterpersonalInventory(
                onset,
                [
                    new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1), Conflict = ConflictLevel.High, Expectations = MutualExpectations.NonReciprocal },
                    new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From("friend"), Kind = RelationshipKind.Friend, Ring = ClosenessRing.From(2) },
                ],
                [new LifeEvent(LifeEventKind.Dispute, onset.AddDays(-14)) { Person = PersonId.From(1) }]);
            return new Detail(inventory, FormulationFor(protocol, onset));
        }

        private static InterpersonalFormulation FormulationFor(ProtocolDefinition protocol, DateOnly onset)
        {
            FormulationRules rules = protocol.Formulation;
            if (rules.AllowedAreas.Count == 0)
            {
                return new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, []);
            }

            ProblemArea area = rules.Allows(ProblemArea.RoleDispute) ? ProblemArea.RoleDispute : rules.AllowedAreas[0];
            ProblemAreaFocus detail = area switch
            {
                ProblemArea.RoleDispute => new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) },
                ProblemArea.Grief => new GriefFocus(RelationshipKind.Parent, onset.AddDays(-30), GriefType.Normal),
                ProblemArea.RoleTransition => new RoleTransitionFocus(PrivateNote.From("before"), PrivateNote.From("after"), TransitionDomain.Work, false),
                ProblemArea.InterpersonalDeficits => new InterpersonalDeficitsFocus(IsolationPattern.FewAttachments, PriorFunctioning.LongStandingIsolation),
                ProblemArea.GriefForLostHealthySelf => new LostHealthySelfFocus(null),
                ProblemArea.SingleParentFamily => new SingleParentFamilyFocus(RelationshipKind.Parent),
                ProblemArea.InterpersonalAffectiveFocus => new InterpersonalAffectiveFocusDetail(PrivateNote.From("pattern"), PrivateNote.From("affect")),
                _ => throw new InvalidOperationException("No simulated focus detail for the problem area " + area + "."),
            };
            return InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, detail);
        }
    }
}
