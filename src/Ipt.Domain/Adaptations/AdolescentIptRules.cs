using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>IPT-A's own rules: a parent or caregiver joins only at the points the brief names; age bounds.</summary>
public sealed class AdolescentIptRules : ProtocolRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="settings">Settings holding the age bounds and the parent rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public AdolescentIptRules(AdolescentIptSettings settings)
    {
        Guard.Against.Null(settings);
        MinimumAge = settings.MinimumAge;
        MaximumAge = settings.MaximumAge;
        ParentOnlyAtNamedPoints = settings.ParentOnlyAtNamedPoints;
        RequiresAgeAtStart = settings.RequireAgeAtStart;
    }

    /// <summary>Youngest age.</summary>
    public int MinimumAge { get; }

    /// <summary>Oldest age.</summary>
    public int MaximumAge { get; }

    /// <summary>Whether a parent joins only at the named points.</summary>
    public bool ParentOnlyAtNamedPoints { get; }

    /// <inheritdoc />
    public override AgeRange? AgesAtStart => new AgeRange(MinimumAge, MaximumAge);

    /// <summary>Whether a course must record the client's age at start (<see cref="AdolescentIptSettings.RequireAgeAtStart"/>).</summary>
    public override bool RequiresAgeAtStart { get; }

    /// <summary>The IPT-A limited sick role [S40] (<see cref="SickRoles.LimitedAdolescent"/>).</summary>
    public override SickRole SickRole => SickRoles.LimitedAdolescent;

    /// <summary>Checks the age at start with <see cref="CheckAge"/>: <c>ipt-a.age-out-of-range</c> outside the bounds.</summary>
    /// <param name="ageYears">Age in whole years on the start date.</param>
    /// <returns>Null within bounds, otherwise <see cref="AdaptationErrors.AgeOutOfRange"/>.</returns>
    public override DomainError? CheckAgeAtStart(int ageYears) => CheckAge(ageYears);

    /// <inheritdoc />
    public override DomainError? CheckSession(in SessionProposal proposal)
    {
        bool parent = (proposal.Participants & SessionParticipants.ParentOrCaregiver) != 0;
        if (!parent || !ParentOnlyAtNamedPoints || proposal.Attendance != Attendance.Attended)
        {
            return null;
        }

        bool named = proposal.Phase switch
        {
            PhaseKind.Initial => proposal.ContractSession == 1,
            PhaseKind.Middle or PhaseKind.Termination => true,
            _ => false,
        };
        return named
            ? null
            : AdaptationErrors.ParentSessionElsewhere();
    }

    /// <summary>Checks the client's age against the protocol's population.</summary>
    /// <param name="ageYears">Age in whole years.</param>
    /// <returns>Null when within bounds, otherwise <see cref="AdaptationErrors.AgeOutOfRange"/>.</returns>
    public DomainError? CheckAge(int ageYears) =>
        ageYears >= MinimumAge && ageYears <= MaximumAge
            ? null
            : AdaptationErrors.AdolescentAgeOutside(MinimumAge, MaximumAge);
}
