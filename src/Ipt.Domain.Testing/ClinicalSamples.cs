using System;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>Valid clinical detail for course tests: an inventory with a dispute near onset, a matching formulation, and a
/// detail for every problem area. Sample labels only (<c>partner</c>, <c>friend</c>), never a name.</summary>
public static class ClinicalSamples
{
    // The onset the sample details are dated around (a grief focus's death 30 days before it).
    internal static readonly DateOnly DetailOnset = new(2026, 3, 1);

    /// <summary>Symptom onset used by the samples: eight weeks before the courses start.</summary>
    public static DateOnly Onset => CourseFixture.Start.AddDays(-56);

    /// <summary>A draft inventory: a partner (person 1) in a dispute that began two weeks before onset, and a friend.</summary>
    /// <param name="partnerLabel">The partner's label.</param>
    public static InterpersonalInventory Inventory(string partnerLabel = "partner") => new(
        Onset,
        [
            new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From(partnerLabel), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1), Conflict = ConflictLevel.High, Expectations = MutualExpectations.NonReciprocal },
            new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From("friend"), Kind = RelationshipKind.Friend, Ring = ClosenessRing.From(2) },
        ],
        [new LifeEvent(LifeEventKind.Dispute, Onset.AddDays(-14)) { Person = PersonId.From(1) }]);

    /// <summary>A one-focus formulation the protocol allows: a role dispute with the partner where allowed, else the first allowed area.</summary>
    /// <param name="protocol">The course's protocol.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    public static InterpersonalFormulation Formulation(ProtocolDefinition protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (protocol.Formulation.AllowedAreas.Count == 0)
        {
            return new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, []);
        }

        ProblemArea area = protocol.Formulation.Allows(ProblemArea.RoleDispute) ? ProblemArea.RoleDispute : protocol.Formulation.AllowedAreas[0];
        ProblemAreaFocus detail = area == ProblemArea.RoleDispute
            ? new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) }
            : Detail(area, DetailOnset);
        return InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, detail);
    }

    /// <summary>A valid detail for each problem area (sample text only).</summary>
    /// <param name="area">The area.</param>
    /// <param name="onset">The symptom onset the detail is dated around (a grief focus: a death 30 days before it).</param>
    /// <param name="label">The other party's label in a role dispute, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="area"/> is not a defined area.</exception>
    public static ProblemAreaFocus Detail(ProblemArea area, DateOnly onset, PersonLabel? label = null) => area switch
    {
        ProblemArea.Grief => new GriefFocus(RelationshipKind.Parent, onset.AddDays(-30), GriefType.Complicated),
        ProblemArea.RoleDispute => new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Impasse) { OtherPartyLabel = label },
        ProblemArea.RoleTransition => new RoleTransitionFocus(PrivateNote.From("employed"), PrivateNote.From("retired"), TransitionDomain.Retirement, false),
        ProblemArea.InterpersonalDeficits => new InterpersonalDeficitsFocus(IsolationPattern.FewAttachments, PriorFunctioning.LongStandingIsolation),
        ProblemArea.GriefForLostHealthySelf => new LostHealthySelfFocus(null),
        ProblemArea.SingleParentFamily => new SingleParentFamilyFocus(RelationshipKind.Parent),
        ProblemArea.InterpersonalAffectiveFocus => new InterpersonalAffectiveFocusDetail(PrivateNote.From("pattern"), PrivateNote.From("affect")),
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };
}
