using System;
using System.Collections.Generic;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Courses;

/// <summary>
/// The course's session ledger: the session log, the contract, the sessions held and attended (overall and in the
/// current phase) and the date of the latest session; the session and contract rules that depend on them.
/// </summary>
/// <remarks>A mutable struct held in one field of its <see cref="TreatmentCourse"/> and changed in place through it
/// (never copied to a local), so the ledger costs the course no allocation of its own.</remarks>
internal struct SessionLedger
{
    // Per session, its event and what the course derived when it was applied (phase, contract number), packed: a
    // session record is built on read, so the ledger keeps 16 bytes per session instead of a copy of the event's fields.
    private readonly List<Entry> _records;
    private SessionView? _view;

    internal SessionLedger(int capacity)
    {
        _records = new List<Entry>(capacity);
        _view = null;
        Contracted = 0;
        Held = 0;
        Attended = 0;
        AttendedInPhase = 0;
        LastSessionOn = null;
    }

    /// <summary>Sessions in the current contract.</summary>
    internal int Contracted { get; private set; }

    /// <summary>Contract sessions held.</summary>
    internal int Held { get; private set; }

    /// <summary>Sessions attended, in any phase.</summary>
    internal int Attended { get; private set; }

    /// <summary>Sessions attended in the current phase.</summary>
    internal int AttendedInPhase { get; private set; }

    /// <summary>Date of the latest session, or null before the first.</summary>
    internal DateOnly? LastSessionOn { get; private set; }

    /// <summary>Number of recorded sessions.</summary>
    internal readonly int Count => _records.Count;

    /// <summary>A read-only view of the session log, created once.</summary>
    internal IReadOnlyList<SessionRecord> View => _view ??= new SessionView(_records);

    /// <summary>The session at <paramref name="number"/> (1-based).</summary>
    internal readonly SessionRecord this[int number] => _records[number - 1].ToRecord();

    /// <summary>The rules a session must pass before the course-wide date check: its number, its values, its order.</summary>
    internal readonly DomainError? CheckOrder(SessionRecorded s)
    {
        if (s.Number != _records.Count + 1)
        {
            return CourseErrors.SessionNumberMismatch(s.Number, _records.Count);
        }

        if (!Enum.IsDefined(s.Attendance) || !Enum.IsDefined(s.Modality))
        {
            return CourseErrors.SessionUndefined(s.Number);
        }

        return LastSessionOn is { } previous && s.OccurredOn <= previous ? CourseErrors.SessionNotAfter(s.OccurredOn, previous) : null;
    }

    /// <summary>The rules a session must pass in its phase: the pre-treatment limit, the contract, the protocol's own rules.</summary>
    internal readonly DomainError? CheckPlace(SessionRecorded s, ProtocolDefinition protocol, int state)
    {
        PhaseDefinition phase = protocol.Phases[state];
        int? contractSession = null;
        switch (phase.Sessions.Kind)
        {
            // A pre-treatment phase's limit counts the sessions the client attended: a missed engagement or pre-group
            // session has not happened and is rescheduled.
            case SessionRangeKind.PreTreatment when AttendedInPhase >= phase.Sessions.Last:
                return CourseErrors.PhaseLimit(phase.DisplayName, phase.Sessions.Last);
            case SessionRangeKind.Counted when protocol.CountsTowardContract(s.Attendance):
                if (Held >= Contracted)
                {
                    return CourseErrors.Exhausted(Contracted, protocol.Sessions.HardCap);
                }

                contractSession = Held + 1;
                break;
        }

        var proposal = new SessionProposal(s.OccurredOn, phase.Kind, s.Attendance, s.Modality, s.Participants, contractSession);
        return protocol.Rules.CheckSession(in proposal);
    }

    /// <summary>The rules an extension must pass before the course-wide date check.</summary>
    internal readonly DomainError? CheckExtension(ContractExtended x, ProtocolDefinition protocol, int state)
    {
        if (protocol.Phases[state].Sessions.Kind == SessionRangeKind.OpenEnded)
        {
            return CourseErrors.Closed(protocol.Phases[state].DisplayName);
        }

        if (x.ContractedSessions <= Contracted)
        {
            return CourseErrors.NotAnExtension(Contracted);
        }

        return x.ContractedSessions > protocol.Sessions.HardCap ? CourseErrors.ExceedsHardCap(x.ContractedSessions, protocol.Sessions.HardCap) : null;
    }

