using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Conjoint marital IPT (IPT-CM): the depressed patient and the spouse or partner attend sessions together; the focus
/// is the couple's dispute (brief §14.4). The whole adaptation is unconfirmed (Foley, Rounsaville, Weissman et al.
/// 1989 not retrieved; C27), so every number is a setting.
/// </summary>
public static class ConjointIpt
{
    /// <summary>The protocol id, <c>ipt-cm</c>.</summary>
    public const string Id = "ipt-cm";

    /// <summary>IPT-CM with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new ConjointIptSettings()).Value;

    /// <summary>IPT-CM with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="ConjointIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(ConjointIptSettings settings)
    {
        Guard.Against.Null(settings);
        int planned = settings.PlannedSessions;

        return ProtocolDefinition.Create(settings.Id, "Conjoint Marital Interpersonal Psychotherapy")
            .Abbreviation("IPT-CM")
            .Description("IPT for depressed patients whose episode is tied to a marital dispute: the patient and the spouse or partner attend the sessions together and the focus is the couple's dispute.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Conjoint)
            .Cadence(Cadence.Weekly)
            .SessionLength(45, 50)
            .Sessions(planned, planned, planned, planned)
            .AcutePhases(planned, settings.InitialSessions, settings.TerminationSessions, StandardIpt.InitialTasks, StandardIpt.TerminationTasks)
            .TerminationNotice(settings.TerminationSessions)
            .Rules(new ConjointIptRules(settings.AllowIndividualSessions))
            .FormulationRules(new FormulationRules { AllowedAreas = [ProblemArea.RoleDispute], MaxFocusAreas = 1 })
            .MeasurementSchedule(MeasurementSchedule.IptInstitutePortfolio)
            .Source("session counts", planned + " weekly sessions", "§14.4 (Foley 1989 not retrieved); C27", EvidenceStatus.Unconfirmed)
            .Source("phase ranges", "as standard IPT: 1–" + settings.InitialSessions + " / last " + settings.TerminationSessions, "§10 (unconfirmed)", EvidenceStatus.Unconfirmed)
            .Source("participants", "patient and partner in every conjoint session", "§14.4; C27", EvidenceStatus.Unconfirmed)
            .Source("focus", "the couple's role dispute, one focus", "§14.4; C27", EvidenceStatus.Unconfirmed)
            .Source("measurement", MeasurementSchedule.IptInstitutePortfolio.Id, "§17.7 [S13] (brief silent for IPT-CM)", EvidenceStatus.ProductDecision)
            .Build();
    }
}
