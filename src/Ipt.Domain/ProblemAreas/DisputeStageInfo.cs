using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>What a dispute stage looks like and what the therapist aims for in it.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="ObservableState">What the clinician sees.</param>
/// <param name="TherapeuticAim">What the work aims for.</param>
/// <param name="Sources">Brief source tags.</param>
public sealed record DisputeStageInfo(DisputeStage Stage, string ObservableState, string TherapeuticAim, string Sources);
