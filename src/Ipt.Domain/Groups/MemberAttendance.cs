using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>A member's attendance at one group session.</summary>
/// <param name="Client">The member.</param>
/// <param name="Attendance">Whether the member came.</param>
public sealed record MemberAttendance(ClientRef Client, Attendance Attendance);
