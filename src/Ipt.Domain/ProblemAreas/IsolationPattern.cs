using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Pattern of isolation seen in interpersonal deficits (clinical picture [S02]).</summary>
[Flags]
public enum IsolationPattern
{
    /// <summary>No pattern recorded.</summary>
    None = 0,

    /// <summary>Few social supports or attachments.</summary>
    FewAttachments = 1,

    /// <summary>Impaired social skills.</summary>
    ImpairedSocialSkills = 2,

    /// <summary>Discomfort in social situations.</summary>
    SocialDiscomfort = 4,

    /// <summary>Chronic isolation or loneliness.</summary>
    ChronicIsolation = 8,

    /// <summary>Relationships that are chronically unsatisfying.</summary>
    UnsatisfyingRelationships = 16,
}
