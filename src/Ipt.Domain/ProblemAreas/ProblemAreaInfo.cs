using System.Collections.Frozen;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Vocabulary entry for one <see cref="ProblemArea"/>.</summary>
/// <param name="Area">The area.</param>
/// <param name="Code">Stable lower-case code, e.g. <c>role-dispute</c>; safe to persist.</param>
/// <param name="DisplayName">Name as clinicians and the manuals use it.</param>
/// <param name="BriefId">Identifier in the domain brief, e.g. <c>PA-DISPUTE</c>.</param>
/// <param name="Scope">Standard IPT, a variant's extra, or a related therapy.</param>
/// <param name="Aliases">Other names used for the same area by manuals, clinics or articles (C05).</param>
/// <param name="Sources">Brief source tags.</param>
public sealed record ProblemAreaInfo(
    ProblemArea Area,
    string Code,
    string DisplayName,
    string BriefId,
    ProblemAreaScope Scope,
    IReadOnlyList<string> Aliases,
    string Sources);
