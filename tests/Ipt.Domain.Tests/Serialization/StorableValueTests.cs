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
