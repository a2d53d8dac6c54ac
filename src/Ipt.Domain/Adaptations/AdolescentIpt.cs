using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// IPT for depressed adolescents (IPT-A, Mufson): twelve weekly sessions in three phases for ages 12–18 with
/// non-psychotic mild–moderate depression; limited sick role, closeness circle, a weekly mood rating (1–10), and a
/// parent or caregiver at three points (brief §13.1 [S40][S41][S46][S49]).
/// </summary>
public static class AdolescentIpt
{
    /// <summary>The protocol id, <c>ipt-a</c>.</summary>
    public const string Id = "ipt-a";

    /// <summary>Instrument code of the weekly mood rating on a 1–10 scale [S49].</summary>
    public const string MoodRatingCode = "mood-rating-10";

    /// <summary>Weekly mood rating on a 1–10 scale at every session [S49].</summary>
    public static MeasurementSchedule WeeklyMoodRating { get; } = MeasurementSchedule.EverySession("ipt-a-weekly-mood", "[S49]", MoodRatingCode);

    /// <summary>Initial tasks: explicit diagnosis (INIT-01 [S06][S07][S08]; IPT-A is for non-psychotic depression, and
    /// its exclusions — bipolar, psychotic, acutely suicidal — need one [S40]), psychoeducation, limited sick role,
    /// interpersonal inventory with the closeness circle, agreed formulation, contract [S40].</summary>
    public static TaskSet InitialTasks { get; } = TaskSet.Of(
        TherapyTask.Diagnosis, TherapyTask.Psychoeducation, TherapyTask.SickRoleAssigned, TherapyTask.InterpersonalInventory,
        TherapyTask.FormulationAgreed, TherapyTask.TreatmentContract);

    /// <summary>IPT-A with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new AdolescentIptSettings()).Value;

    /// <summary>IPT-A with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="AdolescentIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(AdolescentIptSettings settings)
    {
        Guard.Against.Null(settings);
        const int planned = 12;
        int terminationFirst = planned - settings.TerminationSessions + 1;

        return ProtocolDefinition.Create(settings.Id, "Interpersonal Psychotherapy for Depressed Adolescents")
            .Abbreviation("IPT-A")
            .Description("Twelve weekly sessions for adolescents aged 12–18 with non-psychotic mild to moderate depression; limited sick role, closeness circle, weekly mood rating, parent involvement at the first session, in the middle phase and at the end.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(35, 50)
            .Sessions(planned, planned, planned, 16)
            .AcutePhases(planned, settings.InitialSessions, settings.TerminationSessions, InitialTasks, StandardIpt.TerminationTasks)
            .TerminationNotice(3)
            .Rules(new AdolescentIptRules(settings))
            .FormulationRules(new FormulationRules { AllowedAreas = settings.ProblemAreas })
            .MeasurementSchedule(WeeklyMoodRating)
            .MeasurementSchedule(MeasurementSchedule.PhqAEveryFourSessions)
            .Source("population", "ages " + settings.MinimumAge + "–" + settings.MaximumAge + ", non-psychotic mild–moderate depression", "[S40][S41]", EvidenceStatus.Confirmed)
            .Source("session counts", "12 weekly; hard cap 16 (the 16-week effectiveness trial)", "[S46][S49]; [S47]", EvidenceStatus.Confirmed)
            .Source("session length", "35–50 minutes, weekly", "SAMHSA NREPP IPT-A intervention summary (https://nreppadmin.net/viewintervention_id_198.html); brief silent", EvidenceStatus.Weak)
            .Source("phase ranges", "1–" + settings.InitialSessions + " / " + (settings.InitialSessions + 1) + "–" + (terminationFirst - 1) + " / " + terminationFirst + "–12", "§13.1 (commonly 1–4 / 5–8 / 9–12)", EvidenceStatus.Unconfirmed)
            .Source("initial tasks", "diagnosis, psychoeducation, limited sick role, closeness circle and inventory, formulation, contract", "INIT-01 [S06][S07][S08]; [S40]", EvidenceStatus.Confirmed)
            .Source("parent involvement", "first session, a middle-phase parent–adolescent session, end of treatment", "[S41][S48][S49]", EvidenceStatus.Confirmed)
            .Source("parent only at named points", settings.ParentOnlyAtNamedPoints ? "enforced" : "not enforced", "reading of [S41]", EvidenceStatus.ProductDecision)
            .Source("termination notice", "3 sessions (at session 10 three remained)", "[S49]", EvidenceStatus.Weak)
            .Source("measurement", "mood 1–10 every week", "[S49]; §17.7", EvidenceStatus.Confirmed)
            .Source("depression measure", MeasurementSchedule.PhqAEveryFourSessions.Id + ": PHQ-A at 1, every 4th and the final session", "Johnson et al. 2002; cadence as [S13]", EvidenceStatus.ProductDecision)
            .Source("problem areas", settings.ProblemAreas.Count + " areas", "§6.5 [S42]; C04", EvidenceStatus.Contested)
            .Build();
    }

    /// <summary>Which of the three parent-involvement points a course's sessions cover [S41].</summary>
    /// <param name="sessions">The course's sessions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sessions"/> is null.</exception>
    public static ParentInvolvement ParentInvolvementOf(IReadOnlyList<SessionRecord> sessions)
    {
        Guard.Against.Null(sessions);
        bool first = false, middle = false, end = false;
        foreach (SessionRecord s in sessions)
        {
            if (s.Attendance != Attendance.Attended || (s.Participants & SessionParticipants.ParentOrCaregiver) == 0)
            {
                continue;
            }

            first |= s.ContractSession == 1;
            middle |= s.Phase == PhaseKind.Middle;
            end |= s.Phase == PhaseKind.Termination;
        }

        return new ParentInvolvement(first, middle, end);
    }
}
