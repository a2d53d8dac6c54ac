using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>
/// The contested values of standard acute IPT, as settings with documented defaults (brief §3, C01, C02, TERM-01).
/// Sources disagree on phase boundaries (initial 1–3 or 1–4; termination the last 1–2 or 3 sessions) and on
/// total length; pick the clinic's own values here.
/// </summary>
public sealed record StandardIptSettings
{
    /// <summary>Protocol id. Default <c>ipt</c>. Give a clinic's own configuration its own id (e.g. <c>ipt-uk</c>), because a
    /// course history names its protocol by id and must be replayed on the same numbers.</summary>
    public string Id { get; init; } = StandardIpt.Id;

    /// <summary>Sessions in the initial phase. Default 3: "sessions 1–3" [S06][S52][S12]; IPT-UK uses 4 [S07] (C02, C20).</summary>
    public int InitialSessions { get; init; } = 3;

    /// <summary>Sessions in the termination phase. Default 3: "last 3 sessions" [S52]; Stuart gives 1–2 [S12] (C02).</summary>
    public int TerminationSessions { get; init; } = 3;

    /// <summary>Planned sessions. Default 16, the top of "12–16 weekly sessions" [S05][S09] (C01).</summary>
    public int PlannedSessions { get; init; } = 16;

    /// <summary>Fewest sessions of a completed course. Default 12, the bottom of "12–16" [S05] (C01).</summary>
    public int MinimumSessions { get; init; } = 12;

    /// <summary>Most sessions of an initial contract. Default 16 [S05].</summary>
    public int MaximumSessions { get; init; } = 16;

    /// <summary>Most sessions after extensions. Default 20: variants run up to 20 (C01: "allow variants up to 20"; [S84][S133]).</summary>
    public int HardCap { get; init; } = 20;

    /// <summary>Sessions that must remain when the ending is raised. Default 3; the Comprehensive Guide says "at least 2–4 sessions before" [S09] (TERM-01, M6).</summary>
    public int TerminationNoticeSessions { get; init; } = 3;

    /// <summary>Formulation rules. Default: the four areas, at most 2 foci (contested), one preferred [S14][S29].</summary>
    public FormulationRules Formulation { get; init; } = FormulationRules.StandardIpt;

    /// <summary>Measurement schedule. Default: PHQ-9 and GAD-7 every 4 sessions (IPT Institute portfolio [S13]);
    /// <see cref="MeasurementSchedule.StandardIptWeeklyPhq9"/> follows "repeat the scale regularly, e.g. weekly" [S06].</summary>
    public MeasurementSchedule Measurement { get; init; } = MeasurementSchedule.IptInstitutePortfolio;

    /// <summary>Whether a course may continue into maintenance after termination (TERM-07 [S34][S31]). Default true.</summary>
    public bool AllowMaintenance { get; init; } = true;
}

/// <summary>
/// Standard acute Interpersonal Psychotherapy for depression: individual, weekly, 45–50 minutes, 12–16 sessions
/// in an initial, a middle and a termination phase, optionally followed by maintenance (brief §3, §4, §8, §9).
/// </summary>
public static class StandardIpt
{
    /// <summary>The protocol id, <c>ipt</c>.</summary>
    public const string Id = "ipt";

    /// <summary>Tasks the initial phase requires: baseline severity, psychoeducation, sick role, inventory, agreed
    /// formulation, contract (INIT-02, INIT-03, INIT-04, INIT-06, INIT-09, INIT-10).</summary>
    public static TaskSet InitialTasks { get; } = TaskSet.Of(
        TherapyTask.BaselineSeverity,
        TherapyTask.Psychoeducation,
        TherapyTask.SickRoleAssigned,
        TherapyTask.InterpersonalInventory,
        TherapyTask.FormulationAgreed,
        TherapyTask.TreatmentContract);

    /// <summary>Tasks the termination phase requires: ending raised, feelings about ending, progress reviewed against
    /// baseline, relapse warning signs and plan, remaining goals and future plan, continuation decision
    /// (TERM-01, 02, 03, 05, 06, 07).</summary>
    public static TaskSet TerminationTasks { get; } = TaskSet.Of(
        TherapyTask.EndingRaised,
        TherapyTask.FeelingsAboutEnding,
        TherapyTask.ProgressReviewed,
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
            .Source("initial tasks", "baseline severity, psychoeducation, sick role, interpersonal inventory, formulation agreed, treatment contract", "INIT-02 [S06][S52]; INIT-03 [S06][S08]; INIT-04 [S06][S07]; INIT-06 [S05][S06][S08]; INIT-09 [S08][S52]; INIT-10 [S07][S09][S12]", EvidenceStatus.Confirmed)
            .Source("middle phase opens after agreement", "formulation agreed before the middle phase", "INIT-09 [S08][S52]; M5", EvidenceStatus.Confirmed)
            .Source("termination tasks", "ending raised, feelings about ending, progress reviewed, relapse warning signs, future plan, continuation decided", "TERM-01 [S09]; TERM-02 [S09][S34][S76]; TERM-03 [S34][S36]; TERM-05 [S36][S37]; TERM-06 [S36][S37]; TERM-07 [S34][S31]", EvidenceStatus.Confirmed)
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
