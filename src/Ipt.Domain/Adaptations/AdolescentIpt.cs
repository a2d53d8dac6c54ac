using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of IPT for depressed adolescents, with documented defaults (brief §13.1).</summary>
public sealed record AdolescentIptSettings
{
    /// <summary>Protocol id. Default <c>ipt-a</c>.</summary>
    public string Id { get; init; } = AdolescentIpt.Id;

    /// <summary>Sessions in the initial phase. Default 4 ("commonly 1–4 / 5–8 / 9–12", unconfirmed).</summary>
    public int InitialSessions { get; init; } = 4;

    /// <summary>Sessions in the termination phase. Default 4 (unconfirmed, as above).</summary>
    public int TerminationSessions { get; init; } = 4;

    /// <summary>Youngest age. Default 12 [S40][S41].</summary>
    public int MinimumAge { get; init; } = 12;

    /// <summary>Oldest age. Default 18 [S40][S41].</summary>
    public int MaximumAge { get; init; } = 18;

    /// <summary>When true (default), a course must record the client's age at start
    /// (<see cref="Ipt.Domain.Courses.TreatmentCourse.StartWithAge(Ipt.Domain.Primitives.CourseId, Ipt.Domain.Primitives.ClientRef, ProtocolDefinition, System.DateOnly, int)"/>),
    /// and an age outside <see cref="MinimumAge"/>–<see cref="MaximumAge"/> is refused (<c>ipt-a.age-out-of-range</c>).
    /// Set false only to read histories started before the age was recorded; an age given is still checked.</summary>
    public bool RequireAgeAtStart { get; init; } = true;

    /// <summary>When true (default), a parent or caregiver joins only at the points the brief names: the first session,
    /// the middle phase, the termination phase [S41]. A product reading of "strongly encouraged at three points".</summary>
    public bool ParentOnlyAtNamedPoints { get; init; } = true;

    /// <summary>Problem areas. Default the standard four; the 1993 edition adds the single-parent family (<see cref="ProblemAreaSets.IptA1993"/>) [S42].</summary>
    public IReadOnlyList<ProblemArea> ProblemAreas { get; init; } = ProblemAreaSets.StandardIpt;
}

/// <summary>Which of the three parent-involvement points of IPT-A a course has covered [S41].</summary>
/// <param name="FirstSession">A parent or caregiver attended contract session 1.</param>
/// <param name="MiddlePhase">A parent–adolescent session took place in the middle phase.</param>
/// <param name="EndOfTreatment">A parent or caregiver joined a termination-phase session.</param>
public readonly record struct ParentInvolvement(bool FirstSession, bool MiddlePhase, bool EndOfTreatment);

/// <summary>IPT-A's own rules: a parent or caregiver joins only at the points the brief names; age bounds.</summary>
public sealed class AdolescentIptRules : ProtocolRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="settings">Settings holding the age bounds and the parent rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public AdolescentIptRules(AdolescentIptSettings settings)
    {
        Guard.Against.Null(settings);
        MinimumAge = settings.MinimumAge;
        MaximumAge = settings.MaximumAge;
        ParentOnlyAtNamedPoints = settings.ParentOnlyAtNamedPoints;
        RequiresAgeAtStart = settings.RequireAgeAtStart;
    }

    /// <summary>Youngest age.</summary>
    public int MinimumAge { get; }

    /// <summary>Oldest age.</summary>
    public int MaximumAge { get; }

    /// <summary>Whether a parent joins only at the named points.</summary>
    public bool ParentOnlyAtNamedPoints { get; }

    /// <inheritdoc />
    public override AgeRange? AgesAtStart => new AgeRange(MinimumAge, MaximumAge);

    /// <summary>Whether a course must record the client's age at start (<see cref="AdolescentIptSettings.RequireAgeAtStart"/>).</summary>
    public override bool RequiresAgeAtStart { get; }

    /// <summary>The IPT-A limited sick role [S40] (<see cref="SickRoles.LimitedAdolescent"/>).</summary>
    public override SickRole SickRole => SickRoles.LimitedAdolescent;

    /// <summary>Checks the age at start with <see cref="CheckAge"/>: <c>ipt-a.age-out-of-range</c> outside the bounds.</summary>
    /// <param name="ageYears">Age in whole years on the start date.</param>
    /// <returns>Null within bounds, otherwise <see cref="AdaptationErrors.AgeOutOfRange"/>.</returns>
    public override DomainError? CheckAgeAtStart(int ageYears) => CheckAge(ageYears);

    /// <inheritdoc />
    public override DomainError? CheckSession(in SessionProposal proposal)
    {
        bool parent = (proposal.Participants & SessionParticipants.ParentOrCaregiver) != 0;
        if (!parent || !ParentOnlyAtNamedPoints || proposal.Attendance != Attendance.Attended)
        {
            return null;
        }

        bool named = proposal.Phase switch
        {
            PhaseKind.Initial => proposal.ContractSession == 1,
            PhaseKind.Middle or PhaseKind.Termination => true,
            _ => false,
        };
        return named
            ? null
            : new DomainError(AdaptationErrors.ParentSessionNotAtNamedPoint, "In IPT-A a parent or caregiver joins the first session, a middle-phase session or the end of treatment.");
    }

    /// <summary>Checks the client's age against the protocol's population.</summary>
    /// <param name="ageYears">Age in whole years.</param>
    /// <returns>Null when within bounds, otherwise <see cref="AdaptationErrors.AgeOutOfRange"/>.</returns>
    public DomainError? CheckAge(int ageYears) =>
        ageYears >= MinimumAge && ageYears <= MaximumAge
            ? null
            : new DomainError(AdaptationErrors.AgeOutOfRange, "IPT-A is for adolescents aged " + MinimumAge + "–" + MaximumAge + ".");
}

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
