using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>The syndrome the formulation names (target diagnosis, brief §1 [S03][S06]).</summary>
public enum TargetCondition
{
    /// <summary>Major depressive episode (the original IPT target).</summary>
    MajorDepressiveEpisode = 0,

    /// <summary>Persistent depressive disorder (dysthymia).</summary>
    PersistentDepressiveDisorder = 1,

    /// <summary>Depression in pregnancy or after birth.</summary>
    PerinatalDepression = 2,

    /// <summary>Bipolar disorder (IPSRT, with medication).</summary>
    BipolarDisorder = 3,

    /// <summary>Bulimia nervosa.</summary>
    BulimiaNervosa = 4,

    /// <summary>Binge-eating disorder.</summary>
    BingeEatingDisorder = 5,

    /// <summary>Post-traumatic stress disorder.</summary>
    PosttraumaticStressDisorder = 6,

    /// <summary>Another syndrome named by the protocol.</summary>
    Other = 7,
}
