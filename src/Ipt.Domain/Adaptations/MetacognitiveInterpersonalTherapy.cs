using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Techniques;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Metacognitive Interpersonal Therapy (MIT; Dimaggio, Semerari et al.): an integrative therapy for personality
/// disorders with emotional inhibition and avoidance, in two phases — shared formulation of functioning, then
/// promotion of change — using its own experiential techniques. Not an IPT variant and without IPT problem areas
/// (brief §16.2, C08, C09, C11, M10 [S65][S67][S69][S71][S72][S74]). Individual course (<see cref="Definition"/>) or
/// the 16-session group programme MIT-G (<see cref="GroupDefinition"/>).
/// </summary>
public static class MetacognitiveInterpersonalTherapy
{
    /// <summary>The protocol id of individual MIT, <c>mit</c>.</summary>
    public const string Id = "mit";

    /// <summary>The protocol id of group MIT, <c>mit-g</c>.</summary>
    public const string GroupId = "mit-g";

    /// <summary>MIT's techniques (guided imagery and rescripting, two-chair work, body work, interpersonal mindfulness, behavioural experiments) [S67][S68][S69].</summary>
    public static IReadOnlyList<Technique> Techniques => TechniqueCatalog.Mit;

    /// <summary>Shared-formulation tasks: the formulation of functioning agreed with the patient [S67][S69].</summary>
    public static TaskSet SharedFormulationTasks { get; } = TaskSet.Of(TherapyTask.FormulationAgreed);

    /// <summary>MIT has no IPT problem areas (M10): no area is allowed; the shared formulation is recorded as a task.</summary>
    public static FormulationRules NoIptProblemAreas { get; } = new() { AllowedAreas = [], MaxFocusAreas = 1, RequiresInventory = false };

    /// <summary>Individual MIT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new MetacognitiveInterpersonalTherapySettings()).Value;

    /// <summary>Group MIT (MIT-G): 16 weekly group sessions [S72]. The Oslo programme for avoidant personality disorder
    /// (14 sessions [S74]) is a different programme, so its 14 is not this protocol's minimum (earlier releases said so).</summary>
    public static ProtocolDefinition GroupDefinition { get; } = CreateGroup().Value;

    /// <summary>Individual MIT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="MetacognitiveInterpersonalTherapySettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(MetacognitiveInterpersonalTherapySettings settings)
    {
        Guard.Against.Null(settings);
        int planned = settings.PlannedSessions;
        if (settings.SharedFormulationSessions < 1 || settings.SharedFormulationSessions >= planned)
        {
            return ProtocolErrors.NoPromotionOfChangeSessions();
        }

        return ProtocolDefinition.Create(settings.Id, "Metacognitive Interpersonal Therapy")
            .Abbreviation("MIT")
            .Description("Integrative therapy for personality disorders with emotional inhibition, over-regulation and avoidance: a shared formulation of maladaptive interpersonal schemas, then promotion of change with experiential techniques; related to IPT but not an IPT variant.")
            .Family(TherapyFamily.Mit)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(45, 50)
            .Sessions(planned, planned, planned, settings.HardCap)
            .CalendarSpan(planned)
            .Phase(PhaseKind.Initial, SessionRange.Of(1, settings.SharedFormulationSessions), "Shared formulation", SharedFormulationTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(settings.SharedFormulationSessions + 1, planned), "Promotion of change")
            .FormulationRules(NoIptProblemAreas)
            .Source("family", "separate integrative therapy, not an IPT variant", "[S65]; C09", EvidenceStatus.Confirmed)
            .Source("phases", "shared formulation, then promotion of change", "[S67][S69]", EvidenceStatus.Confirmed)
            .Source("shared formulation", "sessions 1–" + settings.SharedFormulationSessions, "brief silent on the range", EvidenceStatus.Unconfirmed)
            .Source("session counts", planned + " weekly sessions (12 months), hard cap " + settings.HardCap + " (2 years)", "[S71][S102]; C11", EvidenceStatus.Contested)
            .Source("session length", "45–50 minutes", "brief silent for MIT", EvidenceStatus.Unconfirmed)
            .Source("problem areas", "none: MIT does not use IPT problem areas", "M10", EvidenceStatus.Confirmed)
            .Source("techniques", "guided imagery and rescripting, two-chair, role play, body work, mindfulness, behavioural experiments", "[S67][S68][S69]", EvidenceStatus.Confirmed)
            .Build();
    }

    private static Result<ProtocolDefinition> CreateGroup() =>
        ProtocolDefinition.Create(GroupId, "Metacognitive Interpersonal Therapy in group")
            .Abbreviation("MIT-G")
            .Description("Sixteen weekly group sessions combining psychoeducation on interpersonal motives with experiential role play of members' episodes; related to IPT but not an IPT variant.")
            .Family(TherapyFamily.Mit)
            .Format(TherapyFormat.Group)
            .Cadence(Cadence.Weekly)
            .SessionLength(90, 90)
            .Sessions(16, 16, 16, 16)
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 4), "Shared formulation", SharedFormulationTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(5, 16), "Promotion of change")
            .CountAsContractSession(Attendance.Attended, Attendance.NoShow, Attendance.Cancelled)
            .FormulationRules(NoIptProblemAreas)
            .Source("session counts", "16 group sessions; the 14-session Oslo AvPD programme [S74] is a different programme", "[S72]", EvidenceStatus.Confirmed)
            .Source("shared formulation", "group sessions 1–4", "brief silent on the range", EvidenceStatus.Unconfirmed)
            .Source("session length", "90 minutes", "group sessions, C28 (unconfirmed for MIT-G)", EvidenceStatus.Unconfirmed)
            .Source("contract sessions", "every group session counts for every member, attended or not", "group numbering", EvidenceStatus.ProductDecision)
            .Source("problem areas", "none: MIT does not use IPT problem areas", "M10", EvidenceStatus.Confirmed)
            .Build();
}
