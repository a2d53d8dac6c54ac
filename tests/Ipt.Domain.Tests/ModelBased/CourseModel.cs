using System;
using System.Linq;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.ModelBased;

/// <summary>
/// A small reference model of a course, written from the therapy's rules and the protocol's data only (phase list,
/// session ranges, required and early tasks, session counts, which attendances count): the phase index (past the
/// phases: completed, then discontinued), completed tasks, contract size, contract sessions held, sessions attended
/// in the current phase, dates of the last event and the last session.
/// </summary>
internal sealed class CourseModel
{
    private readonly ProtocolDefinition _p;

    public CourseModel(ProtocolDefinition protocol, DateOnly startedOn)
    {
        _p = protocol;
        StartedOn = startedOn;
        LastEvent = startedOn;
        Contracted = protocol.Sessions.Planned;
        Version = 1;
    }

    public DateOnly StartedOn { get; }

    public int Phase { get; private set; }

    public TaskSet Done { get; private set; }

    public int Contracted { get; private set; }

    public int Held { get; private set; }

    public int Attended { get; private set; }

    public int Sessions { get; private set; }

    public int Version { get; private set; }

    public DateOnly LastEvent { get; private set; }

    public DateOnly? LastSession { get; private set; }

    private int AttendedInPhase { get; set; }

    public bool Closed => Phase >= _p.Phases.Length;

    public CourseState State => Phase < _p.Phases.Length ? CourseState.In(_p.Phases[Phase].Kind)
        : Phase == _p.Phases.Length ? CourseState.Completed : CourseState.Discontinued;

    private int LastCounted
    {
        get
        {
            int last = -1;
            for (int i = 0; i < _p.Phases.Length; i++)
            {
                last = _p.Phases[i].Sessions.Kind == SessionRangeKind.Counted ? i : last;
            }

            return last;
        }
    }

    private bool DateOk(DateOnly on) => on >= StartedOn && on >= LastEvent;

    /// <summary>The phase that requires <paramref name="task"/>, or -1.</summary>
    public int Owner(TherapyTask task)
    {
        for (int i = 0; i < _p.Phases.Length; i++)
        {
            if (_p.Phases[i].RequiredTasks.Contains(task))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first phase in which <paramref name="task"/> may be completed.</summary>
    public int Earliest(TherapyTask task)
    {
        if (_p.EarlyTasks.TryGetValue(task, out PhaseKind from))
        {
            for (int i = 0; i < _p.Phases.Length; i++)
            {
                if (_p.Phases[i].Kind == from)
                {
                    return i;
                }
            }
        }

        return Owner(task);
    }

    /// <summary>The first required task not yet done that may be completed now, or <see cref="TherapyTask.Diagnosis"/>.</summary>
    public TherapyTask NextTask() =>
        Enum.GetValues<TherapyTask>().Where(t => Owner(t) >= 0 && !Done.Contains(t) && Earliest(t) <= Phase).DefaultIfEmpty(TherapyTask.Diagnosis).First();

    /// <summary>The trigger that moves the course on: the next phase up to the last counted one, then completion (or, <paramref name="onward"/>, an optional phase after it).</summary>
    public CourseTrigger AdvanceTrigger(bool onward) =>
        !Closed && Phase + 1 < _p.Phases.Length && (Phase < LastCounted || onward) ? CourseTriggers.Begin(_p.Phases[Phase + 1].Kind) : CourseTrigger.Complete;

    /// <summary>Whether the phase machine allows <paramref name="trigger"/> now (dates aside).</summary>
    public bool CanFire(CourseTrigger trigger)
    {
        if (Closed)
        {
            return false;
        }

        if (trigger == CourseTrigger.Discontinue)
        {
            return true;
        }

        bool exists = trigger == CourseTrigger.Complete
            ? Phase >= LastCounted
            : Phase + 1 < _p.Phases.Length && CourseTriggers.Begin(_p.Phases[Phase + 1].Kind) == trigger;
        PhaseDefinition here = _p.Phases[Phase];
        return exists
            && here.RequiredTasks.IsSubsetOf(Done)
            && (here.IsOptional || AttendedInPhase > 0)
            && (Phase != LastCounted || Held >= _p.Sessions.Minimum);
    }

    public bool RecordSession(DateOnly on, Attendance attendance)
    {
        if (Closed || (LastSession is { } last && on <= last) || !DateOk(on))
        {
            return false;
        }

        SessionRange range = _p.Phases[Phase].Sessions;
        bool counts = range.Kind == SessionRangeKind.Counted && _p.CountsTowardContract(attendance);
        if ((range.Kind == SessionRangeKind.PreTreatment && AttendedInPhase >= range.Last) || (counts && Held >= Contracted))
        {
            return false;
        }

        Held += counts ? 1 : 0;
        AttendedInPhase += attendance == Attendance.Attended ? 1 : 0;
        Attended += attendance == Attendance.Attended ? 1 : 0;
        Sessions++;
        LastSession = on;
        return Accept(on);
    }

    public bool CompleteTask(TherapyTask task, DateOnly on)
    {
        if (Closed || Owner(task) < 0 || Done.Contains(task) || Earliest(task) > Phase || !DateOk(on))
        {
            return false;
        }

        if (task == TherapyTask.FormulationAgreed && _p.Formulation.RequiresInventory && !Done.Contains(TherapyTask.InterpersonalInventory))
        {
            return false;
        }

        Done = Done.With(task);
        return Accept(on);
    }

    public bool Fire(CourseTrigger trigger, DateOnly on)
    {
        if (!CanFire(trigger) || !DateOk(on))
        {
            return false;
        }

        if (trigger == CourseTrigger.Complete)
        {
            Phase = _p.Phases.Length;
        }
        else if (trigger == CourseTrigger.Discontinue)
        {
            Phase = _p.Phases.Length + 1;
        }
        else
        {
            Phase++;
            AttendedInPhase = 0;
        }

        return Accept(on);
    }

    public bool Extend(int to, DateOnly on)
    {
        if (Closed || _p.Phases[Phase].Sessions.Kind == SessionRangeKind.OpenEnded || to <= Contracted || to > _p.Sessions.HardCap || !DateOk(on))
        {
            return false;
        }

        Contracted = to;
        return Accept(on);
    }

    private bool Accept(DateOnly on)
    {
        LastEvent = on;
        Version++;
        return true;
    }
}