    /// <summary>A measurement event tied to a session live: it must be the latest session, and attended.</summary>
    internal readonly DomainError? CheckTie(int? sessionNumber)
    {
        if (sessionNumber is not int n)
        {
            return null;
        }

        if (n < 1 || n != _records.Count)
        {
            return CourseErrors.TiedNotLatest(n);
        }

        return _records[n - 1].Event.Attendance == Attendance.Attended ? null : MeasureCourseErrors.NotAttended(n);
    }

    /// <summary>A late measure may be tied to any recorded session the client attended, and is then dated on that session's date.</summary>
    internal readonly DomainError? CheckLateTie(int? sessionNumber, DateOnly on)
    {
        if (sessionNumber is not int n)
        {
            return null;
        }

        if (n < 1 || n > _records.Count)
        {
            return CourseErrors.TiedNotRecorded(n);
        }

        SessionRecorded session = _records[n - 1].Event;
        if (session.Attendance != Attendance.Attended)
        {
            return MeasureCourseErrors.NotAttended(n);
        }

        return session.OccurredOn == on ? null : CourseErrors.TiedMisdated(n, session.OccurredOn);
    }

    internal void Start(int contracted) => Contracted = contracted;

    internal void Extend(int contracted)
    {
        Contracted = contracted;
        _records.Capacity = Math.Max(_records.Capacity, contracted + 2);
    }

    internal void BeginPhase() => AttendedInPhase = 0;

    internal void Apply(SessionRecorded s, ProtocolDefinition protocol, int state)
    {
        PhaseDefinition phase = protocol.Phases[state];
        int? contractSession = null;
        if (phase.Sessions.IsCounted && protocol.CountsTowardContract(s.Attendance))
        {
            contractSession = ++Held;
        }

        if (s.Attendance == Attendance.Attended)
        {
            AttendedInPhase++;
            Attended++;
        }

        LastSessionOn = s.OccurredOn;
        if (_records.Count == _records.Capacity)
        {
            _records.Capacity = TreatmentCourse.GrownCapacity(_records.Count);
        }

        _records.Add(new Entry(s, phase.Kind, contractSession));
    }

    /// <summary>Takes the state of another ledger (a corrected record's), keeping this ledger's list and view.</summary>
    internal void CopyFrom(in SessionLedger other)
    {
        Contracted = other.Contracted;
        Held = other.Held;
        Attended = other.Attended;
        AttendedInPhase = other.AttendedInPhase;
        LastSessionOn = other.LastSessionOn;
        _records.Clear();
        _records.AddRange(other._records);
    }

    /// <summary>A session's event with the phase it was held in and its contract number (0: not counted), packed.</summary>
    private readonly struct Entry
    {
        private readonly int _packed;

        internal Entry(SessionRecorded e, PhaseKind phase, int? contractSession)
        {
            Event = e;
            _packed = ((contractSession ?? 0) << 8) | (int)phase;
        }

        internal SessionRecorded Event { get; }

        internal SessionRecord ToRecord()
        {
            int contract = _packed >> 8;
            return new SessionRecord(Event.Number, Event.OccurredOn, Event.Attendance, Event.Modality, Event.Participants,
                (PhaseKind)(_packed & 0xFF), contract == 0 ? null : contract, Event.Note);
        }
    }

    /// <summary>The live read-only view of the sessions, as <see cref="SessionRecord"/> values built on read.</summary>
    private sealed class SessionView(List<Entry> records) : IReadOnlyList<SessionRecord>
    {
        public int Count => records.Count;

        public SessionRecord this[int index] => records[index].ToRecord();

        public IEnumerator<SessionRecord> GetEnumerator()
        {
            // The list's own enumerator, so a change during enumeration throws as it did over the list of records.
            foreach (Entry entry in records)
            {
                yield return entry.ToRecord();
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
