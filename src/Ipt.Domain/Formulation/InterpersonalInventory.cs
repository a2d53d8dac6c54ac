using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>
/// The interpersonal inventory (INIT-06, brief §4.2): the important people, the quality of each relationship,
/// and a dated timeline of life events relative to symptom onset. Not a scored instrument [S08]. Immutable:
/// <see cref="Complete"/> returns a completed copy.
/// </summary>
public sealed class InterpersonalInventory
{
    private readonly InventoryPerson[] _people;
    private readonly LifeEvent[] _events;

    /// <summary>Creates a draft inventory.</summary>
    /// <param name="symptomOnset">Date of symptom onset, when known.</param>
    /// <param name="people">Important people.</param>
    /// <param name="events">Life events.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    public InterpersonalInventory(DateOnly? symptomOnset, IEnumerable<InventoryPerson> people, IEnumerable<LifeEvent> events)
        : this(symptomOnset, Copy(people), Copy(events), null)
    {
    }

    private InterpersonalInventory(DateOnly? symptomOnset, InventoryPerson[] people, LifeEvent[] events, DateOnly? completedOn)
    {
        SymptomOnset = symptomOnset;
        _people = people;
        _events = events;
        CompletedOn = completedOn;
    }

    /// <summary>Date of symptom onset.</summary>
    public DateOnly? SymptomOnset { get; }

    /// <summary>Important people, in the order given.</summary>
    public IReadOnlyList<InventoryPerson> People => _people;

    /// <summary>Life events, in the order given.</summary>
    public IReadOnlyList<LifeEvent> Events => _events;

    /// <summary>Date the inventory was completed, or null for a draft.</summary>
    public DateOnly? CompletedOn { get; }

    /// <summary>True once <see cref="Complete"/> accepted the inventory.</summary>
    public bool IsComplete => CompletedOn.HasValue;

    /// <summary>Events ordered by date with their offset from onset; empty when onset is unknown.</summary>
    public IReadOnlyList<TimelineEntry> Timeline
    {
        get
        {
            if (SymptomOnset is not DateOnly onset)
            {
                return [];
            }

            var entries = new TimelineEntry[_events.Length];
            for (int i = 0; i < _events.Length; i++)
            {
                entries[i] = new TimelineEntry(_events[i], _events[i].DaysFromOnset(onset));
            }

            Array.Sort(entries, static (a, b) => a.DaysFromOnset.CompareTo(b.DaysFromOnset));
            return entries;
        }
    }

    /// <summary>The person with an id, or null.</summary>
    /// <param name="id">The id.</param>
    public InventoryPerson? Find(PersonId id)
    {
        foreach (InventoryPerson person in _people)
        {
            if (person.Id == id)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// Completes the inventory. Rules, checked in this order: symptom onset is known
    /// (<see cref="FormulationErrors.OnsetMissingCode"/>); at least <see cref="InventoryRules.MinimumPeople"/>
    /// people (<see cref="FormulationErrors.NoPeopleCode"/>); person ids unique
    /// (<see cref="FormulationErrors.DuplicatePersonCode"/>); every ring within the circle
    /// (<see cref="FormulationErrors.RingOutOfRangeCode"/>); every event's person in the inventory
    /// (<see cref="FormulationErrors.EventPersonUnknownCode"/>); no event after completion
    /// (<see cref="FormulationErrors.EventAfterCompletionCode"/>); completion not before onset
    /// (<see cref="FormulationErrors.CompletedBeforeOnsetCode"/>).
    /// </summary>
    /// <param name="rules">Inventory settings.</param>
    /// <param name="completedOn">Date the clinician completed the inventory.</param>
    /// <returns>A completed copy, or the first broken rule; this instance is unchanged either way.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public Result<InterpersonalInventory> Complete(InventoryRules rules, DateOnly completedOn)
    {
        Guard.Against.Null(rules);
        DomainError? error = CheckCompletion(rules, completedOn);
        return error is null ? CompletedCopy(completedOn) : error;
    }

    /// <summary>The first rule of <see cref="Complete"/> the inventory breaks, or null; allocates nothing when none is broken.</summary>
    internal DomainError? CheckCompletion(InventoryRules rules, DateOnly completedOn)
    {
        if (SymptomOnset is not DateOnly onset)
        {
            return FormulationErrors.OnsetMissing();
        }

        if (_people.Length < rules.MinimumPeople)
        {
            return FormulationErrors.NoPeople(rules.MinimumPeople);
        }

        // Ids are compared with every earlier person: an inventory names a handful of people, so a scan costs less
        // than a set, and the first repeated id is reported as before.
        for (int i = 0; i < _people.Length; i++)
        {
            InventoryPerson person = _people[i];
            for (int j = 0; j < i; j++)
            {
                if (_people[j].Id == person.Id)
                {
                    return FormulationErrors.DuplicatePerson(person.Id);
                }
            }

            if (person.Ring.Value < 1 || person.Ring.Value > rules.RingCount)
            {
                return FormulationErrors.RingOutOfRange(person.Id, rules.RingCount);
            }
        }

        foreach (LifeEvent lifeEvent in _events)
        {
            if (lifeEvent.Person is PersonId id && Find(id) is null)
            {
                return FormulationErrors.EventPersonUnknown(id);
            }

            if (lifeEvent.Date > completedOn)
            {
                return FormulationErrors.EventAfterCompletion();
            }
        }

        return completedOn < onset ? FormulationErrors.CompletedBeforeOnset() : null;
    }

    /// <summary>This inventory completed on <paramref name="completedOn"/>, sharing its people and events; for an
    /// inventory that passed <see cref="CheckCompletion"/> on that date.</summary>
    internal InterpersonalInventory CompletedCopy(DateOnly completedOn) => new(SymptomOnset, _people, _events, completedOn);

    /// <summary>Counts only; labels and notes are never printed.</summary>
    public override string ToString() =>
        "InterpersonalInventory(" + _people.Length.ToString(CultureInfo.InvariantCulture) + " people, " +
        _events.Length.ToString(CultureInfo.InvariantCulture) + " events, " + (IsComplete ? "complete" : "draft") + ")";

    private static T[] Copy<T>(IEnumerable<T> items)
        where T : class
    {
        Guard.Against.Null(items);
        T[] copy = [.. items];
        foreach (T item in copy)
        {
            Guard.Against.Null(item, nameof(items));
        }

        return copy;
    }
}
