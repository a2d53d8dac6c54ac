using System;
using System.Collections.Generic;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>Validated writing: a command whose value the history could not hold and read back is refused, and every
/// accepted history reads back to the same course.</summary>
public class StorableValueTests
{
    private static TreatmentCourse Course() => CourseFixture.NewCourse().Sessions(2).Tasks(TherapyTask.BaselineSeverity, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned);

    private static InventoryPerson Person => new() { Id = PersonId.From(1), Label = PersonLabel.From("partner"), Kind = RelationshipKind.Partner };

    // Each damage: what it does to a valid person, and the path the error must name.
    private static readonly (Func<InventoryPerson, InventoryPerson> Damage, string Path)[] PersonDamage =
    [
        (p => p with { Label = null! }, "people[0].label"),
        (p => p with { Support = (SupportLevel)99 }, "people[0].support"),
        (p => p with { Conflict = (ConflictLevel)(-1) }, "people[0].conflict"),
        (p => p with { Expectations = (MutualExpectations)9 }, "people[0].expectations"),
        (p => p with { ChangeAroundOnset = (OnsetChange)9 }, "people[0].changeAroundOnset"),
        (p => p with { Kind = (RelationshipKind)99 }, "people[0].kind"),
        (p => p with { Satisfying = null! }, "people[0].satisfying"),
        (p => p with { Unsatisfying = [(RelationshipAspect)42] }, "people[0].unsatisfying"),
        (p => p with { Ring = default }, "people[0].ring"),
        (p => p with { Id = default }, "people[0].id"),
        (p => p with { Communication = (CommunicationStyle)9 }, "people[0].communication"),
        (p => p with { Assertion = (InterpersonalCapacity)9 }, "people[0].assertion"),
        (p => p with { Confrontation = (InterpersonalCapacity)(-1) }, "people[0].confrontation"),
        (p => p with { AngerExpression = (InterpersonalCapacity)3 }, "people[0].angerExpression"),
        (p => p with { SocialRiskTaking = (InterpersonalCapacity)7 }, "people[0].socialRiskTaking"),
        (p => p with { DifficultiesAndEpisode = (EpisodeLink)4 }, "people[0].difficultiesAndEpisode"),
    ];

    [Fact]
    public void An_inventory_the_history_cannot_hold_is_refused_naming_the_value_and_changes_nothing()
    {
        foreach ((Func<InventoryPerson, InventoryPerson> damage, string path) in PersonDamage)
        {
            TreatmentCourse c = Course();
            var inventory = new InterpersonalInventory(ClinicalSamples.Onset, [damage(Person)], []);
            CourseFixture.AssertRejectedUnchanged(c, x => x.CompleteInventory(inventory, x.LastActivityOn), CourseErrors.ValueNotStorable);
            string message = c.CompleteInventory(inventory, c.LastActivityOn).Error!.Message;
            Assert.Contains(path + " ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("partner", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_formulation_or_goal_the_history_cannot_hold_is_refused()
    {
        TreatmentCourse c = Course().Inventory();
        var transition = new RoleTransitionFocus(PrivateNote.From("old"), PrivateNote.From("new"), TransitionDomain.Work, false) with { OldRole = null! };
        CourseFixture.AssertRejectedUnchanged(c, x => x.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, transition), x.LastActivityOn), CourseErrors.ValueNotStorable);
        var dispute = new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { NonReciprocalExpectations = [null!] };
        CourseFixture.AssertRejectedUnchanged(c, x => x.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, dispute), x.LastActivityOn), CourseErrors.ValueNotStorable);

