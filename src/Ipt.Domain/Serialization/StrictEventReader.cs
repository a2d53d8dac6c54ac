using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
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
/// Reads course events from UTF-8 JSON, strictly and in any key order: every field an event's meaning needs must be
/// present and not null, every field must be of its JSON kind and hold a defined value, and no unknown or repeated
/// field may appear. Nothing missing is filled with a default. The same code runs on every target framework (it
/// depends on no serializer option that differs between them). Errors name the event's position, type and field.
/// </summary>
/// <remarks>
/// Streaming over <see cref="Utf8JsonReader"/>: each object's keys are indexed once (name and value offset, in a
/// buffer shared by the whole document), then each field is read by name from its offset, so any key order reads and
/// nothing is materialised but the event itself. The input must already be known to be well-formed JSON
/// (<see cref="HistoryDocumentReader"/> checks that first).
/// </remarks>
internal static class StrictEventReader
{
    /// <summary>Reads one event: <paramref name="reader"/> stands on the event's first token, its offsets count from
    /// the start of <paramref name="json"/>; it is left on the event's last token. Never throws for bad content, only
    /// <see cref="JsonException"/> for JSON that is not well-formed (the caller's to report).</summary>
    public static Result<CourseEvent> Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, int position, bool commandIds, Scratch scratch)
    {
        scratch.Top = 0;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return Error(position, null, new FieldException(null, Problem.NotAnObject));
        }

        var f = new Fields(ref reader, json, scratch);
        string? type = null;
        try
        {
            return ReadEvent(ref f, commandIds, commandIds, ref type);
        }
        catch (FieldException ex)
        {
            string? known = type is not null && CourseEventTypes.TryFind(type, out _) ? type : null;
            return Error(position, known, ex);
        }
    }

    private static CourseEvent ReadEvent(ref Fields f, bool commandIds, bool version2, ref string? type)
    {
        type = f.Req("$type", static (ref Value x) => Text(ref x));
        CourseEvent e = type switch
        {
            "course-started" => new CourseStarted(
                f.Req("occurredOn", Date), f.Req("courseId", Course), f.Req("client", Client), f.Req("protocolId", static (ref Value x) => Text(ref x)), f.Req("contractedSessions", Int))
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
                f.Req("techniques", static (ref Value x) => List(ref x, static (ref Value x) => Text(ref x))), f.Req("goals", static (ref Value x) => List(ref x, Goal))),
            "dispute-stage-changed" => new DisputeStageChanged(f.Req("occurredOn", Date), f.Req("stage", Enum<DisputeStage>)),
            "measure-recorded" => new MeasureRecorded(
                f.Req("occurredOn", Date), f.Req("instrumentCode", static (ref Value x) => Text(ref x)), f.Req("answers", static (ref Value x) => Ints(ref x)),
                f.OptValue("sessionNumber", Int)) { EnteredOn = EnteredOnOf(ref f, version2) },
            "safety-concern-raised" => new SafetyConcernRaised(f.Req("occurredOn", Date), f.Req("concern", Int), f.Req("flagCode", static (ref Value x) => Text(ref x)))
            {
                EnteredOn = EnteredOnOf(ref f, version2),
            },
            "safety-action-recorded" => new SafetyActionRecorded(f.Req("occurredOn", Date), f.Req("concern", Int), f.Req("action", Enum<SafetyAction>), f.Opt("note", Note))
            {
                EnteredOn = EnteredOnOf(ref f, version2),
            },
            "social-rhythm-week-recorded" => new SocialRhythmWeekRecorded(
                f.Req("occurredOn", Date), f.Req("days", static (ref Value x) => ImmutableArray.CreateRange(List(ref x, SrmDayOf))), f.OptValue("targets", Targets), f.OptValue("sessionNumber", Int))
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
    private static CourseEvent AmendmentOf(ref Value v)
    {
        var f = new Fields(ref v);
        string? type = null;
        return ReadEvent(ref f, commandIds: false, version2: true, ref type);
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

    /// <summary>Reads one value: <paramref name="v"/>'s reader stands on the value's first token.</summary>
    private delegate T ValueReader<T>(ref Value v);

    /// <summary>Where a value is: the path of the object or array holding it, and its field name or item index. The
    /// full path is built only when needed (an error, or a nested object's own fields).</summary>
    internal readonly struct Loc
    {
        private readonly string? _parent;
        private readonly string? _name;
        private readonly int _index;

        public Loc(string parent, string name)
        {
            _parent = parent;
            _name = name;
            _index = -1;
        }

        public Loc(string parent, int index)
        {
            _parent = parent;
            _name = null;
            _index = index;
        }

        public string Full => _name is not null
            ? (_parent!.Length == 0 ? _name : _parent + "." + _name)
            : _parent is null ? string.Empty : _parent + "[" + _index.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>A value to read: a reader standing on its first token, the bytes that reader's offsets count from,
    /// the document's shared key buffer and the value's location.</summary>
    private ref struct Value
    {
        public Utf8JsonReader Reader;
        public readonly ReadOnlySpan<byte> Json;
        public readonly Scratch Scratch;
        public readonly Loc Loc;

        public Value(ReadOnlySpan<byte> json, Scratch scratch, Loc loc)
        {
            Json = json;
            Scratch = scratch;
            Loc = loc;
            Reader = new Utf8JsonReader(json);
        }

        public readonly FieldException Invalid() => new(Loc.Full, Problem.Invalid);
    }

    /// <summary>The keys of the objects being read (an object and the objects nested in it), shared by one
    /// document's events so that indexing a key allocates nothing.</summary>
    internal sealed class Scratch : IDisposable
    {
        public Entry[] Entries = ArrayPool<Entry>.Shared.Rent(32);
        public int Top;

        public int Push(in Entry entry)
        {
            if (Top == Entries.Length)
            {
                Entry[] larger = ArrayPool<Entry>.Shared.Rent(Entries.Length * 2);
                Entries.AsSpan(0, Top).CopyTo(larger);
                ArrayPool<Entry>.Shared.Return(Entries, clearArray: true);
                Entries = larger;
            }

            Entries[Top] = entry;
            return Top++;
        }

        public void Dispose()
        {
            Entry[] entries = Entries;
            Entries = [];
            if (entries.Length > 0)
            {
                ArrayPool<Entry>.Shared.Return(entries, clearArray: true);
            }
        }
    }

    /// <summary>One key of an object: where its name and value are, and whether a field read it.</summary>
    internal struct Entry
    {
        public int NameStart;
        public int NameLength;
        public string? EscapedName;
        public int ValueStart;
        public JsonTokenType ValueToken;
        public bool Read;

        public readonly bool Is(ReadOnlySpan<byte> json, string name)
        {
            if (EscapedName is not null)
            {
                return string.Equals(EscapedName, name, StringComparison.Ordinal);
            }

            if (NameLength != name.Length)
            {
                return false;
            }

            ReadOnlySpan<byte> bytes = json.Slice(NameStart, NameLength);
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != name[i])
                {
                    return false;
                }
            }

            return true;
        }

        public readonly string Name(ReadOnlySpan<byte> json) => EscapedName ?? Encoding.UTF8.GetString(json.Slice(NameStart, NameLength));
    }

    /// <summary>The fields of one JSON object: each read once by name, then <see cref="Done"/> checks that no other
    /// (unknown or repeated) field was present. A repeated key is looked up at its last occurrence.</summary>
    private ref struct Fields
    {
        private readonly ReadOnlySpan<byte> _json;
        private readonly Scratch _scratch;
        private readonly string _path;
        private readonly int _first;
        private readonly int _end;

        public Fields(ref Value v)
        {
            _path = v.Loc.Full;
            if (v.Reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FieldException(_path.Length == 0 ? null : _path, Problem.Invalid);
            }

            _json = v.Json.Slice((int)v.Reader.TokenStartIndex);
            _scratch = v.Scratch;
            _first = _scratch.Top;
            var r = new Utf8JsonReader(_json);
            r.Read();
            Index(ref r, _scratch);
            _end = _scratch.Top;
        }

        // An event's keys, indexed by the document's own reader as it passes over the event (the pass that also
        // checks that the event is well-formed JSON): the reader ends on the event's closing brace.
        public Fields(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, Scratch scratch)
        {
            _path = string.Empty;
            _json = json;
            _scratch = scratch;
            _first = scratch.Top;
            Index(ref reader, scratch);
            _end = scratch.Top;
        }

        private static void Index(ref Utf8JsonReader r, Scratch scratch)
        {
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var entry = new Entry
                {
                    NameStart = (int)r.TokenStartIndex + 1,
                    NameLength = r.ValueSpan.Length,
                    EscapedName = r.ValueIsEscaped ? r.GetString() : null,
                };
                r.Read();
                entry.ValueStart = (int)r.TokenStartIndex;
                entry.ValueToken = r.TokenType;
                r.Skip();
                scratch.Push(in entry);
            }
        }

        public readonly T Req<T>(string name, ValueReader<T> read)
        {
            int k = Find(name);
            if (k < 0 || _scratch.Entries[k].ValueToken == JsonTokenType.Null)
            {
                throw new FieldException(new Loc(_path, name).Full, Problem.Missing);
            }

            return ReadAt(k, name, read);
        }

        public readonly T? Opt<T>(string name, ValueReader<T> read)
            where T : class
        {
            int k = Find(name);
            if (k < 0)
            {
                return null;
            }

            if (_scratch.Entries[k].ValueToken == JsonTokenType.Null)
            {
                _scratch.Entries[k].Read = true;
                return null;
            }

            return ReadAt(k, name, read);
        }

        public readonly T? OptValue<T>(string name, ValueReader<T> read)
            where T : struct
        {
            int k = Find(name);
            if (k < 0)
            {
                return null;
            }

            if (_scratch.Entries[k].ValueToken == JsonTokenType.Null)
            {
                _scratch.Entries[k].Read = true;
                return null;
            }

            return ReadAt(k, name, read);
        }

        public readonly void Done()
        {
            for (int k = _first; k < _end; k++)
            {
                if (!_scratch.Entries[k].Read)
                {
                    throw new FieldException(UnknownName(), Problem.Unknown);
                }
            }

            _scratch.Top = _first;
        }

        private readonly int Find(string name)
        {
            Entry[] entries = _scratch.Entries;
            for (int k = _end - 1; k >= _first; k--)
            {
                if (entries[k].Is(_json, name))
                {
                    return k;
                }
            }

            return -1;
        }

        private readonly T ReadAt<T>(int k, string name, ValueReader<T> read)
        {
            _scratch.Entries[k].Read = true;
            var v = new Value(_json.Slice(_scratch.Entries[k].ValueStart), _scratch, new Loc(_path, name));
            v.Reader.Read();
            return Checked(ref v, read);
        }

        // The unknown or repeated field, named only when it looks like a field name (a key could hold any text).
        private readonly string? UnknownName()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int k = _first; k < _end; k++)
            {
                string name = _scratch.Entries[k].Name(_json);
                if (!seen.Add(name) || !_scratch.Entries[k].Read)
                {
                    // A key is named only when it is a field name of the schema: a key could hold any text.
                    return Array.IndexOf(SchemaFieldNames, name) >= 0 ? new Loc(_path, name).Full : (_path.Length == 0 ? null : _path);
                }
            }

            return _path.Length == 0 ? null : _path;
        }
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
    private static T Checked<T>(ref Value v, ValueReader<T> read)
    {
        try
        {
            return read(ref v);
        }
        catch (ArgumentException)
        {
            throw v.Invalid();
        }
        catch (FormatException)
        {
            throw v.Invalid();
        }
        catch (InvalidOperationException)
        {
            // Text that is not valid UTF-8.
            throw v.Invalid();
        }
    }

    private static string Text(ref Value v) =>
        v.Reader.TokenType == JsonTokenType.String ? v.Reader.GetString()! : throw v.Invalid();

    private static int Int(ref Value v) =>
        v.Reader.TokenType == JsonTokenType.Number && v.Reader.TryGetInt32(out int n) ? n : throw v.Invalid();

    private static bool Bool(ref Value v) => v.Reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw v.Invalid(),
    };

    private static DateOnly Date(ref Value v)
    {
        if (v.Reader.TokenType == JsonTokenType.String && !v.Reader.ValueIsEscaped && TryIsoDate(v.Reader.ValueSpan, out DateOnly date))
        {
            return date;
        }

        return DateOnly.TryParseExact(Text(ref v), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw v.Invalid();
    }

    // The common case of "yyyy-MM-dd" read from the bytes: exactly ten ASCII characters, a valid date. Anything else
    // (including what this would refuse) goes to DateOnly.TryParseExact, so what is accepted and how is unchanged.
    private static bool TryIsoDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            int digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static readonly string[] TimeFormats = ["HH':'mm':'ss", "HH':'mm':'ss'.'FFFFFFF"];

    private static TimeOnly Time(ref Value v) =>
        TimeOnly.TryParseExact(Text(ref v), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly t)
            ? t
            : throw v.Invalid();

    private static TEnum Enum<TEnum>(ref Value v)
        where TEnum : struct, System.Enum =>
        v.Reader.TokenType == JsonTokenType.String && EnumCodes<TEnum>.TryParse(ref v.Reader, out TEnum value) ? value : throw v.Invalid();

    private static List<T> List<T>(ref Value v, ValueReader<T> read)
    {
        if (v.Reader.TokenType != JsonTokenType.StartArray)
        {
            throw v.Invalid();
        }

        string path = v.Loc.Full;
        var list = new List<T>();
        int i = 0;
        while (v.Reader.Read() && v.Reader.TokenType != JsonTokenType.EndArray)
        {
            var item = new Value(v.Json, v.Scratch, new Loc(path, i)) { Reader = v.Reader };
            if (item.Reader.TokenType == JsonTokenType.Null)
            {
                throw new FieldException(item.Loc.Full, Problem.Missing);
            }

            list.Add(Checked(ref item, read));
            v.Reader.Skip();
            i++;
        }

        return list;
    }

    // Instrument answers: item scores, none null.
    private static ImmutableArray<int> Ints(ref Value v)
    {
        if (v.Reader.TokenType != JsonTokenType.StartArray)
        {
            throw v.Invalid();
        }

        ImmutableArray<int>.Builder answers = ImmutableArray.CreateBuilder<int>(32);
        int i = 0;
        while (v.Reader.Read() && v.Reader.TokenType != JsonTokenType.EndArray)
        {
            var item = new Value(v.Json, v.Scratch, new Loc(v.Loc.Full, i)) { Reader = v.Reader };
            if (item.Reader.TokenType == JsonTokenType.Null)
            {
                throw new FieldException(item.Loc.Full, Problem.Missing);
            }

            answers.Add(Int(ref item));
            i++;
        }

        return answers.ToImmutable();
    }

    private static CourseId Course(ref Value v) =>
        v.Reader.TokenType == JsonTokenType.String && v.Reader.TryGetGuid(out Guid id) && id != Guid.Empty ? new CourseId(id) : throw v.Invalid();

    private static string CommandIdOf(ref Value v)
    {
        string id = Text(ref v);
        return Courses.CommandIds.IsValid(id) ? id : throw v.Invalid();
    }

    private static ClientRef Client(ref Value v) => ClientRef.From(Text(ref v));

    private static PrivateNote Note(ref Value v)
    {
        string text = Text(ref v);
        return string.IsNullOrWhiteSpace(text) || text.Length > PrivateNote.MaxLength ? throw v.Invalid() : PrivateNote.From(text);
    }

    private static PersonLabel Label(ref Value v) => PersonLabel.From(Text(ref v));

    private static PersonId Person(ref Value v) => PersonId.From(Int(ref v));

    private static GoalRating Goal(ref Value v)
    {
        var f = new Fields(ref v);
        var g = new GoalRating(f.Req("goalCode", static (ref Value x) => Text(ref x)), f.Req("progress", Enum<GoalProgress>));
        f.Done();
        return g;
    }

    private static InterpersonalInventory Inventory(ref Value v)
    {
        var f = new Fields(ref v);
        var inventory = new InterpersonalInventory(
            f.OptValue("symptomOnset", Date),
            f.Req("people", static (ref Value x) => List(ref x, InventoryPersonOf)),
            f.Req("events", static (ref Value x) => List(ref x, LifeEventOf)));
        f.Done();
        return inventory;
    }

    private static InventoryPerson InventoryPersonOf(ref Value v)
    {
        var f = new Fields(ref v);
        var person = new InventoryPerson
        {
            Id = f.Req("id", Person),
            Label = f.Req("label", Label),
            Kind = f.Req("kind", Enum<RelationshipKind>),
            Ring = f.Req("ring", static (ref Value x) => ClosenessRing.From(Int(ref x))),
            Support = f.Req("support", Enum<SupportLevel>),
            Conflict = f.Req("conflict", Enum<ConflictLevel>),
            Expectations = f.Req("expectations", Enum<MutualExpectations>),
            Satisfying = f.Req("satisfying", static (ref Value x) => List(ref x, Enum<RelationshipAspect>)),
            Unsatisfying = f.Req("unsatisfying", static (ref Value x) => List(ref x, Enum<RelationshipAspect>)),
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

    private static LifeEvent LifeEventOf(ref Value v)
    {
        var f = new Fields(ref v);
        var lifeEvent = new LifeEvent(f.Req("kind", Enum<LifeEventKind>), f.Req("date", Date))
        {
            Person = f.OptValue("person", Person),
            Note = f.Opt("note", Note),
        };
        f.Done();
        return lifeEvent;
    }

    private static InterpersonalFormulation Formulation(ref Value v)
    {
        var f = new Fields(ref v);
        var formulation = new InterpersonalFormulation(
            f.Req("target", Enum<TargetCondition>), f.Req("foci", static (ref Value x) => List(ref x, Focus)), f.OptValue("agreedOn", Date));
        f.Done();
        return formulation;
    }

    private static FormulationFocus Focus(ref Value v)
    {
        var f = new Fields(ref v);
        var focus = new FormulationFocus(f.Req("area", Enum<ProblemArea>), f.Req("detail", Detail));
        f.Done();
        return focus;
    }

    private static ProblemAreaFocus Detail(ref Value v)
    {
        var f = new Fields(ref v);
        ProblemAreaFocus detail = f.Req("$type", static (ref Value x) => Text(ref x)) switch
        {
            "grief" => new GriefFocus(f.Req("deceased", Enum<RelationshipKind>), f.OptValue("dateOfDeath", Date), f.Req("type", Enum<GriefType>), f.Req("loss", Enum<LossKind>))
            {
                DeceasedPerson = f.OptValue("deceasedPerson", Person),
            },
            "role-dispute" => new RoleDisputeFocus(f.Req("otherParty", Enum<RelationshipKind>), f.Req("stage", Enum<DisputeStage>))
            {
                OtherPartyPerson = f.OptValue("otherPartyPerson", Person),
                OtherPartyLabel = f.Opt("otherPartyLabel", Label),
                NonReciprocalExpectations = f.Req("nonReciprocalExpectations", static (ref Value x) => List(ref x, Note)),
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
            _ => throw new FieldException(v.Loc.Full + ".$type", Problem.Invalid),
        };
        f.Done();
        return detail;
    }

    private static SrmDay SrmDayOf(ref Value v)
    {
        var f = new Fields(ref v);
        var day = new SrmDay(
            f.OptValue("outOfBed", Time), f.OptValue("firstContactWithAnotherPerson", Time), f.OptValue("startedWorkHouseworkOrVolunteering", Time),
            f.OptValue("dinner", Time), f.OptValue("wentToBed", Time));
        f.Done();
        return day;
    }

    private static SrmTargetTimes Targets(ref Value v)
    {
        var f = new Fields(ref v);
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
    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, n => Encoding.UTF8.GetBytes(n));

    /// <summary>Parses the string token <paramref name="reader"/> stands on, comparing its text with the codes
    /// without materialising it (a flags value falls back to <see cref="TryParse(string, out TEnum)"/>).</summary>
    public static bool TryParse(ref Utf8JsonReader reader, out TEnum value)
    {
        byte[][] names = Utf8Names;
        for (int i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return IsFlags && TryParse(reader.GetString()!, out value);
    }

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
