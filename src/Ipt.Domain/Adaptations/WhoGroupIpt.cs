using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// WHO Group Interpersonal Therapy (2016): one individual pre-group session per member, then eight weekly group
/// sessions — initial phase group session 1, middle phase 2–7 (each reviewing every member's symptoms), termination 8
/// — led by trained, supervised non-specialist facilitators, with renamed problem areas in plain language (brief §14.1
/// [S25][S26][S28]). Each
/// member has an own <c>TreatmentCourse</c> on this protocol (own focus, own measures); a
/// <c>Ipt.Domain.Groups.GroupCourse</c> records the group sessions and per-member attendance on them.
/// </summary>
public static class WhoGroupIpt
{
    /// <summary>The protocol id, <c>group-ipt-who</c>.</summary>
    public const string Id = "group-ipt-who";

    /// <summary>Pre-group tasks: PHQ-9-guided symptom inventory and the link of onset to interpersonal problems [S28].</summary>
    public static TaskSet PreGroupTasks { get; } = TaskSet.Of(TherapyTask.BaselineSeverity, TherapyTask.InterpersonalInventory);

    /// <summary>Initial-phase tasks (group session 1): each member's goals, i.e. an own agreed focus [S28].</summary>
    public static TaskSet InitialTasks { get; } = TaskSet.Of(TherapyTask.FormulationAgreed);

    /// <summary>Termination tasks (last group session): symptoms re-rated, plans, relapse discussion [S28].</summary>
    public static TaskSet TerminationTasks { get; } = TaskSet.Of(TherapyTask.ProgressReviewed, TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan);

    /// <summary>WHO Group IPT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new WhoGroupIptSettings()).Value;

    /// <summary>Group-size and membership rules of the default settings, for <c>GroupCourse</c>.</summary>
    public static WhoGroupIptSettings DefaultSettings { get; } = new();

    /// <summary>WHO Group IPT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="WhoGroupIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(WhoGroupIptSettings settings)
    {
        Guard.Against.Null(settings);
        int n = settings.GroupSessions;
        if (n < 3)
        {
            return ProtocolErrors.GroupNeedsThreePhases();
        }

        return ProtocolDefinition.Create(settings.Id, "Group Interpersonal Therapy (WHO)")
            .Abbreviation("Group IPT")
            .Description("Eight weekly group sessions for adults with moderate to severe depression in low-resource settings, led by trained and supervised non-specialist facilitators, each member prepared in an individual pre-group session.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Group)
            .Cadence(Cadence.Weekly)
            .SessionLength(settings.SessionMinutes, settings.SessionMinutes)
            .Sessions(n, settings.MinimumSessions, n, n)
            .Phase(PhaseKind.Engagement, SessionRange.PreTreatment(1), "Pre-group session", PreGroupTasks)
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 1), "Initial phase", InitialTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(2, n - 1), "Middle phase")
            .Phase(PhaseKind.Termination, SessionRange.Of(n, n), "Termination phase", TerminationTasks)
            .AllowEarly(TherapyTask.ProgressReviewed, PhaseKind.Middle)
            .MemberSymptomReview(PhaseKind.Middle)
            .CountAsContractSession(Attendance.Attended, Attendance.NoShow, Attendance.Cancelled)
            .FormulationRules(new Formulation.FormulationRules { AllowedAreas = ProblemAreaSets.WhoGroupIpt, MaxFocusAreas = 1 })
            .MeasurementSchedule(MeasurementSchedule.WhoGroupIptPreGroupAndTermination)
            .Source("pre-group session", "one individual session per member before group session 1, required", "[S28]", EvidenceStatus.Confirmed)
            .Source("group sessions", n + " weekly: initial 1, middle 2–" + (n - 1) + ", termination " + n, "[S26][S28]; C26", EvidenceStatus.Contested)
            .Source("minimum sessions", settings.MinimumSessions + " group sessions for a completed member course", "[S83] (late joiners)", EvidenceStatus.ProductDecision)
            .Source("session length", settings.SessionMinutes + " minutes", "§14.1 (unconfirmed); [S43]", EvidenceStatus.Unconfirmed)
            .Source("group size", settings.MinimumMembers + "–" + settings.MaximumMembers + " members", "[S83][S92]; C25 (WHO size unconfirmed)", EvidenceStatus.Unconfirmed)
            .Source("closed membership", "new members until " + settings.OpenForNewMembersThroughSession + " group sessions are held", "[S83] (IPT-G)", EvidenceStatus.Weak)
            .Source("contract sessions", "every group session counts for every member, attended or not", "group numbering", EvidenceStatus.ProductDecision)
            .Source("problem areas", "grief, disputes, life changes, loneliness (renamed); one focus per member", "[S25]; C05", EvidenceStatus.Confirmed)
            .Source("delivery", "trained, supervised non-specialist facilitators; in person or remote", "[S25][S26]", EvidenceStatus.Confirmed)
            .Source("measurement", "PHQ-9 at the pre-group session and at termination", "[S28]", EvidenceStatus.Confirmed)
            .Source("member symptom review", "each attending member's symptoms reviewed in every middle session (2–" + (n - 1) + "); a review without attendance is refused, a missing one is an advisory", "[S28] (structure per the WHO manual [S26])", EvidenceStatus.Confirmed)
            .Build();
    }
}
