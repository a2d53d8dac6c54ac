using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

/// <summary>What the facilitator knows of one prospective or current member for the composition check. No name: the
/// client reference is opaque, and gender is the clinic's own code (e.g. <c>f</c>, <c>m</c>, <c>x</c>).</summary>
/// <param name="Client">The member.</param>
/// <param name="AgeYears">Age in whole years, or null when not recorded.</param>
/// <param name="Gender">The clinic's gender code, or null when not recorded.</param>
public sealed record GroupMemberProfile(ClientRef Client, int? AgeYears, string? Gender);
