using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>How well a course met one rule: the rule's weight in the score and the fraction met (0–1). Only applicable rules are listed.</summary>
/// <param name="Rule">Rule key (see <see cref="FidelityRules"/>).</param>
/// <param name="Weight">Weight in the summary score.</param>
/// <param name="Compliance">Fraction met, 0–1.</param>
public sealed record FidelityRuleResult(string Rule, int Weight, double Compliance);
