using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>An allowed move between dispute stages.</summary>
/// <param name="From">Stage before the move.</param>
/// <param name="To">Stage after the move.</param>
/// <param name="Meaning">What the move means clinically (also the diagram label).</param>
public sealed record DisputeStageEdge(DisputeStage From, DisputeStage To, string Meaning);
