using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Ipt.Domain.Benchmarks;

// The JSON baseline of HistoryBenchmarks: plain mutable DTOs holding the same content as the 16-session course history
// (same property names, the same "$type" discriminators, dates as DateOnly, ids as Guid, codes as strings), read and
// written by System.Text.Json's source generator with no custom converter, no validation and no strictness. What a
// developer would get from the serializer alone; the library's round trip is compared with it.

/// <summary>The history document.</summary>
public sealed class PlainHistory
{
    /// <summary>The schema version.</summary>
    public int SchemaVersion { get; set; }

    /// <summary>The events.</summary>
    public List<PlainEvent> Events { get; set; } = [];
}

/// <summary>An event: its date, optional command id.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(PlainCourseStarted), "course-started")]
[JsonDerivedType(typeof(PlainSessionRecorded), "session-recorded")]
[JsonDerivedType(typeof(PlainTaskCompleted), "task-completed")]
[JsonDerivedType(typeof(PlainPhaseBegun), "phase-begun")]
[JsonDerivedType(typeof(PlainCourseCompleted), "course-completed")]
[JsonDerivedType(typeof(PlainContinuationDecided), "continuation-decided")]
[JsonDerivedType(typeof(PlainInventoryCompleted), "inventory-completed")]
[JsonDerivedType(typeof(PlainFormulationAgreed), "formulation-agreed")]
public abstract class PlainEvent
{
    /// <summary>The clinical date.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The command id, if any.</summary>
    public string? CommandId { get; set; }
}

/// <summary>course-started.</summary>
public sealed class PlainCourseStarted : PlainEvent
{
    /// <summary>Course id.</summary>
    public Guid CourseId { get; set; }

    /// <summary>Client reference.</summary>
    public string Client { get; set; } = "";

    /// <summary>Protocol id.</summary>
    public string ProtocolId { get; set; } = "";

    /// <summary>Contracted sessions.</summary>
    public int ContractedSessions { get; set; }
}

/// <summary>session-recorded.</summary>
public sealed class PlainSessionRecorded : PlainEvent
{
    /// <summary>Session number.</summary>
    public int Number { get; set; }

    /// <summary>Attendance code.</summary>
    public string Attendance { get; set; } = "";

    /// <summary>Modality code.</summary>
    public string Modality { get; set; } = "";

    /// <summary>Participants code.</summary>
    public string Participants { get; set; } = "";

    /// <summary>The note.</summary>
    public string? Note { get; set; }
}

/// <summary>task-completed.</summary>
public sealed class PlainTaskCompleted : PlainEvent
{
    /// <summary>Task code.</summary>
    public string Task { get; set; } = "";
}

/// <summary>phase-begun.</summary>
public sealed class PlainPhaseBegun : PlainEvent
{
    /// <summary>Phase code.</summary>
    public string Phase { get; set; } = "";
}

/// <summary>course-completed.</summary>
public sealed class PlainCourseCompleted : PlainEvent;

/// <summary>continuation-decided.</summary>
public sealed class PlainContinuationDecided : PlainEvent
{
    /// <summary>Decision code.</summary>
    public string Decision { get; set; } = "";
}

/// <summary>inventory-completed.</summary>
public sealed class PlainInventoryCompleted : PlainEvent
{
    /// <summary>The inventory.</summary>
    public PlainInventory Inventory { get; set; } = new();
}

/// <summary>The inventory.</summary>
public sealed class PlainInventory
{
    /// <summary>Onset.</summary>
    public DateOnly? SymptomOnset { get; set; }

    /// <summary>People.</summary>
    public List<PlainPerson> People { get; set; } = [];

    /// <summary>Life events.</summary>
    public List<PlainLifeEvent> Events { get; set; } = [];
}

/// <summary>A person of the inventory.</summary>
public sealed class PlainPerson
{
    /// <summary>Id.</summary>
    public int Id { get; set; }

    /// <summary>Label.</summary>
    public string Label { get; set; } = "";

    /// <summary>Kind code.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Ring.</summary>
    public int Ring { get; set; }

    /// <summary>Support code.</summary>
    public string Support { get; set; } = "";

    /// <summary>Conflict code.</summary>
    public string Conflict { get; set; } = "";

    /// <summary>Expectations code.</summary>
    public string Expectations { get; set; } = "";

    /// <summary>Satisfying aspects.</summary>
    public List<string> Satisfying { get; set; } = [];

    /// <summary>Unsatisfying aspects.</summary>
    public List<string> Unsatisfying { get; set; } = [];

    /// <summary>Change code.</summary>
    public string ChangeAroundOnset { get; set; } = "";

    /// <summary>Past relationship.</summary>
    public bool IsPastRelationship { get; set; }
}

/// <summary>A life event.</summary>
public sealed class PlainLifeEvent
{
    /// <summary>Date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Kind code.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Person id.</summary>
    public int? Person { get; set; }
}

/// <summary>formulation-agreed.</summary>
public sealed class PlainFormulationAgreed : PlainEvent
{
    /// <summary>The formulation.</summary>
    public PlainFormulation Formulation { get; set; } = new();
}

/// <summary>The formulation.</summary>
public sealed class PlainFormulation
{
    /// <summary>Target code.</summary>
    public string Target { get; set; } = "";

    /// <summary>Foci.</summary>
    public List<PlainFocus> Foci { get; set; } = [];

    /// <summary>Agreed on.</summary>
    public DateOnly? AgreedOn { get; set; }
}

/// <summary>A focus.</summary>
public sealed class PlainFocus
{
    /// <summary>Area code.</summary>
    public string Area { get; set; } = "";

    /// <summary>Detail.</summary>
    public PlainDetail Detail { get; set; } = null!;
}

/// <summary>A focus detail.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(PlainRoleDispute), "role-dispute")]
public abstract class PlainDetail;

/// <summary>role-dispute detail.</summary>
public sealed class PlainRoleDispute : PlainDetail
{
    /// <summary>Other party code.</summary>
    public string OtherParty { get; set; } = "";

    /// <summary>Stage code.</summary>
    public string Stage { get; set; } = "";

    /// <summary>Other party's person id.</summary>
    public int? OtherPartyPerson { get; set; }

    /// <summary>Expectations.</summary>
    public List<string> NonReciprocalExpectations { get; set; } = [];

    /// <summary>Covert.</summary>
    public bool IsCovert { get; set; }
}

/// <summary>Source-generated metadata and fast-path writers for the plain DTOs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainHistory))]
public sealed partial class PlainHistoryContext : JsonSerializerContext;
