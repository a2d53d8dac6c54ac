using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>IPT-CM's rule: an attended conjoint session needs both the patient and the partner.</summary>
public sealed class ConjointIptRules : ProtocolRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="allowIndividualSessions">True to let sessions without the partner through.</param>
    public ConjointIptRules(bool allowIndividualSessions) => AllowIndividualSessions = allowIndividualSessions;

    /// <summary>True when sessions without the partner are allowed.</summary>
    public bool AllowIndividualSessions { get; }

    /// <inheritdoc />
    public override DomainError? CheckSession(in SessionProposal proposal) =>
        AllowIndividualSessions || proposal.Attendance != Attendance.Attended || (proposal.Participants & SessionParticipants.Partner) != 0
            ? null
            : AdaptationErrors.BothPartnersNotPresent();
}
