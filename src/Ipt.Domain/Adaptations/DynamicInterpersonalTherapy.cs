using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Dynamic Interpersonal Therapy (DIT; Lemma, Target, Fonagy): a brief psychodynamic, mentalization-oriented therapy for
/// mood disorders, sixteen 50-minute sessions over about five months, with one interpersonal-affective focus (IPAF)
/// in place of IPT's problem areas. Related to IPT, not a variant of it (brief §16.1, C09, C10 [S60][S61][S63][S75]).
/// </summary>
public static class DynamicInterpersonalTherapy
{
    /// <summary>The protocol id, <c>dit</c>.</summary>
    public const string Id = "dit";

    /// <summary>Initial-phase tasks: assessment and the IPAF agreed with the patient [S60].</summary>
    public static TaskSet InitialTasks { get; } = TaskSet.Of(TherapyTask.Diagnosis, TherapyTask.FormulationAgreed);

    /// <summary>Ending-phase tasks: the ending and feelings about it addressed, progress reviewed [S60] (range unconfirmed).</summary>
    public static TaskSet EndingTasks { get; } = TaskSet.Of(TherapyTask.FeelingsAboutEnding, TherapyTask.ProgressReviewed);

    /// <summary>DIT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new DynamicInterpersonalTherapySettings()).Value;

    /// <summary>DIT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="DynamicInterpersonalTherapySettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The calendar span is below 1.</exception>
    public static Result<ProtocolDefinition> Create(DynamicInterpersonalTherapySettings settings)
    {
        Guard.Against.Null(settings);
        return ProtocolDefinition.Create(settings.Id, "Dynamic Interpersonal Therapy")
            .Abbreviation("DIT")
            .Description("Brief psychodynamic, mentalization-oriented therapy for depression and anxiety (IAPT step 3) organised around one interpersonal-affective focus; related to IPT but not an IPT variant.")
            .Family(TherapyFamily.Dit)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(50, 50)
            .Sessions(16, 16, 16, 16)
            .CalendarSpan(settings.CalendarSpanWeeks)
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 4), "Initial phase", InitialTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(5, 12), "Middle phase")
            .Phase(PhaseKind.Termination, SessionRange.Of(13, 16), "Ending phase", EndingTasks)
            .FormulationRules(new FormulationRules { AllowedAreas = ProblemAreaSets.Dit, MaxFocusAreas = 1, RequiresInventory = false })
            .MeasurementSchedule(settings.Measurement)
            .Source("family", "related therapy, not an IPT variant", "[S61][S75]; C09, C10", EvidenceStatus.Confirmed)
            .Source("session counts", "16 sessions", "[S61][S63][S75]", EvidenceStatus.Confirmed)
            .Source("calendar span", "about 5 months (" + settings.CalendarSpanWeeks + " weeks)", "[S63] vs 16 weekly ≈ 4 months; C12", EvidenceStatus.Contested)
            .Source("session length", "50 minutes, weekly", "[S63][S99]; C28", EvidenceStatus.Confirmed)
            .Source("initial phase", "sessions 1–4", "§16.1 (by subtraction)", EvidenceStatus.Unconfirmed)
            .Source("middle phase", "sessions 5–12", "[S60]", EvidenceStatus.Confirmed)
            .Source("ending phase", "sessions 13–16", "§16.1 (by subtraction)", EvidenceStatus.Unconfirmed)
            .Source("focus", "one interpersonal-affective focus (IPAF) instead of the problem areas", "[S60][S62]; M10", EvidenceStatus.Confirmed)
            .Source("measurement", settings.Measurement.Id, "[S64]", EvidenceStatus.Confirmed)
            .Build();
    }
}
