using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Whether an interval between sessions was shorter or longer than the cadence allows.</summary>
public enum CadenceDeviationKind
{
    /// <summary>The session came earlier than the cadence minus the tolerance (<c>too-soon</c>).</summary>
    TooSoon = 0,

    /// <summary>The session came later than the cadence plus the tolerance (<c>too-late</c>).</summary>
    TooLate = 1,
}

/// <summary>An interval between two attended sessions outside the protocol's cadence.</summary>
/// <param name="FromSession">Number of the earlier session in the course's log.</param>
/// <param name="ToSession">Number of the later session.</param>
/// <param name="From">Date of the earlier session.</param>
/// <param name="To">Date of the later session.</param>
/// <param name="IntervalDays">Days between them.</param>
/// <param name="ExpectedDays">The cadence's nominal interval.</param>
/// <param name="Kind">Too soon or too late.</param>
public sealed record CadenceDeviation(int FromSession, int ToSession, DateOnly From, DateOnly To, int IntervalDays, int ExpectedDays, CadenceDeviationKind Kind);

/// <summary>
/// A pure query over a course's sessions: which intervals between attended sessions lie outside the protocol's
/// cadence. Makes deviations from a maintenance schedule visible (IPT-M, brief §11.2) without rejecting them.
/// </summary>
public static class CadenceReview
{
    /// <summary>Intervals between consecutive attended sessions that differ from the nominal cadence interval by more
    /// than <paramref name="toleranceDays"/>; empty for a flexible cadence.</summary>
    /// <param name="protocol">The protocol whose cadence applies.</param>
    /// <param name="sessions">Sessions, oldest first (e.g. <see cref="TreatmentCourse.Sessions"/>).</param>
    /// <param name="toleranceDays">Days of tolerance either way, at least 0.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toleranceDays"/> is negative.</exception>
    public static IReadOnlyList<CadenceDeviation> Deviations(ProtocolDefinition protocol, IReadOnlyList<SessionRecord> sessions, int toleranceDays)
    {
        Guard.Against.Null(protocol);
        Guard.Against.Null(sessions);
        Guard.Against.LessThan(toleranceDays, 0);
        var list = new List<CadenceDeviation>();
        if (protocol.Cadence.NominalIntervalDays() is not { } expected)
        {
            return list;
        }

        SessionRecord? previous = null;
        foreach (SessionRecord s in sessions)
        {
            if (s.Attendance != Attendance.Attended)
            {
                continue;
            }

            if (previous is { } p)
            {
                int days = s.Date.DayNumber - p.Date.DayNumber;
                if (days < expected - toleranceDays)
                {
                    list.Add(new CadenceDeviation(p.Number, s.Number, p.Date, s.Date, days, expected, CadenceDeviationKind.TooSoon));
                }
                else if (days > expected + toleranceDays)
                {
                    list.Add(new CadenceDeviation(p.Number, s.Number, p.Date, s.Date, days, expected, CadenceDeviationKind.TooLate));
                }
            }

            previous = s;
        }

        return list;
    }
}
