using System;
using System.Collections.ObjectModel;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>A member of a group: the client and their own course on the group's protocol.</summary>
/// <param name="Client">The client.</param>
/// <param name="Course">The member's own course: own focus, tasks, phases and measures.</param>
/// <param name="JoinedOn">Date the member joined.</param>
/// <param name="JoinedAfterSessions">Group sessions held before the member joined.</param>
public sealed record GroupMember(ClientRef Client, TreatmentCourse Course, DateOnly JoinedOn, int JoinedAfterSessions);
