using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// IPT for chronic PTSD: fourteen weekly 50-minute sessions with an interpersonal and affective focus and no exposure
/// to trauma reminders (brief §14.5 [S88]).
/// </summary>
public static class IptForPtsd
{
    /// <summary>The protocol id, <c>ipt-ptsd</c>.</summary>
    public const string Id = "ipt-ptsd";

    /// <summary>The IPT adherence checklist with exposure to trauma reminders proscribed [S88]; homework-driven CBT
    /// techniques stay proscribed (the IPT-PTSD manual assigns no homework).</summary>
    public static AdherenceChecklist Adherence { get; } = AdherenceChecklists.Ipt.With(
        "ipt-ptsd-adherence",
        new AdherenceItem("proscribed." + ExposureCode, "Exposes the patient to trauma reminders (imaginal or in vivo)", AdherenceCategory.Proscribed, null, "[S88]", EvidenceStatus.Confirmed));

    /// <summary>Code of the proscribed behaviour: exposure to trauma reminders [S88].</summary>
    public const string ExposureCode = "exposure-to-trauma-reminders";

    /// <summary>What IPT for PTSD leaves out: exposure to trauma reminders, the working element of prolonged exposure [S88].</summary>
    public static IReadOnlyList<ProscribedBehaviour> Proscribed { get; } =
        [new(ExposureCode, "Exposure to trauma reminders (imaginal or in vivo)", "[S88]")];

    /// <summary>IPT for PTSD with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new IptForPtsdSettings()).Value;

    /// <summary>IPT for PTSD with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="IptForPtsdSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(IptForPtsdSettings settings)
    {
        Guard.Against.Null(settings);
        const int planned = 14;

        return ProtocolDefinition.Create(settings.Id, "Interpersonal Psychotherapy for PTSD")
            .Abbreviation("IPT-PTSD")
            .Description("Fourteen weekly sessions of IPT for chronic PTSD with an interpersonal and affective focus and no exposure to trauma reminders; non-inferior to prolonged exposure in a randomized trial.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(50, 50)
            .Sessions(planned, planned, planned, planned)
            .AcutePhases(planned, settings.InitialSessions, settings.TerminationSessions, StandardIpt.InitialTasks, StandardIpt.TerminationTasks)
            .TerminationNotice(settings.TerminationSessions)
            .MeasurementSchedule(MeasurementSchedule.IptInstitutePortfolio)
            .MeasurementSchedule(MeasurementSchedule.Pcl5EveryFourSessions)
            .Adherence(Adherence)
            .Source("session counts", "14 weekly sessions", "[S88]", EvidenceStatus.Confirmed)
            .Source("session length", "50 minutes", "[S88]; C28", EvidenceStatus.Confirmed)
            .Source("phase ranges", "1–" + settings.InitialSessions + " / last " + settings.TerminationSessions, "§10 (unconfirmed for IPT-PTSD)", EvidenceStatus.Unconfirmed)
            .Source("no exposure", "no exposure to trauma reminders", "[S88]", EvidenceStatus.Confirmed)
            .Source("measurement", MeasurementSchedule.IptInstitutePortfolio.Id, "§17.7 [S13] (trial used CAPS; brief silent on cadence)", EvidenceStatus.ProductDecision)
            .Source("PTSD measure", MeasurementSchedule.Pcl5EveryFourSessions.Id + ": PCL-5 (public domain) at 1, every 4th and the final session", "Weathers et al. 2013; [S88] used the clinician-rated CAPS", EvidenceStatus.ProductDecision)
            .Build();
    }

    /// <summary>Checks that a technique or behaviour a therapist proposes is not exposure to trauma reminders.</summary>
    /// <param name="behaviourCode">Code of the proposed technique or behaviour.</param>
    /// <returns>Null when permitted, otherwise <see cref="AdaptationErrors.ExposureNotPermitted"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="behaviourCode"/> is null.</exception>
    public static DomainError? CheckTechnique(string behaviourCode)
    {
        Guard.Against.Null(behaviourCode);
        foreach (ProscribedBehaviour p in Proscribed)
        {
            if (string.Equals(p.Code, behaviourCode, StringComparison.Ordinal))
            {
                return AdaptationErrors.NoExposure();
            }
        }

        return null;
    }
}
