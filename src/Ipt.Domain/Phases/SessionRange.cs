using Ipt.Domain.Primitives;
using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Phases;

/// <summary>
/// The sessions a phase is planned to span. Session numbers are 1-based and inclusive ("sessions 4–12" is nine
/// sessions). Ranges are a protocol's planned layout; a course never changes phase because a number was reached.
/// </summary>
public readonly record struct SessionRange
{
    private SessionRange(SessionRangeKind kind, int first, int last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    /// <summary>How the range relates to the contract.</summary>
    public SessionRangeKind Kind { get; }

    /// <summary>First contract session of a counted range; 0 otherwise.</summary>
    public int First { get; }

    /// <summary>Last contract session of a counted range; for a pre-treatment range the most sessions it may hold; 0 for open-ended.</summary>
    public int Last { get; }

    /// <summary>True for a counted range.</summary>
    public bool IsCounted => Kind == SessionRangeKind.Counted;

    /// <summary>Number of sessions in a counted range, the session limit of a pre-treatment range, or null when open-ended.</summary>
    public int? Length => Kind switch
    {
        SessionRangeKind.Counted => Last - First + 1,
        SessionRangeKind.PreTreatment => Last,
        _ => null,
    };

    /// <summary>Contract sessions <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    /// <param name="first">First session, at least 1.</param>
    /// <param name="last">Last session, at least <paramref name="first"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range.</exception>
    public static SessionRange Of(int first, int last)
    {
        Guard.Against.LessThan(first, 1);
        Guard.Against.LessThan(last, first);
        return new SessionRange(SessionRangeKind.Counted, first, last);
    }

    /// <summary>Up to <paramref name="maxSessions"/> sessions before the contract that do not count toward it.</summary>
    /// <param name="maxSessions">Session limit, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSessions"/> is below 1.</exception>
    public static SessionRange PreTreatment(int maxSessions)
    {
        Guard.Against.LessThan(maxSessions, 1);
        return new SessionRange(SessionRangeKind.PreTreatment, 0, maxSessions);
    }

    /// <summary>Sessions after the contract, without an upper bound.</summary>
    public static SessionRange OpenEnded => new(SessionRangeKind.OpenEnded, 0, 0);

    /// <summary>True when a counted range holds contract session <paramref name="session"/>.</summary>
    /// <param name="session">A contract session number.</param>
    public bool Contains(int session) => Kind == SessionRangeKind.Counted && session >= First && session <= Last;

    /// <summary>E.g. <c>sessions 4–13</c>, <c>pre-treatment, up to 1 session</c>, <c>open-ended</c>.</summary>
    public override string ToString() => Kind switch
    {
        SessionRangeKind.Counted => First == Last ? "session " + First : "sessions " + First + "–" + Last,
        SessionRangeKind.PreTreatment => "pre-treatment, up to " + Last + (Last == 1 ? " session" : " sessions"),
        _ => "open-ended",
    };
}
