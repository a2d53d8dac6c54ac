using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Research.Comparison;

/// <summary>A difference between an arm and the reference arm, with its 95 % confidence interval.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Reference">The reference arm (the first).</param>
/// <param name="Measure">What differs: <c>response</c>, <c>remission</c>, <c>dropout</c> (differences of proportions, Newcombe's hybrid
/// Wilson interval) or <c>change</c> (difference of mean change, Welch interval).</param>
/// <param name="Estimate">Arm minus reference.</param>
/// <param name="Lower">Lower 95 % limit.</param>
/// <param name="Upper">Upper 95 % limit.</param>
public sealed record ArmDifference(string Arm, string Reference, string Measure, double Estimate, double Lower, double Upper);
