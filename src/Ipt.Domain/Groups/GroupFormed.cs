using System;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>A group was formed on a protocol with size and membership rules.</summary>
/// <param name="OccurredOn">Date.</param>
/// <param name="GroupId">The group.</param>
/// <param name="ProtocolId">The protocol every member course follows.</param>
/// <param name="Rules">Size and membership rules.</param>
public sealed record GroupFormed(DateOnly OccurredOn, GroupId GroupId, string ProtocolId, GroupRules Rules) : GroupEvent(OccurredOn);
