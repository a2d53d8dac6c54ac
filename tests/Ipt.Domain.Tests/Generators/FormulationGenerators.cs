using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Formulation;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Tests.Generators;

/// <summary>
/// Shared builders and FsCheck arbitraries for problem areas, inventories and formulations. Every arbitrary
/// is derived from FsCheck's default arbitraries with <c>Convert</c>, so counterexamples shrink.
/// </summary>
public static class FormulationGenerators
{
    public static readonly DateOnly Onset = new(2026, 3, 1);

    public const string LabelSentinel = "L~";

    /// <summary>Label texts: a sentinel prefix plus arbitrary non-blank text, at most <see cref="PersonLabel.MaxLength"/> characters.</summary>
    public static Arbitrary<string> LabelTexts() =>
        ArbMap.Default.ArbFor<NonWhiteSpaceString>()
            .Convert(
                s => LabelSentinel + (s.Get.Length > 30 ? s.Get[..30] : s.Get),
                t => NonWhiteSpaceString.NewNonWhiteSpaceString(t[LabelSentinel.Length..]));

    /// <summary>Sequences of requested dispute stages.</summary>
    public static Arbitrary<DisputeStage[]> StageRequests() =>
        ArbMap.Default.ArbFor<int[]>()
            .Convert(
                xs => xs.Select(x => (DisputeStage)Math.Abs(x % 3)).ToArray(),
                stages => stages.Select(s => (int)s).ToArray());

    /// <summary>Lists of chosen areas (any of the seven values, duplicates possible).</summary>
    public static Arbitrary<ProblemArea[]> AreaChoices() =>
        ArbMap.Default.ArbFor<int[]>()
            .Convert(
                xs => xs.Select(x => (ProblemArea)Math.Abs(x % 7)).ToArray(),
                areas => areas.Select(a => (int)a).ToArray());

    /// <summary>Timeline events as (kind 0..3, days from onset) pairs.</summary>
    public static Arbitrary<(LifeEventKind Kind, int Days)[]> TimelineEvents() =>
        ArbMap.Default.ArbFor<Tuple<int, int>[]>()
            .Convert(
                xs => xs.Select(x => ((LifeEventKind)Math.Abs(x.Item1 % 4), x.Item2 * 3)).ToArray(),
                es => es.Select(e => Tuple.Create((int)e.Item1, e.Item2 / 3)).ToArray());

    /// <summary>A valid detail for each area.</summary>
    public static ProblemAreaFocus DetailFor(ProblemArea area, PersonLabel? label = null) => ClinicalSamples.Detail(area, Onset, label);

    public static InventoryPerson Person(int id, string label = "P", RelationshipKind kind = RelationshipKind.Partner, int ring = 1) => new()
    {
        Id = PersonId.From(id),
        Label = PersonLabel.From(label),
        Kind = kind,
        Ring = ClosenessRing.From(ring),
    };

    public static LifeEvent Event(LifeEventKind kind, int daysFromOnset, int? person = null) =>
        new(kind, Onset.AddDays(daysFromOnset)) { Person = person is int p ? PersonId.From(p) : null };

    /// <summary>A completed inventory with one person (id 1) and the given events, completed the day after the latest date.</summary>
    public static InterpersonalInventory CompletedInventory(params LifeEvent[] events) =>
        CompletedInventory([Person(1)], events);

    public static InterpersonalInventory CompletedInventory(IEnumerable<InventoryPerson> people, IEnumerable<LifeEvent> events)
    {
        LifeEvent[] list = [.. events];
        DateOnly last = list.Select(e => e.Date).Append(Onset).Max();
        return new InterpersonalInventory(Onset, people, list).Complete(InventoryRules.Default, last.AddDays(1)).Value;
    }

    public static DateOnly AgreedAfter(InterpersonalInventory inventory) => inventory.CompletedOn!.Value.AddDays(7);
}
