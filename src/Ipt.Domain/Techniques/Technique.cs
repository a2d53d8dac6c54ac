using System.Collections.Generic;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Techniques;

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
