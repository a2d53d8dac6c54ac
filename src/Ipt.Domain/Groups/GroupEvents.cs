using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>Identifier of a therapy group.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct GroupId(Guid Value)
{
    /// <summary>A new random id.</summary>
    public static GroupId New() => new(Guid.NewGuid());

    /// <summary>The id in "D" format.</summary>
    public override string ToString() => Value.ToString("D");
}

/// <summary>A member's attendance at one group session.</summary>
/// <param name="Client">The member.</param>
/// <param name="Attendance">Whether the member came.</param>
public sealed record MemberAttendance(ClientRef Client, Attendance Attendance);

/// <summary>Group size and membership rules (brief §14.1, §14.2, C25).</summary>
/// <param name="MinimumMembers">Fewest members for the first group session.</param>
/// <param name="MaximumMembers">Most members.</param>
/// <param name="OpenForNewMembersThroughSession">New members may join until this many group sessions are held.</param>
public sealed record GroupRules(int MinimumMembers, int MaximumMembers, int OpenForNewMembersThroughSession)
{
    /// <summary>Validates the numbers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Minimum below 1, maximum below minimum, or a negative session count.</exception>
    public void Validate()
    {
        Guard.Against.LessThan(MinimumMembers, 1);
        Guard.Against.LessThan(MaximumMembers, MinimumMembers);
        Guard.Against.LessThan(OpenForNewMembersThroughSession, 0);
    }
}

/// <summary>Something a facilitator did to a group, in the past tense. Persist a group's events with
/// <c>Ipt.Domain.Serialization.GroupHistoryJson</c>; each has a stable JSON discriminator (<c>$type</c>).</summary>
/// <param name="OccurredOn">Date given with the command.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(GroupFormed), "group-formed")]
[JsonDerivedType(typeof(MemberJoined), "member-joined")]
[JsonDerivedType(typeof(GroupSessionRecorded), "group-session-recorded")]
public abstract record GroupEvent(DateOnly OccurredOn);

/// <summary>A group was formed on a protocol with size and membership rules.</summary>
/// <param name="OccurredOn">Date.</param>
/// <param name="GroupId">The group.</param>
/// <param name="ProtocolId">The protocol every member course follows.</param>
/// <param name="Rules">Size and membership rules.</param>
public sealed record GroupFormed(DateOnly OccurredOn, GroupId GroupId, string ProtocolId, GroupRules Rules) : GroupEvent(OccurredOn);

/// <summary>A client joined with their own course.</summary>
/// <param name="OccurredOn">Date.</param>
/// <param name="Client">The member.</param>
/// <param name="CourseId">The member's course.</param>
public sealed record MemberJoined(DateOnly OccurredOn, ClientRef Client, CourseId CourseId) : GroupEvent(OccurredOn);

/// <summary>A group session was held; each active member's attendance was recorded on their own course.</summary>
/// <param name="OccurredOn">Date.</param>
/// <param name="Number">Group session number, 1-based.</param>
/// <param name="Modality">In person or remote.</param>
/// <param name="Attendance">Each active member's attendance.</param>
public sealed record GroupSessionRecorded(DateOnly OccurredOn, int Number, SessionModality Modality, IReadOnlyList<MemberAttendance> Attendance)
    : GroupEvent(OccurredOn)
{
    /// <inheritdoc />
    public bool Equals(GroupSessionRecorded? other) =>
        other is not null && OccurredOn == other.OccurredOn && Number == other.Number && Modality == other.Modality &&
        Attendance.SequenceEqual(other.Attendance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OccurredOn, Number, Modality, Attendance.Count);
}
