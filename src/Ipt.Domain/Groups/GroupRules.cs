using System;
using System.Linq;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Groups;

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
