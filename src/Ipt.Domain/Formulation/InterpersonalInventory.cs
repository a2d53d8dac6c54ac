using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>
/// A person's place in the closeness circle: 1 is the innermost ring around the patient (brief §4.3 [S45]).
/// The number of rings is a setting (<see cref="InventoryRules.RingCount"/>).
/// </summary>
/// <param name="Value">Ring number, 1 = closest.</param>
public readonly record struct ClosenessRing(int Value)
{
    /// <summary>The innermost ring.</summary>
    public static ClosenessRing Innermost => new(1);

    /// <summary>Creates a ring number.</summary>
    /// <param name="value">1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public static ClosenessRing From(int value)
    {
        Guard.Against.LessThanOrEqual(value, 0);
        return new ClosenessRing(value);
    }

    /// <summary>For example <c>ring 2</c>.</summary>
    public override string ToString() => "ring " + Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How much support a relationship gives (inventory: sources of support [S05]).</summary>
public enum SupportLevel
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>No support.</summary>
    None = 1,

    /// <summary>Little support.</summary>
    Low = 2,

    /// <summary>Some support.</summary>
    Moderate = 3,

    /// <summary>Much support; a confiding relationship.</summary>
    High = 4,
}

/// <summary>How much conflict there is in a relationship.</summary>
public enum ConflictLevel
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>No conflict.</summary>
    None = 1,

    /// <summary>Occasional conflict.</summary>
    Low = 2,

    /// <summary>Frequent conflict.</summary>
    Moderate = 3,

    /// <summary>Severe or constant conflict.</summary>
    High = 4,
}

/// <summary>Whether the patient's and the other person's expectations of the relationship match [S05][S08].</summary>
public enum MutualExpectations
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>Expectations match.</summary>
    Reciprocal = 1,

    /// <summary>Expectations do not match: the ground of a role dispute [S14].</summary>
    NonReciprocal = 2,
}

/// <summary>A coded aspect of a relationship, recorded as satisfying or unsatisfying [S05][S08].</summary>
public enum RelationshipAspect
{
    /// <summary>Confiding, emotional closeness.</summary>
    Confiding = 0,

    /// <summary>Emotional support.</summary>
    EmotionalSupport = 1,

    /// <summary>Practical help.</summary>
    PracticalSupport = 2,

    /// <summary>Companionship and shared activities.</summary>
    Companionship = 3,

    /// <summary>Romantic or sexual intimacy.</summary>
    Intimacy = 4,

    /// <summary>How the two communicate.</summary>
    Communication = 5,

    /// <summary>Reliability, trust.</summary>
    Trust = 6,

    /// <summary>Respect, recognition.</summary>
    Respect = 7,

    /// <summary>Division of roles and responsibilities.</summary>
    Roles = 8,

    /// <summary>Anything else.</summary>
    Other = 9,
}

/// <summary>How a relationship changed around symptom onset [S08].</summary>
public enum OnsetChange
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>No change.</summary>
    NoChange = 1,

    /// <summary>The relationship began.</summary>
    Began = 2,

    /// <summary>The relationship ended (death, separation, moving away).</summary>
    Ended = 3,

    /// <summary>The relationship got worse.</summary>
    Worsened = 4,

    /// <summary>The relationship got better.</summary>
    Improved = 5,
}

/// <summary>How the patient communicates with a person (brief §4.2 "communication style" [S05][S06]). The element is
/// sourced; the vocabulary is the library's (product decision), following the communication failures communication
/// analysis looks for (TECH-CA [S10]).</summary>
public enum CommunicationStyle
{
    /// <summary>Says what they mean and need, clearly enough to be understood.</summary>
    Direct = 0,

    /// <summary>Indirect or ambiguous, often non-verbal; assumes they have communicated when they have not.</summary>
    Indirect = 1,

    /// <summary>Withdraws: silence, avoiding the subject or the person.</summary>
    Withdrawn = 2,

