using System;
using System.Linq;
using System.Text.Json.Serialization;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>Something a facilitator did to a group, in the past tense. Persist a group's events with
/// <c>Ipt.Domain.Serialization.GroupHistoryJson</c>; each has a stable JSON discriminator (<c>$type</c>).</summary>
/// <param name="OccurredOn">Date given with the command.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(GroupFormed), "group-formed")]
[JsonDerivedType(typeof(MemberJoined), "member-joined")]
[JsonDerivedType(typeof(GroupSessionRecorded), "group-session-recorded")]
public abstract record GroupEvent(DateOnly OccurredOn);
