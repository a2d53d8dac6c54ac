using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Partner-assisted perinatal IPT's rule: the partner attends every session [S85].</summary>
public sealed class PartnerAssistedPerinatalRules : ProtocolRules
{
    /// <summary>The single instance; the rule has no settings.</summary>
    public static PartnerAssistedPerinatalRules Instance { get; } = new();

    private PartnerAssistedPerinatalRules()
    {
    }

    /// <inheritdoc />
    public override DomainError? CheckSession(in SessionProposal proposal) =>
        proposal.Attendance != Attendance.Attended || (proposal.Participants & SessionParticipants.Partner) != 0
            ? null
            : AdaptationErrors.PartnerNotPresent();
}
