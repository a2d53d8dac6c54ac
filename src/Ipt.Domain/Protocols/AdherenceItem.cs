using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

/// <summary>One item of a session-level adherence checklist.</summary>
/// <param name="Code">Stable code (a problem-area strategy's items carry the strategy's code, e.g. <c>dispute.identify-stage</c>).</param>
/// <param name="Text">What the rater looks for, in plain words.</param>
/// <param name="Category">Prescribed (essential unique or shared), allowed, or proscribed.</param>
/// <param name="Area">The problem area the item belongs to, or null for an item of every session.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the item is supported by the sources.</param>
public sealed record AdherenceItem(string Code, string Text, AdherenceCategory Category, ProblemArea? Area, string Sources, EvidenceStatus Status);
