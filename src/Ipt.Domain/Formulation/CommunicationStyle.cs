using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>How the patient communicates with a person (brief §4.2 "communication style" [S05][S06]). The element is
/// sourced; the vocabulary is the library's (product decision), following the communication failures communication
/// analysis looks for (TECH-CA [S10]).</summary>
public enum CommunicationStyle
{
    /// <summary>Says what they mean and need, clearly enough to be understood.</summary>
    Direct = 0,

    /// <summary>Indirect or ambiguous, often non-verbal; assumes they have communicated when they have not.</summary>
    Indirect = 1,

    /// <summary>Withdraws: silence, avoiding the subject or the person.</summary>
    Withdrawn = 2,

    /// <summary>Hostile, blaming or coercive.</summary>
    Hostile = 3,
}
