using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Writes course events straight to a <see cref="Utf8JsonWriter"/>: the same bytes as the source-generated
/// <see cref="IptJsonContext"/> (field order, names, omitted nulls, codes, escaping), without its polymorphic dispatch
/// and metadata. The event envelopes are written here field by field; the nested clinical values (inventory,
/// formulation, session work, social rhythm days and targets) and every enum go through the context's own
/// converters, so their shape has one definition. A test compares this writer with the context for every event type
/// and generated courses: a field added to an event and not written here fails it.
/// </summary>
internal static class HistoryJsonWriter
{
    private static readonly JsonSerializerOptions Options = IptJsonContext.Default.Options;
    private static readonly JsonConverter<Attendance> AttendanceCodes = Converter<Attendance>();
    private static readonly JsonConverter<SessionModality> ModalityCodes = Converter<SessionModality>();
    private static readonly JsonConverter<SessionParticipants> ParticipantsCodes = Converter<SessionParticipants>();
    private static readonly JsonConverter<TherapyTask> TaskCodes = Converter<TherapyTask>();
    private static readonly JsonConverter<PhaseKind> PhaseCodes = Converter<PhaseKind>();
    private static readonly JsonConverter<DiscontinuationReason> DiscontinuationCodes = Converter<DiscontinuationReason>();
    private static readonly JsonConverter<ContinuationDecision> ContinuationCodes = Converter<ContinuationDecision>();
    private static readonly JsonConverter<ProblemArea> AreaCodes = Converter<ProblemArea>();
    private static readonly JsonConverter<DisputeStage> StageCodes = Converter<DisputeStage>();
    private static readonly JsonConverter<SafetyAction> ActionCodes = Converter<SafetyAction>();
    private static readonly JsonConverter<CorrectionKind> CorrectionKindCodes = Converter<CorrectionKind>();
    private static readonly JsonConverter<CorrectionReason> CorrectionReasonCodes = Converter<CorrectionReason>();
    private static readonly JsonConverter<InterpersonalInventory> InventoryConverter = Converter<InterpersonalInventory>();
    private static readonly JsonConverter<InterpersonalFormulation> FormulationConverter = Converter<InterpersonalFormulation>();
    private static readonly JsonTypeInfo<IReadOnlyList<string>> Techniques = TypeInfo<IReadOnlyList<string>>();
    private static readonly JsonTypeInfo<IReadOnlyList<GoalRating>> Goals = TypeInfo<IReadOnlyList<GoalRating>>();
    private static readonly JsonTypeInfo<ImmutableArray<SrmDay>> Days = TypeInfo<ImmutableArray<SrmDay>>();
    private static readonly JsonTypeInfo<SrmTargetTimes> Targets = TypeInfo<SrmTargetTimes>();

    /// <summary>The writer options the serializer would use with the context's options.</summary>
    public static JsonWriterOptions WriterOptions => new() { Encoder = Options.Encoder, Indented = false, SkipValidation = true };

