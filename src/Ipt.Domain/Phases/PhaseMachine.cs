using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>
/// The phase state machine of one protocol, compiled once from its phase definitions and shared by every course
/// on that protocol. States are the protocol's phases plus <see cref="CourseStatus.Completed"/> and
/// <see cref="CourseStatus.Discontinued"/>; edges are explicit <see cref="CourseTrigger"/>s with named guards.
/// A lookup is an array index and the guards it names; an allowed answer allocates nothing.
/// </summary>
/// <remarks>
/// Edges, compiled from the phases in order:
/// <list type="bullet">
/// <item>phase i → phase i+1 by "begin (kind of i+1)": phase i's required tasks complete; a session attended in
/// phase i (unless phase i is optional); the protocol's minimum sessions when phase i is the last counted phase.</item>
/// <item>the last counted phase and any later phase → completed by <see cref="CourseTrigger.Complete"/>, with the same guards.</item>
/// <item>every phase → discontinued by <see cref="CourseTrigger.Discontinue"/>, unguarded.</item>
/// </list>
/// </remarks>
public sealed class PhaseMachine
{
    private readonly Cell[] _cells;
    private readonly CourseState[] _states;
    private readonly int[] _indexByKind;

    private PhaseMachine(ImmutableArray<PhaseDefinition> phases, int minimumSessions)
    {
        Phases = phases;
        int n = phases.Length;
        StateCount = n + 2;
        _states = new CourseState[StateCount];
        _indexByKind = new int[Enum.GetValues<PhaseKind>().Length];
        Array.Fill(_indexByKind, -1);
        int lastCounted = -1;
        for (int i = 0; i < n; i++)
        {
            _states[i] = CourseState.In(phases[i].Kind);
            _indexByKind[(int)phases[i].Kind] = i;
            if (phases[i].Sessions.IsCounted)
            {
                lastCounted = i;
            }
        }

        _states[n] = CourseState.Completed;
        _states[n + 1] = CourseState.Discontinued;
        LastCountedPhaseIndex = lastCounted;

        _cells = new Cell[StateCount * CourseTriggers.Count];
        var transitions = new List<PhaseTransition>();
        for (int i = 0; i < n; i++)
        {
            PhaseDefinition phase = phases[i];
            var guards = new List<PhaseGuard>(3);
            if (!phase.RequiredTasks.IsEmpty)
            {
                guards.Add(new RequiredTasksGuard(phase));
            }

            if (!phase.IsOptional)
            {
                guards.Add(new SessionHeldGuard(phase));
            }

            if (i == lastCounted)
            {
                guards.Add(new MinimumSessionsGuard(minimumSessions));
            }

            PhaseGuard[] exitGuards = guards.ToArray();
            if (i + 1 < n)
            {
                Add(transitions, i, CourseTriggers.Begin(phases[i + 1].Kind), i + 1, exitGuards);
            }

            if (i >= lastCounted)
            {
                Add(transitions, i, CourseTrigger.Complete, n, exitGuards);
            }

            Add(transitions, i, CourseTrigger.Discontinue, n + 1, []);
        }

        for (int s = 0; s < StateCount; s++)
        {
            for (int t = 0; t < CourseTriggers.Count; t++)
            {
                int cell = (s * CourseTriggers.Count) + t;
                if (_cells[cell] is not null)
                {
                    continue;
                }

                DomainError denial = s >= n
                    ? PhaseErrors.Closed(_states[s].Status)
                    : PhaseErrors.NotPossibleFrom((CourseTrigger)t, phases[s].DisplayName);
                _cells[cell] = new Cell(-1, [], denial);
            }
        }

        Transitions = transitions.AsReadOnly();
    }

    /// <summary>The protocol's phases, in order.</summary>
    public ImmutableArray<PhaseDefinition> Phases { get; }

    /// <summary>Every edge of the machine, in phase order; for inspection and diagrams.</summary>
    public IReadOnlyList<PhaseTransition> Transitions { get; }

    /// <summary>Number of states: the phases plus completed and discontinued.</summary>
    public int StateCount { get; }

    /// <summary>Index of the last phase whose sessions count toward the contract.</summary>
    public int LastCountedPhaseIndex { get; }

