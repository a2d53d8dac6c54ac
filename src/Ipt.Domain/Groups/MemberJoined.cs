using System;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>A client joined with their own course.</summary>
/// <param name="OccurredOn">Date.</param>
/// <param name="Client">The member.</param>
/// <param name="CourseId">The member's course.</param>
public sealed record MemberJoined(DateOnly OccurredOn, ClientRef Client, CourseId CourseId) : GroupEvent(OccurredOn);
