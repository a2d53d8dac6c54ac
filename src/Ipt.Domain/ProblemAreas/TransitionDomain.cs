using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Life domain of a role transition (brief §4.4, §6.3 [S05][S16]).</summary>
public enum TransitionDomain
{
    /// <summary>Job change, job loss, promotion.</summary>
    Work = 0,

    /// <summary>Relationship status: marriage, separation, divorce.</summary>
    Relationship = 1,

    /// <summary>Illness, injury, disability diagnosis.</summary>
    Health = 2,

    /// <summary>Living situation, moving house.</summary>
    Housing = 3,

    /// <summary>Becoming a parent, children leaving home.</summary>
    Parenthood = 4,

    /// <summary>Socio-economic status.</summary>
    SocioEconomic = 5,

    /// <summary>Starting, changing or finishing school or study.</summary>
    Education = 6,

    /// <summary>Migration.</summary>
    Migration = 7,

    /// <summary>Retirement.</summary>
    Retirement = 8,

    /// <summary>Any other change of role.</summary>
    Other = 9,
}
