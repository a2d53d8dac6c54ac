using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

/// <summary>The four kinds of therapist behaviour adherence measurement distinguishes (Waltz et al. 1993, as summarised
/// in [S126]). Adherence (did the therapist do what the manual prescribes and avoid what it proscribes) is rated apart
/// from competence (how well it was done), which this checklist does not rate.</summary>
public enum AdherenceCategory
{
    /// <summary>Essential to the therapy and unique to it (e.g. linking mood to the interpersonal focus).</summary>
    EssentialUnique = 0,

    /// <summary>Essential but shared with other therapies (e.g. encouragement of affect, clarification).</summary>
    EssentialShared = 1,

    /// <summary>Allowed, not required.</summary>
    Allowed = 2,

    /// <summary>Proscribed: counts against adherence whenever observed.</summary>
    Proscribed = 3,
}
