using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Reads course events from parsed JSON, strictly and in any key order: every field an event's meaning needs must be
/// present and not null, every field must be of its JSON kind and hold a defined value, and no unknown or repeated
/// field may appear. Nothing missing is filled with a default. The same code runs on every target framework (it
/// depends on no serializer option that differs between them). Errors name the event's position, type and field.
/// </summary>
internal static class StrictEventReader
{
    /// <summary>Reads one event; never throws for bad content.</summary>
    public static Result<CourseEvent> Read(JsonElement element, int position, bool commandIds = true)
    {
        string? type = null;
        try
        {
            return ReadEvent(element, commandIds, commandIds, ref type);
        }
        catch (FieldException ex)
        {
            string? known = type is not null && CourseEventTypes.TryFind(type, out _) ? type : null;
            return Error(position, known, ex);
        }
    }

    private static CourseEvent ReadEvent(JsonElement element, bool commandIds, bool version2, ref string? type)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException(null, Problem.NotAnObject);
        }

        var f = new Fields(element, string.Empty);
        type = f.Req("$type", static (e, p) => Text(e, p));
        CourseEvent e = type switch
        {
            "course-started" => new CourseStarted(
                f.Req("occurredOn", Date), f.Req("courseId", Course), f.Req("client", Client), f.Req("protocolId", static (e, p) => Text(e, p)), f.Req("contractedSessions", Int))
            {
                AgeAtStart = f.OptValue("ageAtStart", Int),
            },
            "session-recorded" => new SessionRecorded(
                f.Req("occurredOn", Date), f.Req("number", Int), f.Req("attendance", Enum<Attendance>), f.Req("modality", Enum<SessionModality>),
                f.Req("participants", Enum<SessionParticipants>), f.Opt("note", Note)),
            "task-completed" => new TaskCompleted(f.Req("occurredOn", Date), f.Req("task", Enum<TherapyTask>)),
            "phase-begun" => new PhaseBegun(f.Req("occurredOn", Date), f.Req("phase", Enum<PhaseKind>)),
            "contract-extended" => new ContractExtended(f.Req("occurredOn", Date), f.Req("contractedSessions", Int)),
            "course-completed" => new CourseCompleted(f.Req("occurredOn", Date)),
            "course-discontinued" => new CourseDiscontinued(f.Req("occurredOn", Date), f.Req("reason", Enum<DiscontinuationReason>), f.Opt("note", Note)),
            "continuation-decided" => new ContinuationDecided(f.Req("occurredOn", Date), f.Req("decision", Enum<ContinuationDecision>)),
            "inventory-completed" => new InventoryCompleted(f.Req("occurredOn", Date), f.Req("inventory", Inventory)),
            "formulation-agreed" => new FormulationAgreed(f.Req("occurredOn", Date), f.Req("formulation", Formulation)),
            "session-work-recorded" => new SessionWorkRecorded(
                f.Req("occurredOn", Date), f.Req("sessionNumber", Int), f.Req("focus", Enum<ProblemArea>),
                f.Req("techniques", static (e, p) => List(e, p, static (x, q) => Text(x, q))), f.Req("goals", static (e, p) => List(e, p, Goal))),
            "dispute-stage-changed" => new DisputeStageChanged(f.Req("occurredOn", Date), f.Req("stage", Enum<DisputeStage>)),
            "measure-recorded" => new MeasureRecorded(
                f.Req("occurredOn", Date), f.Req("instrumentCode", static (e, p) => Text(e, p)), f.Req("answers", static (e, p) => ImmutableArray.CreateRange(List(e, p, Int))),
                f.OptValue("sessionNumber", Int)) { EnteredOn = EnteredOnOf(ref f, version2) },
            "safety-concern-raised" => new SafetyConcernRaised(f.Req("occurredOn", Date), f.Req("concern", Int), f.Req("flagCode", static (e, p) => Text(e, p)))
            {
                EnteredOn = EnteredOnOf(ref f, version2),
            },
            "safety-action-recorded" => new SafetyActionRecorded(f.Req("occurredOn", Date), f.Req("concern", Int), f.Req("action", Enum<SafetyAction>), f.Opt("note", Note))
            {
                EnteredOn = EnteredOnOf(ref f, version2),
            },
            "social-rhythm-week-recorded" => new SocialRhythmWeekRecorded(
                f.Req("occurredOn", Date), f.Req("days", static (e, p) => ImmutableArray.CreateRange(List(e, p, SrmDayOf))), f.OptValue("targets", Targets), f.OptValue("sessionNumber", Int))
            {
                EnteredOn = EnteredOnOf(ref f, version2),
            },
            "entry-corrected" when version2 => new EntryCorrected(
                f.Req("occurredOn", Date), f.Req("entry", Int), f.Req("kind", Enum<CorrectionKind>), f.Req("reason", Enum<CorrectionReason>),
                f.Opt("amendment", AmendmentOf)),
            _ => throw new FieldException("$type", Problem.Invalid),
        };
        if (commandIds && f.Opt("commandId", CommandIdOf) is { } commandId)
        {
            e = e with { CommandId = commandId };
        }

        // A late entry's entry date is stored only when it is later than the date the event happened.
        if (e.EnteredOn is { } entered && entered <= e.OccurredOn)
        {
            throw new FieldException("enteredOn", Problem.Invalid);
        }

        f.Done();
        return e;
    }

    // Version 1 knew no late entries (nor corrections): an enteredOn in a version-1 event is an unknown field.
    private static DateOnly? EnteredOnOf(ref Fields f, bool version2) => version2 ? f.OptValue("enteredOn", Date) : null;

    // The amendment of a correction: an event of its own, without a command id; a fault inside it is named under "amendment".
    private static CourseEvent AmendmentOf(JsonElement element, string path)
    {
        string? type = null;
        try
        {
            return ReadEvent(element, commandIds: false, version2: true, ref type);
        }
        catch (FieldException ex)
        {
            throw new FieldException(ex.Field is null ? path : path + "." + ex.Field, ex.Problem == Problem.NotAnObject ? Problem.Invalid : ex.Problem);
        }
    }

    private static DomainError Error(int position, string? type, FieldException ex)
    {
        string pos = position.ToString(CultureInfo.InvariantCulture);
        string subject = "Event " + pos + (type is null ? string.Empty : " (" + type + ")");
        string message = ex.Problem switch
        {
            Problem.NotAnObject => subject + " is not a JSON object.",
            Problem.Missing => subject + " has no " + ex.Field + ".",
            Problem.Unknown => subject + " has an unknown or repeated field" + (ex.Field is null ? "." : " " + ex.Field + "."),
            _ => subject + " has an invalid " + ex.Field + ".",
        };
        return new DomainError(CourseErrors.HistoryEventInvalid, message) { Event = new EventLocation(position, type, ex.Field) };
    }

    private enum Problem
    {
        Missing,
        Invalid,
        Unknown,
        NotAnObject,
    }

    /// <summary>Why and where an event could not be read; caught by <see cref="Read"/> and returned as an error.</summary>
    private sealed class FieldException : Exception
    {
        public FieldException(string? field, Problem problem)
            : base("An event field could not be read.")
        {
            Field = field;
            Problem = problem;
        }

        public string? Field { get; }

        public Problem Problem { get; }
    }

    /// <summary>The fields of one JSON object: each read once by name, then <see cref="Done"/> checks that no other
    /// (unknown or repeated) field was present.</summary>
    private struct Fields
    {
        private readonly JsonElement _object;
        private readonly string _path;
        private readonly List<string> _asked;
        private int _matched;

        public Fields(JsonElement obj, string path)
        {
            if (obj.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException(path.Length == 0 ? null : path, Problem.Invalid);
            }

            _object = obj;
            _path = path;
            _asked = new List<string>(8);
            _matched = 0;
        }

        public T Req<T>(string name, Func<JsonElement, string, T> read)
        {
            _asked.Add(name);
            string path = Path(name);
            if (!_object.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                throw new FieldException(path, Problem.Missing);
            }

            _matched++;
            return Checked(value, path, read);
        }

        public T? Opt<T>(string name, Func<JsonElement, string, T> read)
            where T : class
        {
            _asked.Add(name);
            if (!_object.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            _matched++;
            return value.ValueKind == JsonValueKind.Null ? null : Checked(value, Path(name), read);
        }

        public T? OptValue<T>(string name, Func<JsonElement, string, T> read)
            where T : struct
        {
            _asked.Add(name);
            if (!_object.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }

            _matched++;
            return value.ValueKind == JsonValueKind.Null ? null : Checked(value, Path(name), read);
        }

        public readonly void Done()
        {
            int count = 0;
            foreach (JsonProperty p in _object.EnumerateObject())
            {
                count++;
            }

            if (count != _matched)
            {
                throw new FieldException(UnknownName(), Problem.Unknown);
            }
        }

        private readonly string Path(string name) => _path.Length == 0 ? name : _path + "." + name;

        // The unknown or repeated field, named only when it looks like a field name (a key could hold any text).
        private readonly string? UnknownName()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty p in _object.EnumerateObject())
            {
                if (!seen.Add(p.Name) || !IsReadBy(p.Name))
                {
                    // A key is named only when it is a field name of the schema: a key could hold any text.
                    return Array.IndexOf(SchemaFieldNames, p.Name) >= 0 ? Path(p.Name) : (_path.Length == 0 ? null : _path);
                }
            }

            return _path.Length == 0 ? null : _path;
        }

        private readonly bool IsReadBy(string name) => _asked.Contains(name);
    }

    // Every field name of the schema (any event or nested value), plus names a reader of an older or newer version may meet.
    private static readonly string[] SchemaFieldNames =
    [
        "$type", "occurredOn", "commandId", "courseId", "client", "protocolId", "contractedSessions", "number", "attendance", "modality",
        "participants", "note", "task", "phase", "reason", "decision", "inventory", "formulation", "sessionNumber", "focus", "techniques",
        "goals", "stage", "instrumentCode", "answers", "concern", "flagCode", "action", "days", "targets", "symptomOnset", "people", "events",
        "id", "label", "kind", "ring", "support", "conflict", "expectations", "satisfying", "unsatisfying", "changeAroundOnset",
        "isPastRelationship", "notes", "date", "person", "target", "foci", "agreedOn", "area", "detail", "goalCode", "progress", "deceased",
        "dateOfDeath", "type", "loss", "deceasedPerson", "otherParty", "otherPartyPerson", "otherPartyLabel", "nonReciprocalExpectations",
        "isCovert", "oldRole", "newRole", "domain", "isPositiveChange", "changedOn", "pattern", "priorFunctioning", "priorFunctioningNote",
        "diagnosedOn", "lostSelfDescription", "residentParent", "situation", "interpersonalPattern", "affect", "outOfBed",
        "firstContactWithAnotherPerson", "startedWorkHouseworkOrVolunteering", "dinner", "wentToBed", "completesTask", "ageAtStart",
        "communication", "assertion", "confrontation", "angerExpression", "socialRiskTaking", "difficultiesAndEpisode", "entry", "amendment",
        "enteredOn",
    ];

    // A value reader that turns a constructor's refusal (ArgumentException) into an invalid field.
    private static T Checked<T>(JsonElement value, string path, Func<JsonElement, string, T> read)
    {
        try
        {
            return read(value, path);
        }
        catch (ArgumentException)
        {
            throw new FieldException(path, Problem.Invalid);
        }
        catch (FormatException)
        {
            throw new FieldException(path, Problem.Invalid);
        }
    }

    private static string Text(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new FieldException(path, Problem.Invalid);

    private static int Int(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v) ? v : throw new FieldException(path, Problem.Invalid);

    private static bool Bool(JsonElement e, string path) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new FieldException(path, Problem.Invalid),
    };

    private static DateOnly Date(JsonElement e, string path) =>
        DateOnly.TryParseExact(Text(e, path), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new FieldException(path, Problem.Invalid);

    private static readonly string[] TimeFormats = ["HH':'mm':'ss", "HH':'mm':'ss'.'FFFFFFF"];

    private static TimeOnly Time(JsonElement e, string path) =>
        TimeOnly.TryParseExact(Text(e, path), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly t)
            ? t
            : throw new FieldException(path, Problem.Invalid);

    private static TEnum Enum<TEnum>(JsonElement e, string path)
        where TEnum : struct, System.Enum =>
        EnumCodes<TEnum>.TryParse(Text(e, path), out TEnum value) ? value : throw new FieldException(path, Problem.Invalid);

    private static List<T> List<T>(JsonElement e, string path, Func<JsonElement, string, T> read)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException(path, Problem.Invalid);
        }

        var list = new List<T>(e.GetArrayLength());
        int i = 0;
        foreach (JsonElement item in e.EnumerateArray())
        {
            string itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.ValueKind == JsonValueKind.Null)
            {
                throw new FieldException(itemPath, Problem.Missing);
            }

            list.Add(Checked(item, itemPath, read));
            i++;
        }

        return list;
    }

    private static CourseId Course(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.String && e.TryGetGuid(out Guid id) && id != Guid.Empty ? new CourseId(id) : throw new FieldException(path, Problem.Invalid);

    private static string CommandIdOf(JsonElement e, string path)
    {
        string id = Text(e, path);
        return Courses.CommandIds.IsValid(id) ? id : throw new FieldException(path, Problem.Invalid);
    }

    private static ClientRef Client(JsonElement e, string path) => ClientRef.From(Text(e, path));

    private static PrivateNote Note(JsonElement e, string path)
    {
        string text = Text(e, path);
        return string.IsNullOrWhiteSpace(text) || text.Length > PrivateNote.MaxLength ? throw new FieldException(path, Problem.Invalid) : PrivateNote.From(text);
    }

    private static PersonLabel Label(JsonElement e, string path) => PersonLabel.From(Text(e, path));

    private static PersonId Person(JsonElement e, string path) => PersonId.From(Int(e, path));

    private static GoalRating Goal(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var g = new GoalRating(f.Req("goalCode", static (x, p) => Text(x, p)), f.Req("progress", Enum<GoalProgress>));
        f.Done();
        return g;
    }

    private static InterpersonalInventory Inventory(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var inventory = new InterpersonalInventory(
            f.OptValue("symptomOnset", Date),
            f.Req("people", static (x, p) => List(x, p, InventoryPersonOf)),
            f.Req("events", static (x, p) => List(x, p, LifeEventOf)));
        f.Done();
        return inventory;
    }

    private static InventoryPerson InventoryPersonOf(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var person = new InventoryPerson
        {
            Id = f.Req("id", Person),
            Label = f.Req("label", Label),
            Kind = f.Req("kind", Enum<RelationshipKind>),
            Ring = f.Req("ring", static (x, p) => ClosenessRing.From(Int(x, p))),
            Support = f.Req("support", Enum<SupportLevel>),
            Conflict = f.Req("conflict", Enum<ConflictLevel>),
            Expectations = f.Req("expectations", Enum<MutualExpectations>),
            Satisfying = f.Req("satisfying", static (x, p) => List(x, p, Enum<RelationshipAspect>)),
            Unsatisfying = f.Req("unsatisfying", static (x, p) => List(x, p, Enum<RelationshipAspect>)),
            ChangeAroundOnset = f.Req("changeAroundOnset", Enum<OnsetChange>),
            IsPastRelationship = f.Req("isPastRelationship", Bool),
            Notes = f.Opt("notes", Note),
            Communication = f.OptValue("communication", Enum<CommunicationStyle>),
            Assertion = f.OptValue("assertion", Enum<InterpersonalCapacity>),
            Confrontation = f.OptValue("confrontation", Enum<InterpersonalCapacity>),
            AngerExpression = f.OptValue("angerExpression", Enum<InterpersonalCapacity>),
            SocialRiskTaking = f.OptValue("socialRiskTaking", Enum<InterpersonalCapacity>),
            DifficultiesAndEpisode = f.OptValue("difficultiesAndEpisode", Enum<EpisodeLink>),
        };
        f.Done();
        return person;
    }

    private static LifeEvent LifeEventOf(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var lifeEvent = new LifeEvent(f.Req("kind", Enum<LifeEventKind>), f.Req("date", Date))
        {
            Person = f.OptValue("person", Person),
            Note = f.Opt("note", Note),
        };
        f.Done();
        return lifeEvent;
    }

    private static InterpersonalFormulation Formulation(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var formulation = new InterpersonalFormulation(
            f.Req("target", Enum<TargetCondition>), f.Req("foci", static (x, p) => List(x, p, Focus)), f.OptValue("agreedOn", Date));
        f.Done();
        return formulation;
    }

    private static FormulationFocus Focus(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var focus = new FormulationFocus(f.Req("area", Enum<ProblemArea>), f.Req("detail", Detail));
        f.Done();
        return focus;
    }

    private static ProblemAreaFocus Detail(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        ProblemAreaFocus detail = f.Req("$type", static (x, p) => Text(x, p)) switch
        {
            "grief" => new GriefFocus(f.Req("deceased", Enum<RelationshipKind>), f.OptValue("dateOfDeath", Date), f.Req("type", Enum<GriefType>), f.Req("loss", Enum<LossKind>))
            {
                DeceasedPerson = f.OptValue("deceasedPerson", Person),
            },
            "role-dispute" => new RoleDisputeFocus(f.Req("otherParty", Enum<RelationshipKind>), f.Req("stage", Enum<DisputeStage>))
            {
                OtherPartyPerson = f.OptValue("otherPartyPerson", Person),
                OtherPartyLabel = f.Opt("otherPartyLabel", Label),
                NonReciprocalExpectations = f.Req("nonReciprocalExpectations", static (x, p) => List(x, p, Note)),
                IsCovert = f.Req("isCovert", Bool),
            },
            "role-transition" => new RoleTransitionFocus(f.Req("oldRole", Note), f.Req("newRole", Note), f.Req("domain", Enum<TransitionDomain>), f.Req("isPositiveChange", Bool))
            {
                ChangedOn = f.OptValue("changedOn", Date),
            },
            "interpersonal-deficits" => new InterpersonalDeficitsFocus(f.Req("pattern", Enum<IsolationPattern>), f.Req("priorFunctioning", Enum<PriorFunctioning>))
            {
                PriorFunctioningNote = f.Opt("priorFunctioningNote", Note),
            },
            "grief-for-lost-healthy-self" => new LostHealthySelfFocus(f.OptValue("diagnosedOn", Date))
            {
                LostSelfDescription = f.Opt("lostSelfDescription", Note),
            },
            "single-parent-family" => new SingleParentFamilyFocus(f.Req("residentParent", Enum<RelationshipKind>))
            {
                Situation = f.Opt("situation", Note),
            },
            "interpersonal-affective-focus" => new InterpersonalAffectiveFocusDetail(f.Req("interpersonalPattern", Note), f.Req("affect", Note)),
            _ => throw new FieldException(path + ".$type", Problem.Invalid),
        };
        f.Done();
        return detail;
    }

    private static SrmDay SrmDayOf(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var day = new SrmDay(
            f.OptValue("outOfBed", Time), f.OptValue("firstContactWithAnotherPerson", Time), f.OptValue("startedWorkHouseworkOrVolunteering", Time),
            f.OptValue("dinner", Time), f.OptValue("wentToBed", Time));
        f.Done();
        return day;
    }

    private static SrmTargetTimes Targets(JsonElement e, string path)
    {
        var f = new Fields(e, path);
        var targets = new SrmTargetTimes(
            f.Req("outOfBed", Time), f.Req("firstContactWithAnotherPerson", Time), f.Req("startedWorkHouseworkOrVolunteering", Time),
            f.Req("dinner", Time), f.Req("wentToBed", Time));
        f.Done();
        return targets;
    }
}

/// <summary>The kebab-case codes of an enum (<see cref="Codes.Of{TEnum}(TEnum)"/>), parsed exactly; a flags value is
/// its members' codes joined by ", ".</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumCodes<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Array.ConvertAll(Values, v => Codes.Of(v));
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

    public static bool TryParse(string text, out TEnum value)
    {
        int index = Array.IndexOf(Names, text);
        if (index >= 0)
        {
            value = Values[index];
            return true;
        }

        value = default;
        if (!IsFlags || text.Length == 0)
        {
            return false;
        }

        ulong bits = 0;
        foreach (string part in text.Split(", "))
        {
            int i = Array.IndexOf(Names, part);
            if (i < 0 || Convert.ToUInt64(Values[i], CultureInfo.InvariantCulture) == 0)
            {
                return false;
            }

            bits |= Convert.ToUInt64(Values[i], CultureInfo.InvariantCulture);
        }

        value = (TEnum)Enum.ToObject(typeof(TEnum), bits);
        return true;
    }
}
