using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>Whether the difficulties in a relationship look like a cause or a consequence of the episode (brief §4.2:
/// "relationship difficulties that may be cause or consequence of the episode" [S05]).</summary>
public enum EpisodeLink
{
    /// <summary>The difficulty came first and may have contributed to the episode.</summary>
    Cause = 0,

    /// <summary>The difficulty followed the episode (e.g. withdrawal or irritability while depressed).</summary>
    Consequence = 1,

    /// <summary>Both: each maintains the other.</summary>
    Both = 2,

    /// <summary>Assessed, and it is not yet clear which.</summary>
    Unclear = 3,
}
