using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>How often one fidelity finding code occurred over the cohort.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="Count">Occurrences over all reviewed courses.</param>
public sealed record FindingCount(string Code, int Count);
