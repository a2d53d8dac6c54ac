using System.Collections.Generic;

namespace Ipt.Domain.Research.Statistics;

/// <summary>One step of a Kaplan–Meier curve of time to dropout.</summary>
/// <param name="Session">Time: sessions recorded.</param>
/// <param name="AtRisk">Courses still in treatment (not dropped out, not censored) at the start of that time.</param>
/// <param name="Dropouts">Dropouts at that time.</param>
/// <param name="Censored">Courses that ended otherwise (completed, discontinued for another reason, still active) at that time.</param>
/// <param name="Survival">Probability of not having dropped out after that time.</param>
/// <param name="Lower">Lower 95 % limit (Greenwood variance, log(−log) transform).</param>
/// <param name="Upper">Upper 95 % limit.</param>
public sealed record SurvivalPoint(int Session, long AtRisk, long Dropouts, long Censored, double Survival, double Lower, double Upper);
