using System.Collections.Generic;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Techniques;

/// <summary>A behaviour IPT authors proscribe (brief §19 [S08]): an adherence rater counts it against fidelity.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Name">Name.</param>
/// <param name="Sources">Brief source tags.</param>
public sealed record ProscribedBehaviour(string Code, string Name, string Sources);
