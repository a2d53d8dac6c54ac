using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Formulation;
using Ipt.Domain.Groups;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the library's persisted types (no reflection; trimming-safe).
/// Enums are written as their stable kebab-case codes; dates as ISO <c>yyyy-MM-dd</c>.
/// Use <see cref="CourseHistoryJson"/> and <see cref="GroupHistoryJson"/> rather than this context directly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CourseIdJsonConverter), typeof(ClientRefJsonConverter), typeof(PrivateNoteJsonConverter),
        typeof(KebabEnumConverter<Attendance>), typeof(KebabEnumConverter<SessionModality>),
        typeof(KebabEnumConverter<SessionParticipants>), typeof(KebabEnumConverter<PhaseKind>),
        typeof(KebabEnumConverter<TherapyTask>), typeof(KebabEnumConverter<DiscontinuationReason>),
        typeof(KebabEnumConverter<ContinuationDecision>),
        typeof(InterpersonalInventoryJsonConverter), typeof(InterpersonalFormulationJsonConverter),
        typeof(PersonLabelJsonConverter), typeof(PersonIdJsonConverter), typeof(ClosenessRingJsonConverter),
        typeof(KebabEnumConverter<TargetCondition>), typeof(KebabEnumConverter<ProblemArea>), typeof(KebabEnumConverter<RelationshipKind>),
        typeof(KebabEnumConverter<SupportLevel>), typeof(KebabEnumConverter<ConflictLevel>), typeof(KebabEnumConverter<MutualExpectations>),
        typeof(KebabEnumConverter<RelationshipAspect>), typeof(KebabEnumConverter<OnsetChange>), typeof(KebabEnumConverter<LifeEventKind>),
        typeof(KebabEnumConverter<GriefType>), typeof(KebabEnumConverter<LossKind>), typeof(KebabEnumConverter<DisputeStage>),
        typeof(KebabEnumConverter<TransitionDomain>), typeof(KebabEnumConverter<IsolationPattern>), typeof(KebabEnumConverter<PriorFunctioning>),
        typeof(KebabEnumConverter<GoalProgress>),
        typeof(KebabEnumConverter<CommunicationStyle>), typeof(KebabEnumConverter<InterpersonalCapacity>), typeof(KebabEnumConverter<EpisodeLink>),
        typeof(KebabEnumConverter<SafetyAction>),
        typeof(KebabEnumConverter<CorrectionKind>), typeof(KebabEnumConverter<CorrectionReason>),
        typeof(GroupIdJsonConverter),
    ])]
[JsonSerializable(typeof(CourseHistoryDocument))]
[JsonSerializable(typeof(CourseEvent))]
[JsonSerializable(typeof(List<CourseEvent>))]
[JsonSerializable(typeof(List<InventoryPerson>))]
[JsonSerializable(typeof(List<LifeEvent>))]
[JsonSerializable(typeof(List<FormulationFocus>))]
[JsonSerializable(typeof(TargetCondition))]
[JsonSerializable(typeof(DateOnly))]
[JsonSerializable(typeof(GroupHistoryDocument))]
[JsonSerializable(typeof(GroupEvent))]
internal sealed partial class IptJsonContext : JsonSerializerContext;
