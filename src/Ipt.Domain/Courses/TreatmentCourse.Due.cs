using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;

namespace Ipt.Domain.Courses;

/// <content>What the protocol says is due now.</content>
public sealed partial class TreatmentCourse
{
    /// <summary>
    /// What is due now. FIRST, one <c>due.safety-concern</c> notice for every open safety concern (a positive safety
    /// item with no safety action recorded yet, RULE-10 [S107][S112]), until an action is recorded on it, even on a
    /// closed course; then raising the ending when the notice period is reached, the next phase when the current one
    /// has reached its planned last session, completion when the contract is used up, and the measures the protocol's
    /// schedules ask for at the latest session (<c>due.measure</c>).
    /// Advisory only: a session count never moves a phase by itself.
    /// </summary>
    /// <returns>Notices in the order above; empty when nothing is due. A closed course gives only open safety concerns.</returns>
    public IReadOnlyList<DueNotice> Due()
    {
        var due = new List<DueNotice>(2);
        foreach (SafetyConcern concern in OpenSafetyConcerns())
        {
            due.Add(new DueNotice(
                DueCodes.SafetyConcern,
                "Safety concern " + concern.Number.ToString(CultureInfo.InvariantCulture) + " is open: " + concern.Flag.InstrumentCode +
                " item " + concern.Flag.ItemNumber.ToString(CultureInfo.InvariantCulture) + " scored " + concern.Flag.ItemScore.ToString(CultureInfo.InvariantCulture) +
                ". Do a risk assessment now and record the safety action (" + SafetyFlag.RuleId + ")."));
        }

        if (CurrentPhase is not { } phase)
        {
            return due;
        }

        int remaining = RemainingSessions;
        int notice = _protocol.TerminationNoticeSessions;
        if (notice > 0 && phase.Sessions.IsCounted && _protocol.AllRequiredTasks.Contains(TherapyTask.EndingRaised) &&
            !_completed.Contains(TherapyTask.EndingRaised) && remaining <= notice)
        {
            string text = remaining == notice
                ? "The ending should be raised now: " + remaining + Remain(remaining) + "."
                : "The ending is overdue: only " + remaining + Remain(remaining) + " and the protocol asks for " + notice + ".";
            due.Add(new DueNotice(DueCodes.RaiseEnding, text, Task: TherapyTask.EndingRaised));
        }

        int last = Machine.LastCountedPhaseIndex;
        if (phase.Sessions.Kind == SessionRangeKind.PreTreatment && _ledger.AttendedInPhase >= phase.Sessions.Last && _state + 1 < _protocol.Phases.Length)
        {
            PhaseDefinition next = _protocol.Phases[_state + 1];
            due.Add(new DueNotice(DueCodes.PreTreatmentDone, "The " + phase.DisplayName.ToLowerInvariant() + " is held: begin the " + next.DisplayName.ToLowerInvariant() + ".", CourseTriggers.Begin(next.Kind)));
        }
        else if (phase.Sessions.IsCounted && _state < last)
        {
            SessionRange expected = _protocol.ExpectedRange(_state, _ledger.Contracted);
            if (_ledger.Held >= expected.Last)
            {
                PhaseDefinition next = _protocol.Phases[_state + 1];
                CourseTrigger trigger = CourseTriggers.Begin(next.Kind);
                TransitionDecision decision = Can(trigger);
                due.Add(decision.IsAllowed
                    ? new DueNotice(DueCodes.BeginPhase, "The " + next.DisplayName.ToLowerInvariant() + " is due: the " + phase.DisplayName.ToLowerInvariant() + " was planned for " + expected + ".", trigger)
                    : new DueNotice(DueCodes.PhaseTasksOutstanding, "The " + phase.DisplayName.ToLowerInvariant() + " was planned for " + expected + ". " + decision.Error!.Message, trigger));
            }
        }
        else if (_state == last && _ledger.Held >= _ledger.Contracted)
        {
            TransitionDecision complete = Can(CourseTrigger.Complete);
            string text = "All " + _ledger.Contracted + " contracted sessions are held: complete the course, extend the contract or begin maintenance." +
                (complete.IsAllowed ? string.Empty : " " + complete.Error!.Message);
            due.Add(new DueNotice(DueCodes.ContractComplete, text, CourseTrigger.Complete));
        }

        due.AddRange(MeasureDueNotices());
        return due;
    }

    private static string Remain(int n) => n == 1 ? " session remains" : " sessions remain";
}
