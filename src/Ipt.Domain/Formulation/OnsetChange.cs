using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>How a relationship changed around symptom onset [S08].</summary>
public enum OnsetChange
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>No change.</summary>
    NoChange = 1,

    /// <summary>The relationship began.</summary>
    Began = 2,

    /// <summary>The relationship ended (death, separation, moving away).</summary>
    Ended = 3,

    /// <summary>The relationship got worse.</summary>
    Worsened = 4,

    /// <summary>The relationship got better.</summary>
    Improved = 5,
}
