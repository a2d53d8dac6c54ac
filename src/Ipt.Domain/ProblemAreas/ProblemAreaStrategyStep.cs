using Ipt.Domain.Primitives;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>A strategy the manuals attach to a problem area (what the therapist works on).</summary>
/// <param name="Code">Stable code, unique within the area.</param>
/// <param name="Text">The strategy in plain words.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the strategy is supported by the sources.</param>
public sealed record ProblemAreaStrategyStep(string Code, string Text, string Sources, EvidenceStatus Status);
