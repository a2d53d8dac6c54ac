using System.Collections.Generic;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Techniques;

/// <summary>Category of a technique (brief §7 "Category" column; MIT and CBT categories from §16.2 and C08).</summary>
public enum TechniqueCategory
{
    /// <summary>Open or specific questioning.</summary>
    Exploratory = 0,

    /// <summary>Work with feelings.</summary>
    Affect = 1,

    /// <summary>Restating and contrasting to expose patterns.</summary>
    CognitiveReflective = 2,

    /// <summary>Analysis of communication.</summary>
    Communication = 3,

    /// <summary>Deciding on and rehearsing new behaviour.</summary>
    BehaviourChange = 4,

    /// <summary>Use of the therapeutic relationship.</summary>
    Relational = 5,

    /// <summary>Teaching about the illness and the treatment.</summary>
    Educational = 6,

    /// <summary>Session structure.</summary>
    Structural = 7,

    /// <summary>Symptom or mood monitoring.</summary>
    Monitoring = 8,

    /// <summary>Practice between sessions.</summary>
    BetweenSessionPractice = 9,

    /// <summary>Experiential work (imagery, chair work, body work, mindfulness) as in MIT.</summary>
    Experiential = 10,

    /// <summary>Direct work on thoughts, as in CBT.</summary>
    Cognitive = 11,
}
