using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Techniques;

/// <summary>
/// The treatment phases a technique serves. Local to the catalogue: <see cref="Initial"/>, <see cref="Middle"/>
/// and <see cref="Termination"/> correspond to the phase kinds of the same names in the course model.
/// </summary>
[Flags]
public enum TechniquePhases
{
    /// <summary>No phase.</summary>
    None = 0,

    /// <summary>Initial phase.</summary>
    Initial = 1,

    /// <summary>Middle phase.</summary>
    Middle = 2,

    /// <summary>Termination phase.</summary>
    Termination = 4,

    /// <summary>All three phases.</summary>
    All = Initial | Middle | Termination,
}

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

/// <summary>One technique of the catalogue.</summary>
/// <param name="Id">Brief identifier, e.g. <c>TECH-CA</c> (IPT) or <c>MIT-IMAGERY</c>.</param>
/// <param name="Code">Stable lower-case code, e.g. <c>communication-analysis</c>.</param>
/// <param name="Name">Name as the manuals use it.</param>
/// <param name="Family">The therapy the technique belongs to.</param>
/// <param name="Category">Category.</param>
/// <param name="Purpose">What the technique does.</param>
/// <param name="Phases">Phases it serves.</param>
/// <param name="ProblemAreas">Problem areas it serves (empty for non-IPT techniques).</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the entry is supported.</param>
public sealed record Technique(
    string Id,
    string Code,
    string Name,
    TherapyFamily Family,
    TechniqueCategory Category,
    string Purpose,
    TechniquePhases Phases,
    IReadOnlyList<ProblemArea> ProblemAreas,
    string Sources,
    EvidenceStatus Status)
{
    /// <summary>A note on the entry (why it is outside IPT, disputed status), or null.</summary>
    public string? Note { get; init; }

    /// <summary>True when the technique serves <paramref name="area"/>.</summary>
    /// <param name="area">A problem area.</param>
    public bool Serves(ProblemArea area)
    {
        foreach (ProblemArea served in ProblemAreas)
        {
            if (served == area)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A behaviour IPT authors proscribe (brief §19 [S08]): an adherence rater counts it against fidelity.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Name.</param>
/// <param name="Sources">Brief source tags.</param>
public sealed record ProscribedBehaviour(string Code, string Name, string Sources);