        TreatmentCourse m = CourseFixture.InMiddlePhase();
        CourseFixture.AssertRejectedUnchanged(m, x => x.RecordSessionWork(ProblemArea.RoleDispute, [], [new GoalRating("dispute.identify", (GoalProgress)77)]), CourseErrors.ValueNotStorable);
        CourseFixture.AssertRejectedUnchanged(m, x => x.RecordSessionWork(ProblemArea.RoleDispute, [], [new GoalRating(null!, GoalProgress.Emerging)]), CourseErrors.ValueNotStorable);
    }

    private static readonly ProblemAreaFocus Grief = new GriefFocus(RelationshipKind.Parent, ClinicalSamples.Onset.AddDays(-30), GriefType.Normal);
    private static readonly ProblemAreaFocus Dispute = new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation);
    private static readonly ProblemAreaFocus Transition = new RoleTransitionFocus(PrivateNote.From("old"), PrivateNote.From("new"), TransitionDomain.Work, false);
    private static readonly ProblemAreaFocus Deficits = new InterpersonalDeficitsFocus(IsolationPattern.FewAttachments, PriorFunctioning.LongStandingIsolation);
    private static readonly ProblemAreaFocus SingleParent = new SingleParentFamilyFocus(RelationshipKind.Parent);
    private static readonly ProblemAreaFocus Affective = new InterpersonalAffectiveFocusDetail(PrivateNote.From("pattern"), PrivateNote.From("affect"));

    // Each focus detail damaged one value at a time, with the path the error must name (after "foci[0].detail").
    private static readonly (ProblemAreaFocus Detail, string Path)[] FocusDamage =
    [
        (((GriefFocus)Grief) with { Deceased = (RelationshipKind)99 }, string.Empty),
        (((GriefFocus)Grief) with { Type = (GriefType)9 }, string.Empty),
        (((GriefFocus)Grief) with { Loss = (LossKind)9 }, string.Empty),
        (((GriefFocus)Grief) with { DeceasedPerson = default(PersonId) }, string.Empty),
        (((RoleDisputeFocus)Dispute) with { OtherParty = (RelationshipKind)99 }, string.Empty),
        (((RoleDisputeFocus)Dispute) with { Stage = (DisputeStage)9 }, string.Empty),
        (((RoleDisputeFocus)Dispute) with { OtherPartyPerson = default(PersonId) }, string.Empty),
        (((RoleDisputeFocus)Dispute) with { NonReciprocalExpectations = null! }, ".nonReciprocalExpectations"),
        (((RoleTransitionFocus)Transition) with { OldRole = null! }, ".oldRole"),
        (((RoleTransitionFocus)Transition) with { NewRole = null! }, ".newRole"),
        (((RoleTransitionFocus)Transition) with { Domain = (TransitionDomain)99 }, ".domain"),
        (((InterpersonalDeficitsFocus)Deficits) with { PriorFunctioning = (PriorFunctioning)9 }, ".priorFunctioning"),
        (((SingleParentFamilyFocus)SingleParent) with { ResidentParent = (RelationshipKind)99 }, ".residentParent"),
        (((InterpersonalAffectiveFocusDetail)Affective) with { InterpersonalPattern = null! }, ".interpersonalPattern"),
        (((InterpersonalAffectiveFocusDetail)Affective) with { Affect = null! }, ".affect"),
    ];

    [Fact]
    public void A_focus_detail_the_history_cannot_hold_is_refused_naming_the_value_and_changes_nothing()
    {
        foreach ((ProblemAreaFocus detail, string path) in FocusDamage)
        {
            TreatmentCourse c = Course().Inventory();
            InterpersonalFormulation formulation = InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, detail);
            CourseFixture.AssertRejectedUnchanged(c, x => x.AgreeFormulation(formulation, x.LastActivityOn), CourseErrors.ValueNotStorable);
            string message = c.AgreeFormulation(formulation, c.LastActivityOn).Error!.Message;
            Assert.Contains("foci[0].detail" + path + " ", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_undamaged_focus_detail_passes_the_storability_check()
    {
        // Whatever a protocol's rules say of the area, an intact detail is never refused as unstorable.
        foreach (ProblemAreaFocus detail in new[] { Grief, Dispute, Transition, Deficits, SingleParent, Affective, ((GriefFocus)Grief) with { DeceasedPerson = PersonId.From(1) } })
        {
            TreatmentCourse c = Course().Inventory();
            Result<Ipt.Domain.Courses.Events.FormulationAgreed> r = c.AgreeFormulation(InterpersonalFormulation.For(TargetCondition.MajorDepressiveEpisode, detail), c.LastActivityOn);
            Assert.NotEqual(CourseErrors.ValueNotStorable, r.Error?.Code);
        }
    }

    [Fact]
    public void A_life_event_the_history_cannot_hold_is_refused_naming_it()
    {
        var valid = new LifeEvent(LifeEventKind.Dispute, ClinicalSamples.Onset.AddDays(-14)) { Person = PersonId.From(1) };
        foreach (LifeEvent damaged in new[] { valid with { Kind = (LifeEventKind)99 }, valid with { Person = default(PersonId) } })
        {
            TreatmentCourse c = Course();
            var inventory = new InterpersonalInventory(ClinicalSamples.Onset, [Person], [valid, damaged]);
            CourseFixture.AssertRejectedUnchanged(c, x => x.CompleteInventory(inventory, x.LastActivityOn), CourseErrors.ValueNotStorable);
            Assert.Contains("events[1] ", c.CompleteInventory(inventory, c.LastActivityOn).Error!.Message, StringComparison.Ordinal);
        }

        TreatmentCourse ok = Course();
        Assert.True(ok.CompleteInventory(new InterpersonalInventory(ClinicalSamples.Onset, [Person], [valid, valid with { Person = null }]), ok.LastActivityOn).IsSuccess);
    }

    [IptProperty(200)]
    public bool Every_accepted_inventory_reads_back_to_the_same_course(int damage, bool damaged, byte ring, bool past)
    {
        TreatmentCourse c = Course();
        InventoryPerson person = Person with { Ring = ClosenessRing.From(1 + (ring % 4)), IsPastRelationship = past };
        if (damaged)
        {
            person = PersonDamage[Math.Abs(damage % PersonDamage.Length)].Damage(person);
        }

        Result<Ipt.Domain.Courses.Events.InventoryCompleted> r = c.CompleteInventory(new InterpersonalInventory(ClinicalSamples.Onset, [person], []), c.LastActivityOn);
        if (r.IsFailure)
        {
            return damaged && r.Error!.Code == CourseErrors.ValueNotStorable;
        }

        string json = CourseHistoryJson.Serialize(c.History);
        Result<IReadOnlyList<Ipt.Domain.Courses.Events.CourseEvent>> read = CourseHistoryJson.Deserialize(json);
        return !damaged && read.IsSuccess && CourseHistoryJson.Serialize(read.Value) == json &&
            TreatmentCourse.FromHistory(read.Value, c.Protocol).Value.ToSnapshot() == c.ToSnapshot();
    }
}
