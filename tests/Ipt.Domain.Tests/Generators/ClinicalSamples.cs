using System;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Generators;

/// <summary>Valid clinical detail for course tests: an inventory with a dispute near onset and a matching formulation.</summary>
public static class ClinicalSamples
{
    /// <summary>Symptom onset used by the samples: eight weeks before the courses start.</summary>
    public static DateOnly Onset => CourseScript.StartDate.AddDays(-56);

    /// <summary>A draft inventory: a partner (person 1) in a dispute that began two weeks before onset, and a friend.</summary>
    public static InterpersonalInventory Inventory(string partnerLabel = "partner") => new(
        Onset,
        [
            new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From(partnerLabel), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1), Conflict = ConflictLevel.High, Expectations = MutualExpectations.NonReciprocal },
            new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From("friend"), Kind = RelationshipKind.Friend, Ring = ClosenessRing.From(2) },
        ],
        [new LifeEvent(LifeEventKind.Dispute, Onset.AddDays(-14)) { Person = PersonId.From(1) }]);

    /// <summary>A one-focus formulation the protocol allows: a role dispute with the partner where allowed, else the first allowed area.</summary>
    public static InterpersonalFormulation Formulation(ProtocolDefinition protocol)
    {
        if (protocol.Formulation.AllowedAreas.Count == 0)
        {
            return new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, []);
        }

        ProblemArea area = protocol.Formulation.Allows(ProblemArea.RoleDispute) ? ProblemArea.RoleDispute : protocol.Formulation.AllowedAreas[0];
        ProblemAreaFocus detail = area == ProblemArea.RoleDispute
            ? new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) }
            : FormulationGenerators.DetailFor(area);
        return InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, detail);
    }
}
