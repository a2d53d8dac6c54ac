using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fidelity;

/// <summary>A rater's ticks for one session against the protocol's adherence checklist (adherence, not competence).</summary>
/// <param name="SessionNumber">The session (position in the course's session log, 1-based).</param>
/// <param name="Focus">The problem area worked on in the session, or null when none was agreed yet.</param>
/// <param name="Observed">Codes of the checklist items observed (<see cref="AdherenceItem.Code"/>).</param>
public sealed record SessionAdherenceRating(int SessionNumber, ProblemArea? Focus, IReadOnlyList<string> Observed);
