using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>How one activity fared in a scored SRM week.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="ReferenceTime">The reference time used (target, or habitual mean to the second); null when no habitual time exists (not done, or times spread evenly round the clock).</param>
/// <param name="DaysPerformed">Days with a recorded time (0–7).</param>
/// <param name="Hits">Days within the hit window of the reference time (0–7).</param>
/// <param name="Qualifies">True when the activity counts under the options' <see cref="SrmScoringOptions.QualifyingRule"/>: performed on, or hit on, at least the minimum number of days.</param>
public sealed record SrmActivityResult(SrmActivity Activity, TimeOnly? ReferenceTime, int DaysPerformed, int Hits, bool Qualifies);
