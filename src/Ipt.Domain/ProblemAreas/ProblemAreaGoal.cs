using Ipt.Domain.Primitives;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>A goal of the work on one problem area.</summary>
/// <param name="Code">Stable code, unique within the area, e.g. <c>grief.facilitate-mourning</c>.</param>
/// <param name="Text">The goal in plain words.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the goal is supported by the sources.</param>
public sealed record ProblemAreaGoal(string Code, string Text, string Sources, EvidenceStatus Status);