    /// <summary>Writes <c>{"schemaVersion":N,"events":[...]}</c> to UTF-8 bytes.</summary>
    public static byte[] DocumentToUtf8(int schemaVersion, IReadOnlyList<CourseEvent> events)
    {
        var buffer = new PooledBuffer();
        try
        {
            WriteDocument(buffer, schemaVersion, events);
            return buffer.Written.ToArray();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Writes <c>{"schemaVersion":N,"events":[...]}</c> as a string.</summary>
    public static string DocumentToString(int schemaVersion, IReadOnlyList<CourseEvent> events)
    {
        var buffer = new PooledBuffer();
        try
        {
            WriteDocument(buffer, schemaVersion, events);
            return Encoding.UTF8.GetString(buffer.Written);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Writes one event to UTF-8 bytes.</summary>
    public static byte[] EventToUtf8(CourseEvent e)
    {
        var buffer = new PooledBuffer();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                Write(writer, e);
            }

            return buffer.Written.ToArray();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static void WriteDocument(PooledBuffer buffer, int schemaVersion, IReadOnlyList<CourseEvent> events)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion"u8, schemaVersion);
        writer.WritePropertyName("events"u8);
        writer.WriteStartArray();
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i] is { } e)
            {
                Write(writer, e);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one event: <c>$type</c> first, the event's own fields in declaration order, then the fields
    /// every event has (<c>occurredOn</c>, <c>commandId</c>, <c>enteredOn</c>); null values are left out.</summary>
    public static void Write(Utf8JsonWriter w, CourseEvent e)
    {
        w.WriteStartObject();
        switch (e)
        {
            case SessionRecorded s:
                w.WriteString("$type"u8, "session-recorded"u8);
                w.WriteNumber("number"u8, s.Number);
                Code(w, "attendance"u8, AttendanceCodes, s.Attendance);
                Code(w, "modality"u8, ModalityCodes, s.Modality);
                Code(w, "participants"u8, ParticipantsCodes, s.Participants);
                Note(w, "note"u8, s.Note);
                break;
            case TaskCompleted t:
                w.WriteString("$type"u8, "task-completed"u8);
                Code(w, "task"u8, TaskCodes, t.Task);
                break;
            case CourseStarted c:
                w.WriteString("$type"u8, "course-started"u8);
                w.WriteString("courseId"u8, c.CourseId.Value);
                w.WriteString("client"u8, c.Client.Value);
                w.WriteString("protocolId"u8, c.ProtocolId);
                w.WriteNumber("contractedSessions"u8, c.ContractedSessions);
                Number(w, "ageAtStart"u8, c.AgeAtStart);
                break;
            case PhaseBegun p:
                w.WriteString("$type"u8, "phase-begun"u8);
                Code(w, "phase"u8, PhaseCodes, p.Phase);
                break;
            case MeasureRecorded m:
                w.WriteString("$type"u8, "measure-recorded"u8);
                w.WriteString("instrumentCode"u8, m.InstrumentCode);
                w.WritePropertyName("answers"u8);
                w.WriteStartArray();
                foreach (int answer in m.Answers)
                {
                    w.WriteNumberValue(answer);
                }

                w.WriteEndArray();
                Number(w, "sessionNumber"u8, m.SessionNumber);
                break;
            case ContractExtended x:
                w.WriteString("$type"u8, "contract-extended"u8);
                w.WriteNumber("contractedSessions"u8, x.ContractedSessions);
                break;
            case CourseCompleted:
                w.WriteString("$type"u8, "course-completed"u8);
                break;
            case CourseDiscontinued d:
                w.WriteString("$type"u8, "course-discontinued"u8);
                Code(w, "reason"u8, DiscontinuationCodes, d.Reason);
                Note(w, "note"u8, d.Note);
                break;
            case ContinuationDecided c:
                w.WriteString("$type"u8, "continuation-decided"u8);
                Code(w, "decision"u8, ContinuationCodes, c.Decision);
                break;
            case InventoryCompleted i:
                w.WriteString("$type"u8, "inventory-completed"u8);
                w.WritePropertyName("inventory"u8);
                InventoryConverter.Write(w, i.Inventory, Options);
                break;
            case FormulationAgreed f:
                w.WriteString("$type"u8, "formulation-agreed"u8);
                w.WritePropertyName("formulation"u8);
                FormulationConverter.Write(w, f.Formulation, Options);
                break;
            case SessionWorkRecorded s:
                w.WriteString("$type"u8, "session-work-recorded"u8);
                w.WriteNumber("sessionNumber"u8, s.SessionNumber);
                Code(w, "focus"u8, AreaCodes, s.Focus);
                Value(w, "techniques"u8, s.Techniques, Techniques);
                Value(w, "goals"u8, s.Goals, Goals);
                break;
            case DisputeStageChanged d:
                w.WriteString("$type"u8, "dispute-stage-changed"u8);
                Code(w, "stage"u8, StageCodes, d.Stage);
                break;
            case SafetyConcernRaised c:
                w.WriteString("$type"u8, "safety-concern-raised"u8);
                w.WriteNumber("concern"u8, c.Concern);
                w.WriteString("flagCode"u8, c.FlagCode);
                break;
            case SafetyActionRecorded a:
                w.WriteString("$type"u8, "safety-action-recorded"u8);
                w.WriteNumber("concern"u8, a.Concern);
                Code(w, "action"u8, ActionCodes, a.Action);
                Note(w, "note"u8, a.Note);
                break;
            case SocialRhythmWeekRecorded s:
                w.WriteString("$type"u8, "social-rhythm-week-recorded"u8);
                w.WritePropertyName("days"u8);
                JsonSerializer.Serialize(w, s.Days, Days);
                if (s.Targets is { } targets)
                {
                    w.WritePropertyName("targets"u8);
                    JsonSerializer.Serialize(w, targets, Targets);
                }

                Number(w, "sessionNumber"u8, s.SessionNumber);
                break;
            case EntryCorrected c:
                w.WriteString("$type"u8, "entry-corrected"u8);
                w.WriteNumber("entry"u8, c.Entry);
                Code(w, "kind"u8, CorrectionKindCodes, c.Kind);
                Code(w, "reason"u8, CorrectionReasonCodes, c.Reason);
                if (c.Amendment is { } amendment)
                {
                    w.WritePropertyName("amendment"u8);
                    Write(w, amendment);
                }

                break;
            default:
                throw new NotSupportedException("The event type " + e.GetType().Name + " has no JSON form.");
        }

        Date(w, "occurredOn"u8, e.OccurredOn);
        if (e.CommandId is { } commandId)
        {
            w.WriteString("commandId"u8, commandId);
        }

        if (e.EnteredOn is { } enteredOn)
        {
            Date(w, "enteredOn"u8, enteredOn);
        }

        w.WriteEndObject();
    }

    private static void Code<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, JsonConverter<T> codes, T value)
        where T : struct, Enum
    {
        w.WritePropertyName(name);
        codes.Write(w, value, Options);
    }

    private static void Note(Utf8JsonWriter w, ReadOnlySpan<byte> name, PrivateNote? note)
    {
        if (note is not null)
        {
            w.WriteString(name, note.Text);
        }
    }

    private static void Number(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } n)
        {
            w.WriteNumber(name, n);
        }
    }

    // DateOnly as the serializer writes it: ISO 8601, "yyyy-MM-dd".
    private static void Date(Utf8JsonWriter w, ReadOnlySpan<byte> name, DateOnly date)
    {
        Span<byte> text = stackalloc byte[10];
        date.TryFormat(text, out int written, "O", CultureInfo.InvariantCulture);
        w.WriteString(name, text[..written]);
    }

    private static void Value<T>(Utf8JsonWriter w, ReadOnlySpan<byte> name, T value, JsonTypeInfo<T> typeInfo)
    {
        w.WritePropertyName(name);
        JsonSerializer.Serialize(w, value, typeInfo);
    }

    private static JsonConverter<T> Converter<T>() => (JsonConverter<T>)TypeInfo<T>().Converter;

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)IptJsonContext.Default.GetTypeInfo(typeof(T))!;

    /// <summary>A growing buffer rented from the shared pool, returned when disposed.</summary>
    private sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(8192);
        private int _written;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        public void Dispose()
        {
            byte[] buffer = _buffer;
            _buffer = [];
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void Ensure(int sizeHint)
        {
            int need = Math.Max(sizeHint, 256);
            if (_buffer.Length - _written >= need)
            {
                return;
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + need));
            _buffer.AsSpan(0, _written).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
