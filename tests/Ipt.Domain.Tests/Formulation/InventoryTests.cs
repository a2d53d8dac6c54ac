using System;
using System.Linq;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using static Ipt.Domain.Tests.Generators.FormulationGenerators;

namespace Ipt.Domain.Tests.Formulation;

public class InventoryTests
{
    private static readonly DateOnly Done = Onset.AddDays(40);

    private static Result<InterpersonalInventory> Complete(InterpersonalInventory draft, InventoryRules? rules = null) =>
        draft.Complete(rules ?? InventoryRules.Default, Done);

    [Fact]
    public void A_valid_inventory_completes_and_the_draft_is_unchanged()
    {
        var draft = new InterpersonalInventory(Onset, [Person(1), Person(2, kind: RelationshipKind.Friend, ring: 3)], [Event(LifeEventKind.Death, -20, 2)]);
        InterpersonalInventory done = Complete(draft).Value;
        Assert.True(done.IsComplete);
        Assert.Equal(Done, done.CompletedOn);
        Assert.False(draft.IsComplete);
        Assert.Equal(2, done.People.Count);
        Assert.NotNull(done.Find(PersonId.From(2)));
        Assert.Null(done.Find(PersonId.From(9)));
    }

    [Fact]
    public void Onset_is_required() =>
        Assert.Equal(FormulationErrors.OnsetMissingCode, Complete(new InterpersonalInventory(null, [Person(1)], [])).Error!.Code);

    [Fact]
    public void At_least_one_person_is_required() =>
        Assert.Equal(FormulationErrors.NoPeopleCode, Complete(new InterpersonalInventory(Onset, [], [])).Error!.Code);

    [Fact]
    public void Minimum_people_is_a_setting() =>
        Assert.Equal(FormulationErrors.NoPeopleCode,
            Complete(new InterpersonalInventory(Onset, [Person(1)], []), new InventoryRules { MinimumPeople = 2 }).Error!.Code);

    [Fact]
    public void Person_ids_are_unique() =>
        Assert.Equal(FormulationErrors.DuplicatePersonCode, Complete(new InterpersonalInventory(Onset, [Person(1), Person(1)], [])).Error!.Code);

    [Fact]
    public void A_repeated_id_further_down_the_list_is_refused_naming_that_id_before_a_later_ring_error()
    {
        // Person 2 repeats after person 3; person 4 sits beyond the ring count. The first broken rule, in list order, is the repeat.
        var draft = new InterpersonalInventory(Onset, [Person(1), Person(2), Person(3), Person(2), Person(4, ring: 9)], []);
        DomainError error = Complete(draft).Error!;
        Assert.Equal(FormulationErrors.DuplicatePersonCode, error.Code);
        Assert.Contains("#2", error.Message, StringComparison.Ordinal);
        Assert.True(Complete(new InterpersonalInventory(Onset, [Person(1), Person(2), Person(3), Person(4)], [])).IsSuccess);
    }

    [Fact]
    public void Rings_beyond_the_ring_count_are_refused()
    {
        var draft = new InterpersonalInventory(Onset, [Person(1, ring: 4)], []);
        Assert.True(Complete(draft).IsSuccess);
        Assert.Equal(InventoryRules.DefaultRingCount, InventoryRules.Default.RingCount);
        Assert.Equal(FormulationErrors.RingOutOfRangeCode, Complete(draft, new InventoryRules { RingCount = 3 }).Error!.Code);
    }

    [Fact]
    public void Events_must_refer_to_people_in_the_inventory() =>
        Assert.Equal(FormulationErrors.EventPersonUnknownCode,
            Complete(new InterpersonalInventory(Onset, [Person(1)], [Event(LifeEventKind.Dispute, -5, 7)])).Error!.Code);

    [Fact]
    public void Events_cannot_postdate_completion() =>
        Assert.Equal(FormulationErrors.EventAfterCompletionCode,
            Complete(new InterpersonalInventory(Onset, [Person(1)], [Event(LifeEventKind.Other, 41)])).Error!.Code);

    [Fact]
    public void Completion_cannot_precede_onset() =>
        Assert.Equal(FormulationErrors.CompletedBeforeOnsetCode,
            new InterpersonalInventory(Onset, [Person(1)], []).Complete(InventoryRules.Default, Onset.AddDays(-1)).Error!.Code);

    [Fact]
    public void Timeline_is_sorted_with_offsets_from_onset()
    {
        var inv = new InterpersonalInventory(Onset, [Person(1)], [Event(LifeEventKind.Other, 10), Event(LifeEventKind.Death, -90), Event(LifeEventKind.Transition, 0)]);
        Assert.Equal([-90, 0, 10], inv.Timeline.Select(e => e.DaysFromOnset));
        Assert.Empty(new InterpersonalInventory(null, [Person(1)], [Event(LifeEventKind.Other, 1)]).Timeline);
    }

    [Fact]
    public void Misuse_throws()
    {
        Assert.Throws<ArgumentNullException>(() => new InterpersonalInventory(Onset, null!, []));
        Assert.Throws<ArgumentNullException>(() => new InterpersonalInventory(Onset, [null!], []));
        Assert.Throws<ArgumentNullException>(() => new InterpersonalInventory(Onset, [], []).Complete(null!, Onset));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClosenessRing.From(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InventoryRules { RingCount = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonId.From(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonLabel.From(new string('x', PersonLabel.MaxLength + 1)));
        Assert.Throws<ArgumentException>(() => PersonLabel.From(" "));
    }
}

public class TerminationWorkTests
{
    [Fact]
    public void Eight_termination_tasks_with_unique_ids_and_codes()
    {
        Assert.Equal(Enumerable.Range(1, 8).Select(i => "TERM-0" + i), TerminationWork.Tasks.Select(t => t.Id));
        Assert.Equal(8, TerminationWork.Tasks.Select(t => t.Code).Distinct().Count());
        Assert.All(TerminationWork.Tasks, t => Assert.StartsWith("[S", t.Sources, StringComparison.Ordinal));
        Assert.Equal("relapse-plan", TerminationWork.Find("term-05")!.Code);
        Assert.Equal("TERM-05", TerminationWork.Find("relapse-plan")!.Id);
        Assert.Null(TerminationWork.Find("TERM-09"));
    }
}
