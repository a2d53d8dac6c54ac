using Ipt.Domain.Primitives;
using System.Collections.Generic;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>One task of the termination phase (brief §8).</summary>
/// <param name="Id">Brief id, e.g. <c>TERM-03</c>.</param>
/// <param name="Code">Stable lower-case code.</param>
/// <param name="Name">The task.</param>
/// <param name="Details">What it involves.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the task is supported.</param>
public sealed record TerminationTask(string Id, string Code, string Name, string Details, string Sources, EvidenceStatus Status);
