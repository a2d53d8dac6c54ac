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
/// Fluent builder of a <see cref="ProtocolDefinition"/>. <see cref="Build"/> validates the whole definition
/// (ranges contiguous from session 1 with no gaps or overlaps, minimum ≤ planned ≤ maximum ≤ hard cap, unique
/// phases, ...) and returns the first error; <see cref="Validate"/> returns all of them.
/// </summary>
public sealed class ProtocolBuilder
{
    private readonly List<PhaseDefinition> _phases = [];
    private readonly List<DomainError> _deferred = [];
    private SessionCounts? _sessions;

    internal ProtocolBuilder(string id, string name)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(name);
        IdValue = id;
        NameValue = name;
        AbbreviationValue = id.ToUpperInvariant();
    }

    internal string IdValue { get; }

    internal string NameValue { get; }

    internal string AbbreviationValue { get; private set; }

    internal string DescriptionValue { get; private set; } = string.Empty;

    internal TherapyFamily FamilyValue { get; private set; } = TherapyFamily.Ipt;

    internal TherapyFormat FormatValue { get; private set; } = TherapyFormat.Individual;

    internal Cadence CadenceValue { get; private set; } = Protocols.Cadence.Weekly;

    internal int MinMinutes { get; private set; } = 45;

    internal int MaxMinutes { get; private set; } = 50;

    internal int TerminationNoticeValue { get; private set; }

    internal int? CalendarSpanWeeksValue { get; private set; }

    internal int CountedAttendanceMask { get; private set; } = 1 << (int)Attendance.Attended;

    internal ProtocolRules RulesValue { get; private set; } = ProtocolRules.None;

    internal AdherenceChecklist? AdherenceValue { get; private set; }

    internal List<SourcedValue> ProvenanceValues { get; } = [];

    internal FormulationRules FormulationValue { get; private set; } = Formulation.FormulationRules.StandardIpt;

    internal List<MeasurementSchedule> MeasurementValues { get; } = [];

    internal InstrumentCatalog InstrumentsValue { get; set; } = InstrumentCatalog.BuiltIn;

    internal InventoryRules InventoryValue { get; private set; } = Formulation.InventoryRules.Default;

    internal Dictionary<TherapyTask, PhaseKind> EarlyTaskValues { get; } = [];

    internal Dictionary<PhaseKind, Cadence> PhaseCadenceValues { get; } = [];

    internal List<PhaseKind> SymptomReviewPhaseValues { get; } = [];

    /// <summary>Sets the abbreviation (default: the id in upper case).</summary>
    /// <param name="abbreviation">E.g. <c>IPT-B</c>.</param>
    public ProtocolBuilder Abbreviation(string abbreviation)
    {
        Guard.Against.Null(abbreviation);
        AbbreviationValue = abbreviation;
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">Population and use, one paragraph.</param>
    public ProtocolBuilder Description(string description)
    {
        Guard.Against.Null(description);
        DescriptionValue = description;
        return this;
    }

    /// <summary>Sets the therapy family (default IPT).</summary>
    /// <param name="family">The family.</param>
    public ProtocolBuilder Family(TherapyFamily family)
    {
        FamilyValue = family;
        return this;
    }

    /// <summary>Sets the format (default individual).</summary>
    /// <param name="format">The format.</param>
    public ProtocolBuilder Format(TherapyFormat format)
    {
        FormatValue = format;
        return this;
    }

    /// <summary>Sets the cadence (default weekly).</summary>
    /// <param name="cadence">The cadence.</param>
    public ProtocolBuilder Cadence(Cadence cadence)
    {
        CadenceValue = cadence;
        return this;
    }

    /// <summary>
    /// Sets one phase's own session cadence where it differs from the protocol's (IPSRT's preventive stage every two
    /// weeks and its final stage monthly, decision 0033). A phase without one follows <see cref="Cadence(Protocols.Cadence)"/>;
    /// setting a phase again replaces its cadence. A phase the protocol does not have is reported by
    /// <see cref="Build"/> as <c>protocol.phase-setting-unknown-phase</c>.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <param name="cadence">Its cadence.</param>
    public ProtocolBuilder PhaseCadence(PhaseKind phase, Cadence cadence)
    {
        PhaseCadenceValues[phase] = cadence;
        return this;
    }

    /// <summary>
    /// Group formats: the phases whose group sessions review each attending member's symptoms (WHO Group IPT: every
    /// middle session reviews each member's symptoms [S28]). A <c>GroupCourse</c> reports an attending member whose
    /// review was not recorded or not done in those sessions. Default: none. A phase the protocol does not have is
    /// reported by <see cref="Build"/> as <c>protocol.phase-setting-unknown-phase</c>.
    /// </summary>
    /// <param name="phases">The phases.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phases"/> is null.</exception>
    public ProtocolBuilder MemberSymptomReview(params PhaseKind[] phases)
    {
        Guard.Against.Null(phases);
        foreach (PhaseKind p in phases)
        {
            if (!SymptomReviewPhaseValues.Contains(p))
            {
                SymptomReviewPhaseValues.Add(p);
            }
        }

        return this;
    }

    /// <summary>Sets the planned session length (default 45–50 minutes).</summary>
    /// <param name="minMinutes">Shortest length.</param>
    /// <param name="maxMinutes">Longest length.</param>
    public ProtocolBuilder SessionLength(int minMinutes, int maxMinutes)
    {
        MinMinutes = minMinutes;
        MaxMinutes = maxMinutes;
        return this;
    }

    /// <summary>Sets the contract session counts. Default: planned = minimum = maximum = hard cap = the end of the last counted phase.</summary>
    /// <param name="planned">Sessions in a standard contract; the counted phase ranges end here.</param>
    /// <param name="minimum">Fewest sessions for a completed course and for a shorter contract.</param>
    /// <param name="maximum">Most sessions for an initial contract.</param>
    /// <param name="hardCap">Most sessions a contract may be extended to.</param>
    public ProtocolBuilder Sessions(int planned, int minimum, int maximum, int hardCap)
    {
        _sessions = new SessionCounts(planned, minimum, maximum, hardCap);
        return this;
    }

    /// <summary>Adds the next phase.</summary>
    /// <param name="kind">Stable identity of the phase.</param>
    /// <param name="sessions">Planned sessions.</param>
    /// <param name="displayName">Name clinicians use (default: "Initial phase" etc.).</param>
    /// <param name="tasks">Tasks the phase requires before it is left.</param>
    /// <param name="optional">True when a course may pass through without a session in it.</param>
    public ProtocolBuilder Phase(PhaseKind kind, SessionRange sessions, string? displayName = null, TaskSet tasks = default, bool optional = false) =>
        Phase(new PhaseDefinition(kind, displayName ?? DefaultName(kind), sessions, tasks, optional));

    /// <summary>Adds the next phase.</summary>
    /// <param name="phase">The phase.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    public ProtocolBuilder Phase(PhaseDefinition phase)
    {
        Guard.Against.Null(phase);
        _phases.Add(phase);
        return this;
    }

    /// <summary>
    /// Adds the three phases of acute IPT: the initial phase (sessions 1 to <paramref name="initialSessions"/>), the
    /// middle phase, and the termination phase (the last <paramref name="terminationSessions"/> of
    /// <paramref name="plannedSessions"/>), with the ending raisable from the middle phase on (TERM-01) when the
    /// termination tasks include it. A layout that leaves no middle session is reported by <see cref="Build"/> as
    /// <c>protocol.no-middle-phase</c>.
    /// </summary>
    /// <param name="plannedSessions">Planned contract sessions.</param>
    /// <param name="initialSessions">Sessions of the initial phase.</param>
    /// <param name="terminationSessions">Sessions of the termination phase.</param>
    /// <param name="initialTasks">Tasks the initial phase requires.</param>
    /// <param name="terminationTasks">Tasks the termination phase requires.</param>
    /// <param name="terminationName">Display name of the termination phase (e.g. "Ending phase").</param>
    public ProtocolBuilder AcutePhases(int plannedSessions, int initialSessions, int terminationSessions, TaskSet initialTasks, TaskSet terminationTasks, string terminationName = "Termination phase")
    {
        int terminationFirst = plannedSessions - terminationSessions + 1;
        if (initialSessions < 1 || terminationSessions < 1 || terminationFirst <= initialSessions + 1)
        {
            _deferred.Add(ProtocolErrors.NoMiddlePhaseLeft(initialSessions, terminationSessions, plannedSessions));
            return this;
        }

        Phase(PhaseKind.Initial, SessionRange.Of(1, initialSessions), "Initial phase", initialTasks);
        Phase(PhaseKind.Middle, SessionRange.Of(initialSessions + 1, terminationFirst - 1), "Middle phase");
        Phase(PhaseKind.Termination, SessionRange.Of(terminationFirst, plannedSessions), terminationName, terminationTasks);
        return terminationTasks.Contains(TherapyTask.EndingRaised) ? AllowEarly(TherapyTask.EndingRaised, PhaseKind.Middle) : this;
    }

    /// <summary>Lets a task be completed from an earlier phase than the one requiring it (the ending is raised in the middle phase).</summary>
    /// <param name="task">The task.</param>
    /// <param name="from">The earliest phase.</param>
    public ProtocolBuilder AllowEarly(TherapyTask task, PhaseKind from)
    {
        EarlyTaskValues[task] = from;
        return this;
    }

    /// <summary>Sets the planned calendar span of the counted course in weeks, stored apart from the session count
    /// (brief C01, C12: DIT holds 16 sessions over about 5 months). Default: none, the span follows from the cadence.</summary>
    /// <param name="weeks">Weeks from the first to the last counted session, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is below 1.</exception>
    public ProtocolBuilder CalendarSpan(int weeks)
    {
        Guard.Against.LessThan(weeks, 1);
        CalendarSpanWeeksValue = weeks;
        return this;
    }

    /// <summary>The ending must be raised while at least this many contract sessions remain (default 0: no notice rule).</summary>
    /// <param name="sessions">Number of sessions.</param>
    public ProtocolBuilder TerminationNotice(int sessions)
    {
        TerminationNoticeValue = sessions;
        return this;
    }

    /// <summary>Which attendances count toward the contract (default: attended only).</summary>
    /// <param name="attendances">Attendances that consume a contract session.</param>
    /// <exception cref="ArgumentNullException"><paramref name="attendances"/> is null.</exception>
    public ProtocolBuilder CountAsContractSession(params Attendance[] attendances)
    {
        Guard.Against.Null(attendances);
        int mask = 0;
        foreach (Attendance a in attendances)
        {
            mask |= 1 << (int)a;
        }

        CountedAttendanceMask = mask;
        return this;
    }

    /// <summary>Sets the session-level adherence checklist (default: <see cref="AdherenceChecklists.Ipt"/> for the IPT
    /// family, none for other families).</summary>
    /// <param name="checklist">The checklist.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checklist"/> is null.</exception>
    public ProtocolBuilder Adherence(AdherenceChecklist checklist)
    {
        Guard.Against.Null(checklist);
        AdherenceValue = checklist;
        return this;
    }

    /// <summary>Sets the protocol's extra rules.</summary>
    /// <param name="rules">Rules object; stateless and thread-safe.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ProtocolBuilder Rules(ProtocolRules rules)
    {
        Guard.Against.Null(rules);
        RulesValue = rules;
        return this;
    }

    /// <summary>Sets the formulation rules: allowed problem areas, most focus areas, single-focus preference
    /// (default <see cref="Formulation.FormulationRules.StandardIpt"/>).</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ProtocolBuilder FormulationRules(FormulationRules rules)
    {
        Guard.Against.Null(rules);
        FormulationValue = rules;
        return this;
    }

    /// <summary>Sets the interpersonal inventory rules, e.g. the number of closeness-circle rings (default <see cref="Formulation.InventoryRules.Default"/>).</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ProtocolBuilder InventoryRules(InventoryRules rules)
    {
        Guard.Against.Null(rules);
        InventoryValue = rules;
        return this;
    }

    /// <summary>Adds a measurement schedule (which instruments, how often).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public ProtocolBuilder MeasurementSchedule(MeasurementSchedule schedule)
    {
        Guard.Against.Null(schedule);
        MeasurementValues.Add(schedule);
        return this;
    }

    /// <summary>
    /// Sets the item-scored instruments the protocol's courses can record and the simulator can answer (default
    /// <see cref="InstrumentCatalog.BuiltIn"/>). A measurement schedule may also name an instrument outside it (IPT-A's
    /// weekly mood rating): such an instrument is shown as due but cannot be recorded as item answers.
    /// </summary>
    /// <param name="catalog">The catalogue, e.g. <c>InstrumentCatalog.BuiltIn.With(mine).Value</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ProtocolBuilder Instruments(InstrumentCatalog catalog)
    {
        Guard.Against.Null(catalog);
        InstrumentsValue = catalog;
        return this;
    }

    /// <summary>Records where a value comes from.</summary>
    /// <param name="setting">Name of the setting.</param>
    /// <param name="value">Value as text.</param>
    /// <param name="sources">Brief source tags.</param>
    /// <param name="status">How firm the value is.</param>
    public ProtocolBuilder Source(string setting, string value, string sources, EvidenceStatus status)
    {
        ProvenanceValues.Add(new SourcedValue(setting, value, sources, status));
        return this;
    }

    /// <summary>Validates and builds the definition.</summary>
    /// <returns>The definition, or the first validation error.</returns>
    public Result<ProtocolDefinition> Build()
    {
        IReadOnlyList<DomainError> errors = Validate();
        if (errors.Count > 0)
        {
            return errors[0];
        }

        return new ProtocolDefinition(this, _phases.ToImmutableArray(), EffectiveSessions());
    }

    /// <summary>Every validation error of the definition as it stands; empty when it would build.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>(_deferred);
        if (!IsValidId(IdValue))
        {
            errors.Add(new(ProtocolErrors.IdInvalid, "A protocol id must be 2–40 characters of lower-case letters and digits separated by single hyphens."));
        }

        if (string.IsNullOrWhiteSpace(NameValue) || string.IsNullOrWhiteSpace(AbbreviationValue))
        {
            errors.Add(new(ProtocolErrors.NameMissing, "A protocol needs a name and an abbreviation."));
        }

        if (MinMinutes < 1 || MaxMinutes < MinMinutes)
        {
            errors.Add(new(ProtocolErrors.SessionLengthInvalid, "Session length must be positive with its minimum not above its maximum."));
        }

        if (_phases.Count == 0)
        {
            errors.Add(new(ProtocolErrors.NoPhases, "A protocol needs at least one phase."));
            return errors;
        }

        ValidatePhases(errors);
        SessionCounts s = EffectiveSessions();
        if (s.Minimum < 1 || s.Minimum > s.Planned || s.Planned > s.Maximum || s.Maximum > s.HardCap)
        {
            errors.Add(new(ProtocolErrors.SessionCountsOutOfOrder, "Session counts must satisfy 1 ≤ minimum ≤ planned ≤ maximum ≤ hard cap; got " + s.Minimum + ", " + s.Planned + ", " + s.Maximum + ", " + s.HardCap + "."));
        }

        int lastCounted = _phases.FindLastIndex(p => p.Sessions.IsCounted);
        if (lastCounted >= 0)
        {
            if (_phases[lastCounted].Sessions.Last != s.Planned)
            {
                errors.Add(new(ProtocolErrors.RangesNotEndingAtPlanned, "The last counted phase ends at session " + _phases[lastCounted].Sessions.Last + " but the planned count is " + s.Planned + "."));
            }

            int absorbing = lastCounted > 0 && _phases[lastCounted - 1].Sessions.IsCounted ? lastCounted - 1 : lastCounted;
            int absorbingLength = _phases[absorbing].Sessions.Length ?? 0;
            if (absorbingLength - (s.Planned - s.Minimum) < 1)
            {
                errors.Add(new(ProtocolErrors.ContractCannotShrink, "The " + _phases[absorbing].DisplayName.ToLowerInvariant() + " is too short to absorb a contract of the minimum " + s.Minimum + " sessions."));
            }
        }

        if (TerminationNoticeValue < 0 || TerminationNoticeValue > s.Planned)
        {
            errors.Add(new(ProtocolErrors.TerminationNoticeOutOfRange, "The termination notice must be between 0 and the planned " + s.Planned + " sessions."));
        }

        ValidateTasks(errors);
        foreach (PhaseKind k in PhaseCadenceValues.Keys)
        {
            if (!_phases.Exists(p => p.Kind == k))
            {
                errors.Add(new(ProtocolErrors.PhaseSettingUnknownPhase, "A cadence is set for the " + Codes.Of(k) + " phase, which the protocol does not have."));
            }
        }

        foreach (PhaseKind k in SymptomReviewPhaseValues)
        {
            if (!_phases.Exists(p => p.Kind == k))
            {
                errors.Add(new(ProtocolErrors.PhaseSettingUnknownPhase, "A member symptom review is asked for in the " + Codes.Of(k) + " phase, which the protocol does not have."));
            }
        }

        return errors;
    }

    internal static ProtocolBuilder From(ProtocolDefinition source, string id, string name)
    {
        var b = new ProtocolBuilder(id, name)
        {
            AbbreviationValue = source.Abbreviation,
            DescriptionValue = source.Description,
            FamilyValue = source.Family,
            FormatValue = source.Format,
            CadenceValue = source.Cadence,
            MinMinutes = source.MinSessionMinutes,
            MaxMinutes = source.MaxSessionMinutes,
            TerminationNoticeValue = source.TerminationNoticeSessions,
            CalendarSpanWeeksValue = source.CalendarSpanWeeks,
            RulesValue = source.Rules,
            AdherenceValue = source.AdherenceSet,
            FormulationValue = source.Formulation,
            InventoryValue = source.Inventory,
            _sessions = source.Sessions,
        };
        b.MeasurementValues.AddRange(source.MeasurementSchedules);
        b.InstrumentsValue = source.Instruments;
        int mask = 0;
        foreach (Attendance a in Enum.GetValues<Attendance>())
        {
            mask |= source.CountsTowardContract(a) ? 1 << (int)a : 0;
        }

        b.CountedAttendanceMask = mask;
        b._phases.AddRange(source.Phases);
        b.ProvenanceValues.AddRange(source.Provenance);
        foreach (KeyValuePair<TherapyTask, PhaseKind> e in source.EarlyTasks)
        {
            b.EarlyTaskValues[e.Key] = e.Value;
        }

        foreach (KeyValuePair<PhaseKind, Cadence> e in source.PhaseCadences)
        {
            b.PhaseCadenceValues[e.Key] = e.Value;
        }

        b.SymptomReviewPhaseValues.AddRange(source.MemberSymptomReviewPhases);

        return b;
    }

    private static string DefaultName(PhaseKind kind) => kind switch
    {
        PhaseKind.Engagement => "Engagement session",
        PhaseKind.Initial => "Initial phase",
        PhaseKind.Middle => "Middle phase",
        PhaseKind.Termination => "Termination phase",
        _ => "Maintenance phase",
    };

    private static bool IsValidId(string id)
    {
        if (id.Length is < 2 or > 40 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private SessionCounts EffectiveSessions()
    {
        if (_sessions is { } s)
        {
            return s;
        }

        int last = 0;
        foreach (PhaseDefinition p in _phases)
        {
            last = p.Sessions.IsCounted ? p.Sessions.Last : last;
        }

        return new SessionCounts(last, last, last, last);
    }

    private void ValidatePhases(List<DomainError> errors)
    {
        var seen = new HashSet<PhaseKind>();
        bool countedSeen = false;
        int previousLast = 0;
        bool firstCounted = true;
        for (int i = 0; i < _phases.Count; i++)
        {
            PhaseDefinition p = _phases[i];
            if (!seen.Add(p.Kind))
            {
                errors.Add(new(ProtocolErrors.DuplicatePhase, "The protocol has more than one " + p.Kind + " phase."));
            }

            switch (p.Sessions.Kind)
            {
                case SessionRangeKind.PreTreatment when countedSeen:
                    errors.Add(new(ProtocolErrors.PreTreatmentNotFirst, "The pre-treatment " + p.DisplayName.ToLowerInvariant() + " must come before the counted phases."));
                    break;
                case SessionRangeKind.OpenEnded when i != _phases.Count - 1:
                    errors.Add(new(ProtocolErrors.OpenEndedNotLast, "The open-ended " + p.DisplayName.ToLowerInvariant() + " must be the last phase."));
                    break;
                case SessionRangeKind.Counted:
                    if (p.IsOptional)
                    {
                        errors.Add(new(ProtocolErrors.OptionalCountedPhase, "The " + p.DisplayName.ToLowerInvariant() + " counts toward the contract and cannot be optional."));
                    }

                    if (firstCounted && p.Sessions.First != 1)
                    {
                        errors.Add(new(ProtocolErrors.RangesNotFromOne, "The first counted phase must start at session 1, not " + p.Sessions.First + "."));
                    }
                    else if (!firstCounted && p.Sessions.First > previousLast + 1)
                    {
                        errors.Add(new(ProtocolErrors.RangeGap, "Sessions " + (previousLast + 1) + "–" + (p.Sessions.First - 1) + " belong to no phase."));
                    }
                    else if (!firstCounted && p.Sessions.First <= previousLast)
                    {
                        errors.Add(new(ProtocolErrors.RangeOverlap, "The " + p.DisplayName.ToLowerInvariant() + " starts at session " + p.Sessions.First + ", inside the previous phase."));
                    }

                    countedSeen = true;
                    firstCounted = false;
                    previousLast = p.Sessions.Last;
                    break;
            }
        }

        if (!countedSeen)
        {
            errors.Add(new(ProtocolErrors.NoCountedPhase, "At least one phase must count toward the contract."));
        }
    }

    private void ValidateTasks(List<DomainError> errors)
    {
        TaskSet seen = TaskSet.Empty;
        var owner = new Dictionary<TherapyTask, int>();
        for (int i = 0; i < _phases.Count; i++)
        {
            foreach (TherapyTask t in _phases[i].RequiredTasks.ToList())
            {
                if (seen.Contains(t))
                {
                    errors.Add(new(ProtocolErrors.TaskRequiredTwice, "The task '" + TherapyTasks.Code(t) + "' is required by more than one phase."));
                }

                seen = seen.With(t);
                owner[t] = i;
            }
        }

        if (FormulationValue.RequiresInventory && owner.ContainsKey(TherapyTask.FormulationAgreed) && !owner.ContainsKey(TherapyTask.InterpersonalInventory))
        {
            errors.Add(new(ProtocolErrors.FormulationNeedsInventory, "The formulation rules require an interpersonal inventory, but no phase requires one; require it or set RequiresInventory to false."));
        }

        foreach (KeyValuePair<TherapyTask, PhaseKind> e in EarlyTaskValues)
        {
            int from = _phases.FindIndex(p => p.Kind == e.Value);
            if (!owner.TryGetValue(e.Key, out int ownerIndex) || from < 0 || from >= ownerIndex)
            {
                errors.Add(new(ProtocolErrors.EarlyTaskInvalid, "The task '" + TherapyTasks.Code(e.Key) + "' can only be allowed early from a phase before the one that requires it."));
            }
        }
    }
}
