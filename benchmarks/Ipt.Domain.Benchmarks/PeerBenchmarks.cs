using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;
using Stateless;

namespace Ipt.Domain.Benchmarks;

/// <summary>
/// The same standard-IPT course done three ways in one run: Ipt.Domain (the baseline, <see cref="Scenarios.FullStandardCourse"/>),
/// Stateless as a developer would model it (phases as states, guarded internal transitions for sessions and tasks,
/// parameterised triggers, an event list appended in the actions), and a hand-written loop with the same rules and the
/// same events (ints and a task bitmask, a pre-sized list): the practical limit. The rules the peers enforce are the
/// ones the course enforces on this script: a session's date after the previous one and within the contract; a task
/// only once, only from the phase the protocol allows it in, and only after a session; a phase left only when its
/// required tasks are done and a session was held in it; completion only from the last phase with its tasks done.
/// The peers get their numbers (phase order, required-task masks, earliest phase per task, contracted sessions) from the same
/// protocol definition once, in the global setup; the per-course work is what is measured.
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private readonly ProtocolDefinition _protocol = StandardIpt.Definition;
    private Step[] _script = [];
    private PeerRules _rules = null!;
    private int _events;

    /// <summary>Builds the script from the Ipt.Domain course and checks that all three end completed with the same number of events.</summary>
    [GlobalSetup]
    public void Setup()
    {
        TreatmentCourse course = Scenarios.FullStandardCourse(_protocol);
        _events = course.Version;
        Scenarios.Verify(course, events: _events, sessions: course.Sessions.Count);
        _script = Step.From(course.History);
        _rules = PeerRules.From(_protocol);

        (bool handCompleted, int handEvents) = HandWritten();
        (bool statelessCompleted, int statelessEvents) = Stateless();
        if (!handCompleted || !statelessCompleted || handEvents != _events || statelessEvents != _events)
        {
            throw new InvalidOperationException(
                "The peers do not run the same course: Ipt.Domain " + _events + " events; hand-written " + (handCompleted ? "completed, " : "not completed, ") +
                handEvents + "; Stateless " + (statelessCompleted ? "completed, " : "not completed, ") + statelessEvents + ".");
        }
    }

    /// <summary>Ipt.Domain: start, 16 sessions, the required tasks, the phase moves, completion.</summary>
    [Benchmark(Baseline = true)]
    public TreatmentCourse IptDomain() => Scenarios.FullStandardCourse(_protocol);

    /// <summary>Stateless 5: a state machine configured per course, as a developer would write it.</summary>
    [Benchmark]
    public int StatelessMachine() => Stateless().Events;

    /// <summary>A hand-written loop with the same rules and events: the practical limit.</summary>
    [Benchmark]
    public int HandWrittenLoop() => HandWritten().Events;

    private (bool Completed, int Events) HandWritten()
    {
        PeerRules r = _rules;
        var events = new List<PeerEvent>(_script.Length);
        int phase = -1;
        int sessions = 0;
        int sessionsInPhase = 0;
        DateOnly last = DateOnly.MinValue;
        ulong done = 0;
        bool completed = false;
        foreach (Step s in _script)
        {
            switch (s.Kind)
            {
                case StepKind.Start:
                    phase = 0;
                    events.Add(new PeerEvent(StepKind.Start, s.On, 0));
                    break;
                case StepKind.Session:
                    if (phase < 0 || completed || s.On <= last || sessions >= r.Contract)
                    {
                        return (false, events.Count);
                    }

                    sessions++;
                    sessionsInPhase++;
                    last = s.On;
                    events.Add(new PeerEvent(StepKind.Session, s.On, sessions));
                    break;
                case StepKind.Task:
                    ulong bit = 1UL << s.Arg;
                    if (phase < 0 || completed || sessions == 0 || (done & bit) != 0 || r.Earliest[s.Arg] < 0 || r.Earliest[s.Arg] > phase)
                    {
                        return (false, events.Count);
                    }

                    done |= bit;
                    events.Add(new PeerEvent(StepKind.Task, s.On, s.Arg));
                    break;
                case StepKind.Phase:
                    if (phase < 0 || completed || phase + 1 >= r.Phases.Length || r.Phases[phase + 1] != s.Arg ||
                        (done & r.Required[phase]) != r.Required[phase] || sessionsInPhase == 0)
                    {
                        return (false, events.Count);
                    }

                    phase++;
                    sessionsInPhase = 0;
                    events.Add(new PeerEvent(StepKind.Phase, s.On, s.Arg));
                    break;
                case StepKind.Complete:
                    if (phase != r.Phases.Length - 1 || completed || (done & r.Required[phase]) != r.Required[phase])
                    {
                        return (false, events.Count);
                    }

                    completed = true;
                    events.Add(new PeerEvent(StepKind.Complete, s.On, 0));
                    break;
            }
        }

        return (completed, events.Count);
    }

    private (bool Completed, int Events) Stateless()
    {
        PeerRules r = _rules;
        var events = new List<PeerEvent>();
        int sessions = 0;
        int sessionsInPhase = 0;
        DateOnly last = DateOnly.MinValue;
        ulong done = 0;

        var machine = new StateMachine<int, StepKind>(-1);
        StateMachine<int, StepKind>.TriggerWithParameters<DateOnly> start = machine.SetTriggerParameters<DateOnly>(StepKind.Start);
        StateMachine<int, StepKind>.TriggerWithParameters<DateOnly> session = machine.SetTriggerParameters<DateOnly>(StepKind.Session);
        StateMachine<int, StepKind>.TriggerWithParameters<int, DateOnly> task = machine.SetTriggerParameters<int, DateOnly>(StepKind.Task);
        StateMachine<int, StepKind>.TriggerWithParameters<DateOnly> next = machine.SetTriggerParameters<DateOnly>(StepKind.Phase);
        StateMachine<int, StepKind>.TriggerWithParameters<DateOnly> complete = machine.SetTriggerParameters<DateOnly>(StepKind.Complete);
        const int Completed = int.MaxValue;

        machine.Configure(-1).Permit(StepKind.Start, 0);
        for (int p = 0; p < r.Phases.Length; p++)
        {
            int phase = p;
            StateMachine<int, StepKind>.StateConfiguration state = machine.Configure(phase)
                .OnEntryFrom(phase == 0 ? start : next, on => events.Add(phase == 0 ? new PeerEvent(StepKind.Start, on, 0) : new PeerEvent(StepKind.Phase, on, r.Phases[phase])))
                .InternalTransitionIf(session, on => on > last && sessions < r.Contract, (on, _) =>
                {
                    sessions++;
                    sessionsInPhase++;
                    last = on;
                    events.Add(new PeerEvent(StepKind.Session, on, sessions));
                }, "date after the previous session, within the contract")
                .InternalTransitionIf(task, (t, _) => sessions > 0 && (done & (1UL << t)) == 0 && r.Earliest[t] >= 0 && r.Earliest[t] <= phase, (t, on, _) =>
                {
                    done |= 1UL << t;
                    events.Add(new PeerEvent(StepKind.Task, on, t));
                }, "a task once, from its phase on, after a session");
            if (phase + 1 < r.Phases.Length)
            {
                state.PermitIf(next, phase + 1, _ => (done & r.Required[phase]) == r.Required[phase] && sessionsInPhase > 0, "the phase's tasks done and a session held in it")
                    .OnExit(() => sessionsInPhase = 0);
            }
            else
            {
                state.PermitIf(complete, Completed, _ => (done & r.Required[phase]) == r.Required[phase], "the last phase's tasks done");
            }
        }

        machine.Configure(Completed).OnEntryFrom(complete, on => events.Add(new PeerEvent(StepKind.Complete, on, 0)));

        foreach (Step s in _script)
        {
            switch (s.Kind)
            {
                case StepKind.Start: machine.Fire(start, s.On); break;
                case StepKind.Session: machine.Fire(session, s.On); break;
                case StepKind.Task: machine.Fire(task, s.Arg, s.On); break;
                case StepKind.Phase: machine.Fire(next, s.On); break;
                case StepKind.Complete: machine.Fire(complete, s.On); break;
            }
        }

        return (machine.State == Completed, events.Count);
    }

    internal enum StepKind
    {
        Start,
        Session,
        Task,
        Phase,
        Complete,
    }

    /// <summary>One event of a peer's course: kind, date and one number (session number, task or phase).</summary>
    internal sealed record PeerEvent(StepKind Kind, DateOnly On, int Arg);

    /// <summary>One accepted command of the scripted course.</summary>
    internal readonly record struct Step(StepKind Kind, DateOnly On, int Arg)
    {
        public static Step[] From(IReadOnlyList<CourseEvent> history) =>
        [
            .. history.Select(e => e switch
            {
                CourseStarted s => new Step(StepKind.Start, s.OccurredOn, 0),
                SessionRecorded s => new Step(StepKind.Session, s.OccurredOn, 0),
                TaskCompleted t => new Step(StepKind.Task, t.OccurredOn, (int)t.Task),
                InventoryCompleted i => new Step(StepKind.Task, i.OccurredOn, (int)TherapyTask.InterpersonalInventory),
                FormulationAgreed f => new Step(StepKind.Task, f.OccurredOn, (int)TherapyTask.FormulationAgreed),
                ContinuationDecided c => new Step(StepKind.Task, c.OccurredOn, (int)TherapyTask.ContinuationDecided),
                PhaseBegun p => new Step(StepKind.Phase, p.OccurredOn, (int)p.Phase),
                CourseCompleted c => new Step(StepKind.Complete, c.OccurredOn, 0),
                _ => throw new InvalidOperationException("The peer script has no step for " + e.GetType().Name + "."),
            }),
        ];
    }

    /// <summary>The protocol's numbers as the peers hold them: counted phases in order, required-task masks, earliest phase per task, contracted sessions.</summary>
    internal sealed record PeerRules(int[] Phases, ulong[] Required, int[] Earliest, int Contract)
    {
        public static PeerRules From(ProtocolDefinition protocol)
        {
            PhaseDefinition[] phases = [.. protocol.Phases.Where(p => !p.IsOptional)];
            ulong[] required = [.. phases.Select(p => Enum.GetValues<TherapyTask>().Where(t => p.RequiredTasks.Contains(t)).Aggregate(0UL, (m, t) => m | (1UL << (int)t)))];
            int[] earliest = [.. Enum.GetValues<TherapyTask>().Select(t =>
            {
                int i = protocol.EarliestPhaseIndex(t);
                return i < 0 ? int.MaxValue : Array.FindIndex(phases, p => p.Kind == protocol.Phases[i].Kind);
            })];
            return new PeerRules([.. phases.Select(p => (int)p.Kind)], required, earliest, protocol.Sessions.Planned);
        }
    }
}
