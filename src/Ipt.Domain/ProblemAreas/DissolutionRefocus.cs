using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// What the work becomes once a dispute reaches <see cref="DisputeStage.Dissolution"/>: help the patient
/// end the relationship and mourn or accept the loss so they can move on, treated like grief or a role
/// transition [S19][S21].
/// </summary>
/// <param name="RelatedAreas">Areas whose style of work applies (grief, role transition).</param>
/// <param name="Goals">The goals of the refocused work.</param>
public sealed record DissolutionRefocus(IReadOnlyList<ProblemArea> RelatedAreas, IReadOnlyList<ProblemAreaGoal> Goals);
