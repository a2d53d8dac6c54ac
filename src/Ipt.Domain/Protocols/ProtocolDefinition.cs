using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>
/// A treatment protocol as data: its phases and their planned sessions, the tasks each phase requires, session
/// counts and hard cap, cadence, format, when the ending must be raised, and where every value comes from.
/// Immutable and validated: the only way to obtain one is <see cref="ProtocolBuilder.Build"/>, which returns
/// errors instead of a broken definition. It holds its compiled <see cref="PhaseMachine"/>, shared by every
/// course on the protocol.
/// </summary>
/// <example>
/// <code>
/// Result&lt;ProtocolDefinition&gt; ipt10 = ProtocolDefinition.Create("ipt-10", "IPT, ten sessions")
///     .Phase(PhaseKind.Initial, SessionRange.Of(1, 2), tasks: TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed))
///     .Phase(PhaseKind.Middle, SessionRange.Of(3, 8))
///     .Phase(PhaseKind.Termination, SessionRange.Of(9, 10), tasks: TaskSet.Of(TherapyTask.EndingRaised))
///     .AllowEarly(TherapyTask.EndingRaised, PhaseKind.Middle)
///     .Build();
/// </code>
/// </example>
public sealed class ProtocolDefinition
{
    private readonly sbyte[] _taskOwner;
    private readonly sbyte[] _taskEarliest;
    private readonly int _countedAttendanceMask;
    private readonly int _absorbingPhase;

    internal ProtocolDefinition(ProtocolBuilder b, ImmutableArray<PhaseDefinition> phases, SessionCounts sessions)
    {
        Id = b.IdValue;
        Name = b.NameValue;
        Abbreviation = b.AbbreviationValue;
        Description = b.DescriptionValue;
        Family = b.FamilyValue;
        Format = b.FormatValue;
        Cadence = b.CadenceValue;
        MinSessionMinutes = b.MinMinutes;
        MaxSessionMinutes = b.MaxMinutes;
        Phases = phases;
        Sessions = sessions;
        TerminationNoticeSessions = b.TerminationNoticeValue;
        CalendarSpanWeeks = b.CalendarSpanWeeksValue;
        Rules = b.RulesValue;
        AdherenceSet = b.AdherenceValue;
        Provenance = b.ProvenanceValues.ToImmutableArray();
        EarlyTasks = b.EarlyTaskValues.ToImmutableDictionary();
        PhaseCadences = b.PhaseCadenceValues.ToImmutableDictionary();
        MemberSymptomReviewPhases = b.SymptomReviewPhaseValues.ToImmutableArray();
        Formulation = b.FormulationValue;
        Inventory = b.InventoryValue;
        MeasurementSchedules = b.MeasurementValues.ToImmutableArray();
        Instruments = b.InstrumentsValue;
        _countedAttendanceMask = b.CountedAttendanceMask;
        Machine = PhaseMachine.Compile(phases, sessions.Minimum);

        _taskOwner = new sbyte[TherapyTasks.Count];
        _taskEarliest = new sbyte[TherapyTasks.Count];
        Array.Fill(_taskOwner, (sbyte)-1);
        Array.Fill(_taskEarliest, (sbyte)-1);
        TaskSet all = TaskSet.Empty;
        for (int i = 0; i < phases.Length; i++)
        {
            foreach (TherapyTask t in phases[i].RequiredTasks.ToList())
            {
                _taskOwner[(int)t] = (sbyte)i;
                _taskEarliest[(int)t] = (sbyte)i;
                all = all.With(t);
            }
        }

        foreach (KeyValuePair<TherapyTask, PhaseKind> early in EarlyTasks)
        {
            _taskEarliest[(int)early.Key] = (sbyte)IndexOf(early.Value);
        }

        AllRequiredTasks = all;
        int lastCounted = Machine.LastCountedPhaseIndex;
        _absorbingPhase = lastCounted > 0 && phases[lastCounted - 1].Sessions.IsCounted ? lastCounted - 1 : lastCounted;
    }

    /// <summary>Stable lower-case id, e.g. <c>ipt</c>; stored in every course history.</summary>
    public string Id { get; }

    /// <summary>Full name, e.g. "Interpersonal Psychotherapy (standard acute course)".</summary>
    public string Name { get; }

    /// <summary>Abbreviation clinicians use, e.g. <c>IPT</c>.</summary>
    public string Abbreviation { get; }

    /// <summary>One-paragraph description of population and use.</summary>
    public string Description { get; }

    /// <summary>Therapy family: IPT, or a related therapy that is not an IPT variant.</summary>
    public TherapyFamily Family { get; }

    /// <summary>Delivery format.</summary>
    public TherapyFormat Format { get; }

    /// <summary>Planned frequency of sessions.</summary>
    public Cadence Cadence { get; }

    /// <summary>The phases with a cadence of their own (IPSRT's later stages, decision 0033); every other phase follows
    /// <see cref="Cadence"/>. Use <see cref="CadenceOf"/> for a phase's effective cadence.</summary>
    public ImmutableDictionary<PhaseKind, Cadence> PhaseCadences { get; }

    /// <summary>Group formats: the phases whose group sessions review each attending member's symptoms (WHO Group IPT
    /// middle sessions [S28]); empty when the protocol asks for none.</summary>
    public ImmutableArray<PhaseKind> MemberSymptomReviewPhases { get; }

    /// <summary>The planned cadence of sessions in a phase: its own (<see cref="PhaseCadences"/>) or the protocol's.</summary>
    /// <param name="phase">The phase.</param>
    public Cadence CadenceOf(PhaseKind phase) => PhaseCadences.TryGetValue(phase, out Cadence own) ? own : Cadence;

