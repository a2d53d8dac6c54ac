using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>One term of a grief-type vocabulary and the Guide 2017 type it maps onto.</summary>
/// <param name="Term">The term as written by clinicians.</param>
/// <param name="MapsTo">The Guide 2017 grief type.</param>
/// <param name="Vocabulary">Which vocabulary the term belongs to.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the term is supported by the sources.</param>
public sealed record GriefTypeTerm(string Term, GriefType MapsTo, string Vocabulary, string Sources, EvidenceStatus Status);
