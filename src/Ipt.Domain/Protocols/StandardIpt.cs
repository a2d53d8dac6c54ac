using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>
/// Standard acute Interpersonal Psychotherapy for depression: individual, weekly, 45–50 minutes, 12–16 sessions
/// in an initial, a middle and a termination phase, optionally followed by maintenance (brief §3, §4, §8, §9).
/// </summary>
public static class StandardIpt
{
    /// <summary>The protocol id, <c>ipt</c>.</summary>
    public const string Id = "ipt";

    /// <summary>Tasks the initial phase requires: explicit diagnosis, baseline severity, psychoeducation, sick role,
    /// medication need evaluated, inventory, agreed formulation, contract (INIT-01 [S06][S07][S08], INIT-02, INIT-03,
    /// INIT-04, INIT-05 [S08] / RULE-11, INIT-06, INIT-09, INIT-10).</summary>
    public static TaskSet InitialTasks { get; } = TaskSet.Of(
        TherapyTask.Diagnosis,
        TherapyTask.BaselineSeverity,
        TherapyTask.Psychoeducation,
        TherapyTask.SickRoleAssigned,
        TherapyTask.MedicationEvaluated,
        TherapyTask.InterpersonalInventory,
        TherapyTask.FormulationAgreed,
        TherapyTask.TreatmentContract);

    /// <summary>Tasks the termination phase requires: ending raised, feelings about ending, progress reviewed against
    /// baseline, sense of independent competence built, relapse warning signs and plan, remaining goals and future
    /// plan, continuation decision (TERM-01, 02, 03, 04 [S09][S36], 05, 06, 07).</summary>
    public static TaskSet TerminationTasks { get; } = TaskSet.Of(
        TherapyTask.EndingRaised,
        TherapyTask.FeelingsAboutEnding,
        TherapyTask.ProgressReviewed,
        TherapyTask.IndependentCompetence,
        TherapyTask.RelapseWarningSigns,
        TherapyTask.FuturePlan,
        TherapyTask.ContinuationDecided);

    /// <summary>Standard IPT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new StandardIptSettings()).Value;

    /// <summary>Standard IPT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="StandardIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause (e.g. phases longer than the course).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(StandardIptSettings settings)
    {
        Guard.Against.Null(settings);
        ProtocolBuilder b = ProtocolDefinition.Create(settings.Id, "Interpersonal Psychotherapy (standard acute course)")
            .Abbreviation("IPT")
            .Description("Time-limited individual therapy for adult major depression that links symptoms to one interpersonal problem area (grief, role dispute, role transition, interpersonal deficits) and works on it in weekly sessions.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(45, 50)
            .Sessions(settings.PlannedSessions, settings.MinimumSessions, settings.MaximumSessions, settings.HardCap)
            .AcutePhases(settings.PlannedSessions, settings.InitialSessions, settings.TerminationSessions, InitialTasks, TerminationTasks)
            .TerminationNotice(settings.TerminationNoticeSessions)
            .FormulationRules(settings.Formulation)
            .MeasurementSchedule(settings.Measurement)
            .Source("measurement", settings.Measurement.Id, "MID-06 [S06][S13]; §17.7", EvidenceStatus.Confirmed)
            .Source("focus areas", "at most " + settings.Formulation.MaxFocusAreas + ", one preferred", "§4.4 [S14][S29]", EvidenceStatus.Contested)
            .Source("format", "individual, weekly, 45–50 minutes", "[S05][S09]; C28", EvidenceStatus.Confirmed)
            .Source("session counts", settings.MinimumSessions + "–" + settings.MaximumSessions + " planned " + settings.PlannedSessions + ", hard cap " + settings.HardCap, "[S05][S27]; C01", EvidenceStatus.Contested)
            .Source("initial phase", "sessions 1–" + settings.InitialSessions, "[S06][S52][S12] vs [S07]; C02, C20", EvidenceStatus.Contested)
            .Source("termination phase", "last " + settings.TerminationSessions + " sessions", "[S52] vs [S12]; C02", EvidenceStatus.Contested)
            .Source("initial tasks", "diagnosis, baseline severity, psychoeducation, sick role, medication need evaluated, interpersonal inventory, formulation agreed, treatment contract", "INIT-01 [S06][S07][S08]; INIT-02 [S06][S52]; INIT-03 [S06][S08]; INIT-04 [S06][S07]; INIT-05 [S08], RULE-11; INIT-06 [S05][S06][S08]; INIT-09 [S08][S52]; INIT-10 [S07][S09][S12]", EvidenceStatus.Confirmed)
            .Source("middle phase opens after agreement", "formulation agreed before the middle phase", "INIT-09 [S08][S52]; M5", EvidenceStatus.Confirmed)
            .Source("termination tasks", "ending raised, feelings about ending, progress reviewed, independent competence built, relapse warning signs, future plan, continuation decided", "TERM-01 [S09]; TERM-02 [S09][S34][S76]; TERM-03 [S34][S36]; TERM-04 [S09][S36]; TERM-05 [S36][S37]; TERM-06 [S36][S37]; TERM-07 [S34][S31]", EvidenceStatus.Confirmed)
            .Source("termination notice", "ending raised with at least " + settings.TerminationNoticeSessions + " sessions remaining", "TERM-01 [S09] (2–4 sessions); M6", EvidenceStatus.Contested)
            .Source("contract sessions", "attended sessions count toward the contract; no-shows and cancellations are recorded but do not", "brief silent", EvidenceStatus.ProductDecision);

        if (settings.AllowMaintenance)
        {
            b.Phase(PhaseKind.Maintenance, SessionRange.OpenEnded, "Maintenance phase", optional: true)
             .Source("maintenance", "optional, open-ended, after termination", "§9 [S31][S32]; TERM-07 [S34]", EvidenceStatus.Confirmed);
        }

        return b.Build();
    }
}