    /// <summary>Shortest planned session length in minutes.</summary>
    public int MinSessionMinutes { get; }

    /// <summary>Longest planned session length in minutes.</summary>
    public int MaxSessionMinutes { get; }

    /// <summary>The phases, in order.</summary>
    public ImmutableArray<PhaseDefinition> Phases { get; }

    /// <summary>Planned, minimum and maximum contract sessions and the hard cap.</summary>
    public SessionCounts Sessions { get; }

    /// <summary>The ending must be raised while at least this many contract sessions remain (brief TERM-01).</summary>
    public int TerminationNoticeSessions { get; }

    /// <summary>Planned calendar span of the counted course in weeks when the protocol states one apart from its
    /// session count (brief C01, C12), otherwise null.</summary>
    public int? CalendarSpanWeeks { get; }

    /// <summary>Tasks that may be completed before the phase that requires them, with the earliest phase.</summary>
    public ImmutableDictionary<TherapyTask, PhaseKind> EarlyTasks { get; }

    /// <summary>Every task some phase requires.</summary>
    public TaskSet AllRequiredTasks { get; }

    /// <summary>The session-level adherence checklist the fidelity review rates sessions against: the one set on the
    /// builder, else <see cref="AdherenceChecklists.Ipt"/> for the IPT family; null for other families without one.</summary>
    public AdherenceChecklist? Adherence => AdherenceSet ?? (Family == TherapyFamily.Ipt ? AdherenceChecklists.Ipt : null);

    internal AdherenceChecklist? AdherenceSet { get; }

    /// <summary>Rules beyond the data that this protocol adds; <see cref="ProtocolRules.None"/> for most.</summary>
    public ProtocolRules Rules { get; }

    /// <summary>Where each clinical value comes from, and how firm it is.</summary>
    public ImmutableArray<SourcedValue> Provenance { get; }

    /// <summary>Rules for the interpersonal formulation: allowed problem areas, most focus areas, single-focus preference.</summary>
    public FormulationRules Formulation { get; }

    /// <summary>Rules for the interpersonal inventory (closeness-circle rings, fewest people).</summary>
    public InventoryRules Inventory { get; }

    /// <summary>Which instruments are due when (brief §17.7).</summary>
    public ImmutableArray<MeasurementSchedule> MeasurementSchedules { get; }

    /// <summary>The item-scored instruments the protocol's courses can record and its schedules name
    /// (<see cref="InstrumentCatalog.BuiltIn"/> unless the builder was given another).</summary>
    public InstrumentCatalog Instruments { get; }

    /// <summary>The compiled phase machine, shared by every course on this protocol.</summary>
    public PhaseMachine Machine { get; }

    /// <summary>Starts a builder for a new protocol.</summary>
    /// <param name="id">Lower-case kebab-case id, 2–40 characters.</param>
    /// <param name="name">Full name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ProtocolBuilder Create(string id, string name) => new(id, name);

    /// <summary>A builder pre-filled with this protocol, to derive a variant under a new id.</summary>
    /// <param name="id">Id of the new protocol.</param>
    /// <param name="name">Name of the new protocol.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProtocolBuilder ToBuilder(string id, string name) => ProtocolBuilder.From(this, id, name);

    /// <summary>Index of the phase of <paramref name="kind"/>, or -1 when the protocol has none.</summary>
    /// <param name="kind">A phase kind.</param>
    public int IndexOf(PhaseKind kind) => Machine.IndexOf(kind);

    /// <summary>Index of the phase that requires <paramref name="task"/>, or -1 when no phase does.</summary>
    /// <param name="task">A task.</param>
    public int OwnerPhaseIndex(TherapyTask task) => TherapyTasks.IsDefined(task) ? _taskOwner[(int)task] : -1;

    /// <summary>Index of the earliest phase in which <paramref name="task"/> may be completed, or -1 when no phase requires it.</summary>
    /// <param name="task">A task.</param>
    public int EarliestPhaseIndex(TherapyTask task) => TherapyTasks.IsDefined(task) ? _taskEarliest[(int)task] : -1;

    /// <summary>True when a session with this attendance counts toward the contract (default: attended only).</summary>
    /// <param name="attendance">The attendance.</param>
    public bool CountsTowardContract(Attendance attendance) => (_countedAttendanceMask & (1 << (int)attendance)) != 0;

    /// <summary>
    /// The sessions a phase is expected to span under a contract of <paramref name="contractedSessions"/>.
    /// Phase ranges are written for the planned count; for a shorter or extended contract the last counted phase
    /// keeps its length and stays anchored to the end, and the phase before it absorbs the difference.
    /// </summary>
    /// <param name="phaseIndex">Index of a phase.</param>
    /// <param name="contractedSessions">Sessions in the contract.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public SessionRange ExpectedRange(int phaseIndex, int contractedSessions)
    {
        Guard.Against.LessThan(phaseIndex, 0);
        Guard.Against.GreaterThanOrEqual(phaseIndex, Phases.Length);
        SessionRange r = Phases[phaseIndex].Sessions;
        int delta = contractedSessions - Sessions.Planned;
        if (!r.IsCounted || delta == 0 || phaseIndex < _absorbingPhase)
        {
            return r;
        }

        int lastCounted = Machine.LastCountedPhaseIndex;
        if (phaseIndex == _absorbingPhase)
        {
            return SessionRange.Of(r.First, Math.Max(r.First, r.Last + delta));
        }

        return phaseIndex == lastCounted ? SessionRange.Of(Math.Max(1, r.First + delta), Math.Max(1, r.Last + delta)) : r;
    }

    /// <summary>The protocol's id and abbreviation.</summary>
    public override string ToString() => Id + " (" + Abbreviation + ")";
}
