using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Perinatal IPT: IPT for depression in pregnancy and after childbirth, twelve weekly sessions with the focus on
/// disputes, role transitions and grief around childbirth and the EPDS as its measure (IPT-PPD, brief §14.3
/// [S86][S87][S93]); the partner-assisted variant (PA-IPT) has eight sessions with the partner at every one [S85].
/// </summary>
public static class PerinatalIpt
{
    /// <summary>The protocol id, <c>ipt-perinatal</c>.</summary>
    public const string Id = "ipt-perinatal";

    /// <summary>The id of the partner-assisted variant, <c>ipt-perinatal-pa</c>.</summary>
    public const string PartnerAssistedId = "ipt-perinatal-pa";

    /// <summary>EPDS at session 1, every 4 sessions and at the final session ([S86] every 4 weeks; [S107]).</summary>
    public static MeasurementSchedule EpdsEveryFourSessions { get; } =
        MeasurementSchedule.EveryNthSession("perinatal-epds-every-4", 4, includesFinalSession: true, "[S86][S107]", "epds");

    /// <summary>Perinatal IPT (IPT-PPD) with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new PerinatalIptSettings()).Value;

    /// <summary>Partner-assisted perinatal IPT: 8 sessions, initial and termination 2 each (unconfirmed), partner at every session [S85].</summary>
    public static ProtocolDefinition PartnerAssistedDefinition { get; } = Create(new PerinatalIptSettings
    {
        Id = PartnerAssistedId,
        PlannedSessions = 8,
        InitialSessions = 2,
        TerminationSessions = 2,
        PartnerAssisted = true,
    }).Value;

    /// <summary>Perinatal IPT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="PerinatalIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(PerinatalIptSettings settings)
    {
        Guard.Against.Null(settings);
        int planned = settings.PlannedSessions;

        ProtocolBuilder b = ProtocolDefinition.Create(settings.Id, settings.PartnerAssisted ? "Partner-Assisted Interpersonal Psychotherapy (perinatal)" : "Interpersonal Psychotherapy for perinatal depression")
            .Abbreviation(settings.PartnerAssisted ? "PA-IPT" : "IPT-PPD")
            .Description(settings.PartnerAssisted
                ? "IPT for pregnant and postpartum women with major depression in which the partner takes part in every session."
                : "Twelve weekly sessions of IPT for depression in pregnancy and after childbirth, focused on disputes, role transitions and grief around childbirth; a first-line option for breastfeeding women.")
            .Family(TherapyFamily.Ipt)
            .Format(settings.PartnerAssisted ? TherapyFormat.Conjoint : TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(45, 50)
            .Sessions(planned, planned, planned, planned)
            .AcutePhases(planned, settings.InitialSessions, settings.TerminationSessions, StandardIpt.InitialTasks, StandardIpt.TerminationTasks)
            .TerminationNotice(settings.TerminationSessions)
            .FormulationRules(new FormulationRules { AllowedAreas = [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition] })
            .MeasurementSchedule(settings.Measurement)
            .Source("session counts", planned + " weekly sessions", settings.PartnerAssisted ? "[S85]" : "[S86][S87]", EvidenceStatus.Confirmed)
            .Source("phase ranges", "1–" + settings.InitialSessions + " / last " + settings.TerminationSessions, "§10 (unconfirmed for perinatal IPT)", EvidenceStatus.Unconfirmed)
            .Source("session length", "45–50 minutes as standard IPT", "brief silent for perinatal IPT", EvidenceStatus.Unconfirmed)
            .Source("focus", "disputes, role transitions, grief around childbirth", "[S87][S29]", EvidenceStatus.Confirmed)
            .Source("measurement", settings.Measurement.Id, "[S86] (every 4 weeks); EPDS [S107]", EvidenceStatus.Confirmed)
            .Source("maintenance after response", "bi-monthly or monthly (use IPT-M)", "[S29]", EvidenceStatus.Confirmed);
        if (settings.PartnerAssisted)
        {
            b.Rules(PartnerAssistedPerinatalRules.Instance)
             .Source("participants", "partner present at every session", "[S85]", EvidenceStatus.Confirmed);
        }

        return b.Build();
    }
}
