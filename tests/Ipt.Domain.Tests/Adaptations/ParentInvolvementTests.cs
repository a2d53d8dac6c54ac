using System;
using System.Collections.Generic;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>
/// <see cref="AdolescentIpt.ParentInvolvementOf"/> reports each of the three named parent points on its own: the first
/// session, the middle phase, the end of treatment [S41]. Session logs are written out by hand so each point can be
/// present or absent independently of the others.
/// </summary>
public class ParentInvolvementTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static SessionRecord S(int number, PhaseKind phase, int? contractSession, bool parent = true, Attendance attendance = Attendance.Attended) =>
        new(number, Day.AddDays(7 * number), attendance, SessionModality.InPerson,
            parent ? SessionParticipants.ParentOrCaregiver : SessionParticipants.ClientOnly, phase, contractSession, null);

    public static TheoryData<string, ParentInvolvement> Logs() => new()
    {
        { "none", new ParentInvolvement(false, false, false) },
        { "first", new ParentInvolvement(true, false, false) },
        { "middle", new ParentInvolvement(false, true, false) },
        { "end", new ParentInvolvement(false, false, true) },
        { "first+end", new ParentInvolvement(true, false, true) },
        { "middle twice", new ParentInvolvement(false, true, false) },
        { "all", new ParentInvolvement(true, true, true) },
    };

    private static List<SessionRecord> Log(string name)
    {
        // Every log has parent-free sessions in each phase and a missed session with the parent booked; neither counts.
        return
        [
            S(1, PhaseKind.Initial, 1, parent: name is "first" or "first+end" or "all"),
            S(2, PhaseKind.Initial, 2, parent: false),
            S(3, PhaseKind.Middle, null, attendance: Attendance.NoShow),
            S(4, PhaseKind.Middle, 3, parent: name is "middle" or "middle twice" or "all"),
            S(5, PhaseKind.Middle, 4, parent: name is "middle twice"),
            S(6, PhaseKind.Termination, null, attendance: Attendance.Cancelled),
            S(7, PhaseKind.Termination, 5, parent: false),
            S(8, PhaseKind.Termination, 6, parent: name is "end" or "first+end" or "all"),
        ];
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public void Each_named_point_is_reported_on_its_own(string log, ParentInvolvement expected)
    {
        Assert.Equal(expected, AdolescentIpt.ParentInvolvementOf(Log(log)));
    }

    [Fact]
    public void A_parent_session_counts_for_the_first_session_only_when_it_is_contract_session_one()
    {
        // Attended with the parent, initial phase, but the second contract session: not the named first session.
        Assert.Equal(new ParentInvolvement(false, false, false),
            AdolescentIpt.ParentInvolvementOf([S(1, PhaseKind.Initial, 1, parent: false), S(2, PhaseKind.Initial, 2)]));
        Assert.Throws<ArgumentNullException>("sessions", () => AdolescentIpt.ParentInvolvementOf(null!));
    }
}