    /// <summary>Compiles a machine from phase definitions. Validation of the phases is the protocol builder's job;
    /// call this through <c>ProtocolDefinition</c>, which holds the compiled machine.</summary>
    /// <param name="phases">Validated phases, in order.</param>
    /// <param name="minimumSessions">Contract sessions required before the acute phases may be left.</param>
    /// <exception cref="ArgumentException">No phase, or no counted phase.</exception>
    public static PhaseMachine Compile(ImmutableArray<PhaseDefinition> phases, int minimumSessions)
    {
        if (phases.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A phase machine needs at least one phase.", nameof(phases));
        }

        bool anyCounted = false;
        foreach (PhaseDefinition p in phases)
        {
            anyCounted |= p.Sessions.IsCounted;
        }

        if (!anyCounted)
        {
            throw new ArgumentException("A phase machine needs at least one counted phase.", nameof(phases));
        }

        Guard.Against.LessThan(minimumSessions, 0);
        return new PhaseMachine(phases, minimumSessions);
    }

    /// <summary>May <paramref name="trigger"/> fire from <paramref name="state"/> given <paramref name="context"/>?</summary>
    /// <param name="state">The state asked about.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="context">Facts about the course that the guards look at.</param>
    /// <exception cref="ArgumentException"><paramref name="state"/> names a phase this protocol does not have.</exception>
    public TransitionDecision Can(CourseState state, CourseTrigger trigger, in PhaseContext context) =>
        Can(IndexOf(state), trigger, in context);

    /// <summary>The state index of a course state.</summary>
    /// <param name="state">A state of this machine.</param>
    /// <exception cref="ArgumentException">The phase is not part of this protocol.</exception>
    public int IndexOf(CourseState state)
    {
        switch (state.Status)
        {
            case CourseStatus.Completed:
                return StateCount - 2;
            case CourseStatus.Discontinued:
                return StateCount - 1;
            default:
                int i = (uint)state.Phase < (uint)_indexByKind.Length ? _indexByKind[(int)state.Phase] : -1;
                return i >= 0 ? i : throw new ArgumentException("The protocol has no " + state.Phase + " phase.", nameof(state));
        }
    }

    /// <summary>Index of the phase of the given kind, or -1 when the protocol has none.</summary>
    /// <param name="kind">A phase kind.</param>
    public int IndexOf(PhaseKind kind) => (uint)kind < (uint)_indexByKind.Length ? _indexByKind[(int)kind] : -1;

    /// <summary>The state at an index.</summary>
    /// <param name="index">A state index, 0 to <see cref="StateCount"/> − 1.</param>
    public CourseState StateAt(int index) => _states[index];

    internal TransitionDecision Can(int state, CourseTrigger trigger, in PhaseContext context)
    {
        if ((uint)trigger >= CourseTriggers.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(trigger), (int)trigger, "Not a defined trigger.");
        }

        Cell cell = _cells[(state * CourseTriggers.Count) + (int)trigger];
        CourseState from = _states[state];
        if (cell.Denial is not null)
        {
            return TransitionDecision.Denied(trigger, from, from, null, cell.Denial);
        }

        CourseState to = _states[cell.Target];
        PhaseGuard[] guards = cell.Guards;
        for (int g = 0; g < guards.Length; g++)
        {
            DomainError? error = guards[g].Evaluate(in context);
            if (error is not null)
            {
                return TransitionDecision.Denied(trigger, from, to, guards[g], error);
            }
        }

        return TransitionDecision.Allowed(trigger, from, to);
    }

    internal int TargetOf(int state, CourseTrigger trigger) => _cells[(state * CourseTriggers.Count) + (int)trigger].Target;

    private void Add(List<PhaseTransition> transitions, int from, CourseTrigger trigger, int to, PhaseGuard[] guards)
    {
        _cells[(from * CourseTriggers.Count) + (int)trigger] = new Cell(to, guards, null);
        transitions.Add(new PhaseTransition(_states[from], trigger, _states[to], Array.AsReadOnly(guards)));
    }

    private sealed record Cell(int Target, PhaseGuard[] Guards, DomainError? Denial);
}
