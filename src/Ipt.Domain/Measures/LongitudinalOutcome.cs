using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>The change points of one series under <see cref="EpisodeCriteria"/>; a null date means "not reached".</summary>
/// <param name="Criteria">The criteria used.</param>
/// <param name="Baseline">The first rating (the baseline of the response).</param>
/// <param name="ResponseOn">First rating at least <see cref="EpisodeCriteria.ResponseReduction"/> below baseline.</param>
/// <param name="RemissionOn">Start of the first run at or below the remission threshold lasting the remission duration.</param>
/// <param name="RelapseOn">Start of a return to the full syndrome after a remission (full, or partial when
/// <see cref="EpisodeCriteria.RelapseFromPartialRemission"/>) and before recovery.</param>
/// <param name="RecoveryOn">The day the remission had lasted the recovery duration without relapse.</param>
/// <param name="RecurrenceOn">Start of a new episode after recovery (or after <c>maintenanceStart</c>, see
/// <see cref="LongitudinalOutcomes.Assess"/>).</param>
/// <param name="DaysToRecurrence">Days from recovery (or from the maintenance start) to the recurrence; null without one.</param>
public sealed record LongitudinalOutcome(
    EpisodeCriteria Criteria,
    RatingPoint Baseline,
    DateOnly? ResponseOn,
    DateOnly? RemissionOn,
    DateOnly? RelapseOn,
    DateOnly? RecoveryOn,
    DateOnly? RecurrenceOn,
    int? DaysToRecurrence)
{
    /// <summary>Start of the first partial remission: after a rating at or above the episode threshold, a run below it
    /// lasting <see cref="EpisodeCriteria.PartialRemissionMinimumDays"/> that had not yet become a full remission (more
    /// than minimal symptoms, Frank et al. 1991); null when none. A full remission may follow it.</summary>
    public DateOnly? PartialRemissionOn { get; init; }
}
