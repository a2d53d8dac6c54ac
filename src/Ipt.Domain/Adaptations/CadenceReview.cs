using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// A pure query over a course's sessions: which intervals between attended sessions lie outside the planned cadence
/// of the later session's phase (<see cref="ProtocolDefinition.CadenceOf"/>: the phase's own, else the protocol's).
/// Makes deviations from a maintenance schedule visible (IPT-M, brief §11.2) without rejecting them.
/// </summary>
public static class CadenceReview
{
    /// <summary>Intervals between consecutive attended sessions that differ from the nominal interval of the later
    /// session's phase cadence by more than <paramref name="toleranceDays"/>; an interval into a phase with a flexible
    /// cadence is never listed.</summary>
    /// <param name="protocol">The protocol whose phase cadences apply.</param>
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
        SessionRecord? previous = null;
        foreach (SessionRecord s in sessions)
        {
            if (s.Attendance != Attendance.Attended)
            {
                continue;
            }

            if (previous is { } p && protocol.CadenceOf(s.Phase).NominalIntervalDays() is { } expected)
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