    /// <summary>Hostile, blaming or coercive.</summary>
    Hostile = 3,
}

/// <summary>How able the patient is, with a person, to do one of the things the inventory asks about: assert
/// themselves, confront, express anger, take social risks (brief §4.2 [S05][S06]). A three-step clinical judgement,
/// not a scored scale (the inventory is not a structured, scored instrument [S08]).</summary>
public enum InterpersonalCapacity
{
    /// <summary>Rarely or never able to.</summary>
    Limited = 0,

    /// <summary>Able to at times, or with difficulty.</summary>
    Partial = 1,

    /// <summary>Able to when the situation calls for it.</summary>
    Adequate = 2,
}

/// <summary>Whether the difficulties in a relationship look like a cause or a consequence of the episode (brief §4.2:
/// "relationship difficulties that may be cause or consequence of the episode" [S05]).</summary>
public enum EpisodeLink
{
    /// <summary>The difficulty came first and may have contributed to the episode.</summary>
    Cause = 0,

    /// <summary>The difficulty followed the episode (e.g. withdrawal or irritability while depressed).</summary>
    Consequence = 1,

    /// <summary>Both: each maintains the other.</summary>
    Both = 2,

    /// <summary>Assessed, and it is not yet clear which.</summary>
    Unclear = 3,
}

/// <summary>
/// One important person in the interpersonal inventory (brief §4.2 [S05][S06][S08]). Identified by a
/// caller-chosen <see cref="PersonId"/> and a redacted <see cref="PersonLabel"/>; never by a required name.
/// </summary>
public sealed record InventoryPerson
{
    /// <summary>Identifier within the inventory.</summary>
    public required PersonId Id { get; init; }

    /// <summary>The clinician's label for the person; never printed.</summary>
    public required PersonLabel Label { get; init; }

    /// <summary>Relationship to the patient.</summary>
    public required RelationshipKind Kind { get; init; }

    /// <summary>Place in the closeness circle.</summary>
    public ClosenessRing Ring { get; init; } = ClosenessRing.Innermost;

    /// <summary>Support the relationship gives.</summary>
    public SupportLevel Support { get; init; }

    /// <summary>Conflict in the relationship.</summary>
    public ConflictLevel Conflict { get; init; }

    /// <summary>Whether mutual expectations match.</summary>
    public MutualExpectations Expectations { get; init; }

    /// <summary>Satisfying aspects.</summary>
    public IReadOnlyList<RelationshipAspect> Satisfying { get; init; } = [];

    /// <summary>Unsatisfying aspects.</summary>
    public IReadOnlyList<RelationshipAspect> Unsatisfying { get; init; } = [];

    /// <summary>How the relationship changed around onset.</summary>
    public OnsetChange ChangeAroundOnset { get; init; }

    /// <summary>True for a past relationship reviewed for patterns (the inventory focuses on the present [S05][S06]).</summary>
    public bool IsPastRelationship { get; init; }

    /// <summary>Private notes on the relationship; never printed.</summary>
    public PrivateNote? Notes { get; init; }

    /// <summary>How the patient communicates with this person [S05][S06]; null when not recorded.</summary>
    public CommunicationStyle? Communication { get; init; }

    /// <summary>Capacity for self-assertion with this person [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? Assertion { get; init; }

    /// <summary>Capacity for confrontation with this person [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? Confrontation { get; init; }

    /// <summary>Capacity for expressing anger to this person [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? AngerExpression { get; init; }

    /// <summary>Capacity for taking social risks in this relationship [S05][S06]; null when not recorded.</summary>
    public InterpersonalCapacity? SocialRiskTaking { get; init; }

    /// <summary>Whether the difficulties in this relationship look like a cause or a consequence of the episode [S05];
    /// null when not recorded.</summary>
    public EpisodeLink? DifficultiesAndEpisode { get; init; }
}

