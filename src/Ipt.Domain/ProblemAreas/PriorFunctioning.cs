using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>How the patient related to others before the episode: needed to tell deficits from episode-driven withdrawal [S23].</summary>
public enum PriorFunctioning
{
    /// <summary>History of prior functioning not yet taken.</summary>
    NotAssessed = 0,

    /// <summary>Adequate relationships before the episode: withdrawal is probably caused by the episode, which is not "deficits" [S23].</summary>
    AdequateBeforeEpisode = 1,

    /// <summary>Limited relationships before the episode.</summary>
    LimitedBeforeEpisode = 2,

    /// <summary>Long-standing paucity of attachments.</summary>
    LongStandingIsolation = 3,
}
