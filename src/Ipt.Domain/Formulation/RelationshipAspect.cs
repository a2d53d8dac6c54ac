using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>A coded aspect of a relationship, recorded as satisfying or unsatisfying [S05][S08].</summary>
public enum RelationshipAspect
{
    /// <summary>Confiding, emotional closeness.</summary>
    Confiding = 0,

    /// <summary>Emotional support.</summary>
    EmotionalSupport = 1,

    /// <summary>Practical help.</summary>
    PracticalSupport = 2,

    /// <summary>Companionship and shared activities.</summary>
    Companionship = 3,

    /// <summary>Romantic or sexual intimacy.</summary>
    Intimacy = 4,

    /// <summary>How the two communicate.</summary>
    Communication = 5,

    /// <summary>Reliability, trust.</summary>
    Trust = 6,

    /// <summary>Respect, recognition.</summary>
    Respect = 7,

    /// <summary>Division of roles and responsibilities.</summary>
    Roles = 8,

    /// <summary>Anything else.</summary>
    Other = 9,
}