/// <summary>Kind of a life event on the inventory timeline (INIT-07 [S07][S08]).</summary>
public enum LifeEventKind
{
    /// <summary>A death.</summary>
    Death = 0,

    /// <summary>A dispute began or escalated.</summary>
    Dispute = 1,

    /// <summary>A change of life circumstances.</summary>
    Transition = 2,

    /// <summary>Another event.</summary>
    Other = 3,
}

/// <summary>A dated life event on the inventory timeline.</summary>
/// <param name="Kind">What kind of event.</param>
/// <param name="Date">When it happened.</param>
public sealed record LifeEvent(LifeEventKind Kind, DateOnly Date)
{
    /// <summary>What kind of event.</summary>
    public LifeEventKind Kind { get; init; } = Guard.Against.UndefinedEnum(Kind);

    /// <summary>The inventory person the event concerns, if any.</summary>
    public PersonId? Person { get; init; }

    /// <summary>Private description; never printed.</summary>
    public PrivateNote? Note { get; init; }

    /// <summary>Days from symptom onset to the event: negative before onset, 0 on the day, positive after.</summary>
    /// <param name="onset">Date of symptom onset.</param>
    public int DaysFromOnset(DateOnly onset) => Date.DayNumber - onset.DayNumber;
}

/// <summary>A timeline entry: an event and its offset from symptom onset.</summary>
/// <param name="Event">The event.</param>
/// <param name="DaysFromOnset">Days from onset (negative = before onset).</param>
public sealed record TimelineEntry(LifeEvent Event, int DaysFromOnset);

/// <summary>Settings for completing an inventory; a protocol may override them.</summary>
public sealed record InventoryRules
{
    private readonly int _ringCount = DefaultRingCount;
    private readonly int _minimumPeople = 1;

    /// <summary>
    /// Default number of rings in the closeness circle: 4. Worksheets show 3–4 rings around the centre
    /// [S45] (weak); 4 is the default so that a 3-ring circle also fits.
    /// </summary>
    public const int DefaultRingCount = 4;

    /// <summary>Default rules.</summary>
    public static InventoryRules Default { get; } = new();

    /// <summary>Number of rings around the patient; a person's ring must be 1..this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int RingCount
    {
        get => _ringCount;
        init
        {
            Guard.Against.LessThanOrEqual(value, 0);
            _ringCount = value;
        }
    }

    /// <summary>
    /// People the inventory must name before it can be completed. Default 1: the inventory reviews the
    /// important people in the patient's life [S05][S06], and a focus is chosen from them (product rule; the
    /// manuals give no number). A deficits picture with few attachments still names at least one person.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MinimumPeople
    {
        get => _minimumPeople;
        init
        {
            Guard.Against.LessThanOrEqual(value, 0);
            _minimumPeople = value;
        }
    }
}

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
        if (SymptomOnset is not DateOnly onset)
        {
            return FormulationErrors.OnsetMissing();
        }

        if (_people.Length < rules.MinimumPeople)
        {
            return FormulationErrors.NoPeople(rules.MinimumPeople);
        }

        var ids = new HashSet<PersonId>();
        foreach (InventoryPerson person in _people)
        {
            if (!ids.Add(person.Id))
            {
                return FormulationErrors.DuplicatePerson(person.Id);
            }

            if (person.Ring.Value < 1 || person.Ring.Value > rules.RingCount)
            {
                return FormulationErrors.RingOutOfRange(person.Id, rules.RingCount);
            }
        }

        foreach (LifeEvent lifeEvent in _events)
        {
            if (lifeEvent.Person is PersonId id && !ids.Contains(id))
            {
                return FormulationErrors.EventPersonUnknown(id);
            }

            if (lifeEvent.Date > completedOn)
            {
                return FormulationErrors.EventAfterCompletion();
            }
        }

        if (completedOn < onset)
        {
            return FormulationErrors.CompletedBeforeOnset();
        }

        return new InterpersonalInventory(onset, _people, _events, completedOn);
    }

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
