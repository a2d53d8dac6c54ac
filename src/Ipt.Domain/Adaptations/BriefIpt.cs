using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Brief IPT (IPT-B): eight weekly sessions with the three IPT phases, the initial phase shortened to two sessions,
/// preceded by an optional engagement session that does not count toward the eight (brief §10, §11.1 [S27][S29][S30]).
/// </summary>
public static class BriefIpt
{
    /// <summary>The protocol id, <c>ipt-b</c>.</summary>
    public const string Id = "ipt-b";

    /// <summary>Brief IPT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new BriefIptSettings()).Value;

    /// <summary>Brief IPT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="BriefIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(BriefIptSettings settings)
    {
        Guard.Against.Null(settings);
        const int planned = 8;
        const int initial = 2;

        ProtocolBuilder b = ProtocolDefinition.Create(settings.Id, "Brief Interpersonal Psychotherapy")
            .Abbreviation("IPT-B")
            .Description("Eight-session IPT for depressed people unlikely to attend sixteen sessions (overwhelmed, low-income, perinatal), usually preceded by a motivational-interviewing engagement session; strength-based choice of a manageable focus.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(45, 50)
            .Sessions(planned, planned, planned, planned);
        if (settings.EngagementSession)
        {
            b.Phase(PhaseKind.Engagement, SessionRange.PreTreatment(1), "Engagement session", optional: true)
             .Source("engagement session", "one optional pre-treatment session, not counted toward the 8", "[S27]", EvidenceStatus.Confirmed);
        }

        return b
            .AcutePhases(planned, initial, settings.TerminationSessions, StandardIpt.InitialTasks, StandardIpt.TerminationTasks)
            .TerminationNotice(settings.TerminationNoticeSessions)
            .FormulationRules(new FormulationRules { AllowedAreas = settings.ProblemAreas, MaxFocusAreas = 2 })
            .MeasurementSchedule(settings.Measurement)
            .Source("session counts", "8 sessions, no extension (step up to full IPT instead)", "[S27]; extension rule: product decision", EvidenceStatus.Confirmed)
            .Source("format", "individual, weekly; session length as standard IPT", "[S27]; length unconfirmed (§10)", EvidenceStatus.Unconfirmed)
            .Source("initial phase", "sessions 1–2", "[S27]; C20", EvidenceStatus.Confirmed)
            .Source("termination phase", "last " + settings.TerminationSessions + " sessions", "§11.1 (split of 3–8 unconfirmed)", EvidenceStatus.Unconfirmed)
            .Source("focus areas", "one or two manageable areas: two only in the MOMCare perinatal description [S29]; [S27] names one manageable focus", "[S29]; [S27]; §4.4", EvidenceStatus.Contested)
            .Source("problem areas", settings.ProblemAreas.Count + " areas", "§6.5 [S27][S29]; C04", EvidenceStatus.Contested)
            .Source("measurement", settings.Measurement.Id, "§17.7 [S13] (brief silent for IPT-B)", EvidenceStatus.ProductDecision)
            .Build();
    }
}
