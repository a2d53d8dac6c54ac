using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Interpersonal Counseling (IPC): a brief, structured simplification of IPT for distress and depressive symptoms in
/// primary care and other non-mental-health settings, delivered by non-specialists (nurse practitioners, GPs,
/// counsellors) in 3–6 flexibly spaced sessions that end in a triage outcome (brief §12 [S38][S39][S77][S78][S79][S81]).
/// The triage outcome is recorded with <c>TreatmentCourse.DecideContinuation</c>; the final phase requires it.
/// </summary>
public static class InterpersonalCounseling
{
    /// <summary>The protocol id, <c>ipc</c>.</summary>
    public const string Id = "ipc";

    /// <summary>Tasks of the assessment session: focused inventory, agreed focus (S1 of the outline [S78]; [S77]).</summary>
    public static TaskSet AssessmentTasks { get; } = TaskSet.Of(TherapyTask.Psychoeducation, TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed);

    /// <summary>Tasks of the review-and-triage session: progress reviewed and the triage outcome decided ([S78][S81]).</summary>
    public static TaskSet TriageTasks { get; } = TaskSet.Of(TherapyTask.ProgressReviewed, TherapyTask.ContinuationDecided);

    /// <summary>The triage outcomes IPC uses, as <see cref="ContinuationDecision"/> values: no further care, step up to
    /// IPT, another treatment, specialist care ([S39][S81]).</summary>
    public static System.Collections.Generic.IReadOnlyList<ContinuationDecision> TriageOutcomes { get; } =
    [
        ContinuationDecision.NoFurtherTreatment, ContinuationDecision.StepUpToIpt,
        ContinuationDecision.ReferOtherTreatment, ContinuationDecision.ReferSpecialistCare,
    ];

    /// <summary>IPC with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new InterpersonalCounselingSettings()).Value;

    /// <summary>IPC with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="InterpersonalCounselingSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(InterpersonalCounselingSettings settings)
    {
        Guard.Against.Null(settings);
        int max = settings.MaximumSessions;
        if (max < 3)
        {
            return ProtocolErrors.CounselingTooShort();
        }

        return ProtocolDefinition.Create(settings.Id, "Interpersonal Counseling")
            .Abbreviation("IPC")
            .Description("Brief, structured counselling derived from IPT for distress and depressive symptoms in primary care and other non-mental-health settings, delivered by non-specialists; ends with review and triage to more care when needed.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Flexible)
            .SessionLength(settings.MinSessionMinutes, settings.MaxSessionMinutes)
            .Sessions(max, settings.MinimumSessions, max, max)
            .Phase(PhaseKind.Initial, SessionRange.Of(1, 1), "Assessment session", AssessmentTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(2, max - 1), "Working on the focus")
            .Phase(PhaseKind.Termination, SessionRange.Of(max, max), "Review and triage", TriageTasks)
            .AllowEarly(TherapyTask.ProgressReviewed, PhaseKind.Middle)
            .MeasurementSchedule(settings.Measurement)
            .Source("session counts", settings.MinimumSessions + "–" + max + ", flexible", "[S38][S39][S77][S78][S79][S81]; C29", EvidenceStatus.Contested)
            .Source("session length", settings.MinSessionMinutes + "–" + settings.MaxSessionMinutes + " minutes", "[S38]; C28", EvidenceStatus.Unconfirmed)
            .Source("cadence", "flexible", "[S39]", EvidenceStatus.Confirmed)
            .Source("delivery", "non-specialists: nurse practitioners, GPs, counsellors, school staff", "[S38][S77][S79][S80]", EvidenceStatus.Confirmed)
            .Source("phases", "assessment (S1) / work on the focus / review and triage (last)", "[S78] weak; [S77]", EvidenceStatus.Weak)
            .Source("triage outcome", "recorded as a continuation decision in the last session", "[S39][S81]", EvidenceStatus.Confirmed)
            .Source("measurement", settings.Measurement.Id, "[S79]", EvidenceStatus.Confirmed)
            .Build();
    }
}
