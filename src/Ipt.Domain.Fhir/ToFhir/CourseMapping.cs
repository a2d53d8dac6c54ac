using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>
/// Course → <c>EpisodeOfCare</c> and <c>CarePlan</c>, session → <c>Encounter</c>. The patient is referenced through
/// <see cref="FhirMappingSettings.PatientReference"/> from the opaque <see cref="ClientRef"/> only; notes are never
/// exported.
/// </summary>
public static class CourseMapping
{
    /// <summary>A recorded session as an Encounter: <c>finished</c> when attended, <c>cancelled</c> for a no-show or a
    /// cancellation (R4 has no no-show status; the <c>attendance</c> extension keeps the exact code); <c>class</c>
    /// <c>AMB</c> in person or <c>VR</c> remote; other participants as participant types (codes, never identities); the
    /// phase and contract session as extensions.</summary>
    /// <param name="session">The session.</param>
    /// <param name="client">The client.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <param name="episodeOfCare">The course's EpisodeOfCare, or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static Encounter ToEncounter(this SessionRecord session, ClientRef client, FhirMappingSettings settings, ResourceReference? episodeOfCare = null)
    {
        Guard.Against.Null(client);
        Guard.Against.Null(settings);
        var e = new Encounter
        {
            Status = session.Attendance == Attendance.Attended ? Encounter.EncounterStatus.Finished : Encounter.EncounterStatus.Cancelled,
            Class = session.Modality == SessionModality.Remote
                ? new Coding(IptCodeSystems.ActCode, "VR", "virtual")
                : new Coding(IptCodeSystems.ActCode, "AMB", "ambulatory"),
            Subject = settings.Patient(client),
            Period = new Period { Start = FhirFormat.Date(session.Date), End = FhirFormat.Date(session.Date) },
        };
        if (episodeOfCare is not null)
        {
            e.EpisodeOfCare.Add(episodeOfCare);
        }

        foreach (SessionParticipants p in new[] { SessionParticipants.Partner, SessionParticipants.ParentOrCaregiver, SessionParticipants.OtherSignificantPerson })
        {
            if (session.Participants.HasFlag(p))
            {
                e.Participant.Add(new Encounter.ParticipantComponent { Type = [FhirFormat.Concept(IptCodeSystems.Participant, Codes.Of(p))] });
            }
        }

        e.Extension.Add(FhirFormat.CodeExtension("attendance", IptCodeSystems.Attendance, Codes.Of(session.Attendance)));
        e.Extension.Add(FhirFormat.CodeExtension("phase", IptCodeSystems.Phase, Codes.Of(session.Phase)));
        e.Extension.Add(FhirFormat.IntegerExtension("session-number", session.Number));
        if (session.ContractSession is { } c)
        {
            e.Extension.Add(FhirFormat.IntegerExtension("contract-session", c));
        }

        FhirFormat.Stamp(e, settings);
        return e;
    }

    /// <summary>The course as an EpisodeOfCare: <c>active</c> while open, <c>finished</c> when completed or discontinued
    /// (the discontinuation reason as an extension); <c>type</c> the protocol id; the identifier
    /// <c>urn:uuid:{course id}</c>; the current phase, contracted and held sessions as extensions.</summary>
    /// <param name="course">The course.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EpisodeOfCare ToEpisodeOfCare(this TreatmentCourse course, FhirMappingSettings settings)
    {
        Guard.Against.Null(course);
        Guard.Against.Null(settings);
        var e = new EpisodeOfCare
        {
            Identifier = [new Identifier(IptCodeSystems.UriIdentifier, "urn:uuid:" + course.Id.Value.ToString("D"))],
            Status = course.Status == CourseStatus.Active ? EpisodeOfCare.EpisodeOfCareStatus.Active : EpisodeOfCare.EpisodeOfCareStatus.Finished,
            Type = [FhirFormat.Concept(IptCodeSystems.Protocol, course.Protocol.Id, course.Protocol.Abbreviation)],
            Patient = settings.Patient(course.Client),
            Period = new Period { Start = FhirFormat.Date(course.StartedOn) },
        };
        if (course.Status != CourseStatus.Active)
        {
            e.Period.End = FhirFormat.Date(course.LastActivityOn);
        }

        if (course.CurrentPhase is { } phase)
        {
            e.Extension.Add(FhirFormat.CodeExtension("current-phase", IptCodeSystems.Phase, Codes.Of(phase.Kind)));
        }

        if (course.DiscontinuationReason is { } reason)
        {
            e.Extension.Add(FhirFormat.CodeExtension("discontinuation-reason", IptCodeSystems.DiscontinuationReason, Codes.Of(reason)));
        }

        e.Extension.Add(FhirFormat.IntegerExtension("contracted-sessions", course.ContractedSessions));
        e.Extension.Add(FhirFormat.IntegerExtension("sessions-held", course.SessionsHeld));
        FhirFormat.Stamp(e, settings);
        return e;
    }

    /// <summary>The course as a CarePlan that <c>instantiatesCanonical</c> its protocol's PlanDefinition: status
    /// <c>active</c>, <c>completed</c> or <c>revoked</c> (discontinued); one activity per phase (<c>completed</c>, the
    /// current one <c>in-progress</c>, later ones <c>not-started</c>, all but the current <c>cancelled</c> once the course is
    /// discontinued), one per required task (<c>completed</c> or not), and, while the course is active, one
    /// <c>scheduled</c> activity per due notice (<see cref="TreatmentCourse.Due"/> and
    /// <see cref="TreatmentCourse.MeasureDueNotices"/>: code and the library's plain message).</summary>
    /// <param name="course">The course.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <param name="episodeOfCare">Reference to the course's EpisodeOfCare (as <c>supportingInfo</c>), or null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static CarePlan ToCarePlan(this TreatmentCourse course, FhirMappingSettings settings, ResourceReference? episodeOfCare = null)
    {
        Guard.Against.Null(course);
        Guard.Against.Null(settings);
        var plan = new CarePlan
        {
            InstantiatesCanonical = [settings.PlanDefinitionUrl(course.Protocol.Id)],
            Status = course.Status switch
            {
                CourseStatus.Active => RequestStatus.Active,
                CourseStatus.Completed => RequestStatus.Completed,
                _ => RequestStatus.Revoked,
            },
            Intent = CarePlan.CarePlanIntent.Plan,
            Title = course.Protocol.Name,
            Subject = settings.Patient(course.Client),
            Period = new Period { Start = FhirFormat.Date(course.StartedOn) },
        };
        if (course.Status != CourseStatus.Active)
        {
            plan.Period.End = FhirFormat.Date(course.LastActivityOn);
        }

        if (episodeOfCare is not null)
        {
            plan.SupportingInfo.Add(episodeOfCare);
        }

        int current = course.Status == CourseStatus.Active ? course.Protocol.IndexOf(course.CurrentPhase!.Kind) : -1;
        var entered = new HashSet<PhaseKind>();
        foreach (SessionRecord s in course.Sessions)
        {
            entered.Add(s.Phase);
        }

        foreach (Courses.Events.CourseEvent ev in course.CorrectedHistory)
        {
            if (ev is Courses.Events.PhaseBegun begun)
            {
                entered.Add(begun.Phase);
            }
        }

        int lastEntered = -1;
        for (int i = 0; i < course.Protocol.Phases.Length; i++)
        {
            lastEntered = entered.Contains(course.Protocol.Phases[i].Kind) ? i : lastEntered;
        }

        for (int i = 0; i < course.Protocol.Phases.Length; i++)
        {
            PhaseDefinition phase = course.Protocol.Phases[i];
            CarePlan.CarePlanActivityStatus status = PhaseStatus(course.Status, i, current, lastEntered, entered.Contains(phase.Kind));
            plan.Activity.Add(Activity(IptCodeSystems.Phase, Codes.Of(phase.Kind), phase.DisplayName, status));
            foreach (TherapyTask task in phase.RequiredTasks.ToList())
            {
                CarePlan.CarePlanActivityStatus taskStatus = course.CompletedTasks.Contains(task)
                    ? CarePlan.CarePlanActivityStatus.Completed
                    : course.Status == CourseStatus.Active ? CarePlan.CarePlanActivityStatus.NotStarted : CarePlan.CarePlanActivityStatus.Cancelled;
                plan.Activity.Add(Activity(IptCodeSystems.Task, TherapyTasks.Code(task), TherapyTasks.DisplayName(task), taskStatus));
            }
        }

        if (course.Status == CourseStatus.Active)
        {
            foreach (DueNotice notice in course.Due())
            {
                plan.Activity.Add(DueActivity(notice));
            }

            foreach (DueNotice notice in course.MeasureDueNotices())
            {
                plan.Activity.Add(DueActivity(notice));
            }
        }

        FhirFormat.Stamp(plan, settings);
        return plan;
    }

    private static CarePlan.CarePlanActivityStatus PhaseStatus(CourseStatus status, int index, int current, int lastEntered, bool entered)
    {
        if (status == CourseStatus.Active)
        {
            return index < current ? (entered ? CarePlan.CarePlanActivityStatus.Completed : CarePlan.CarePlanActivityStatus.Cancelled)
                : index == current ? CarePlan.CarePlanActivityStatus.InProgress
                : CarePlan.CarePlanActivityStatus.NotStarted;
        }

        if (!entered)
        {
            return CarePlan.CarePlanActivityStatus.Cancelled;
        }

        return status == CourseStatus.Discontinued && index == lastEntered ? CarePlan.CarePlanActivityStatus.Stopped : CarePlan.CarePlanActivityStatus.Completed;
    }

    private static CarePlan.ActivityComponent DueActivity(DueNotice notice)
    {
        CarePlan.ActivityComponent a = Activity(IptCodeSystems.DueNotice, notice.Code, notice.Code, CarePlan.CarePlanActivityStatus.Scheduled);
        a.Detail!.Description = notice.Message;
        return a;
    }

    private static CarePlan.ActivityComponent Activity(string system, string code, string display, CarePlan.CarePlanActivityStatus status) =>
        new()
        {
            Detail = new CarePlan.DetailComponent
            {
                Code = FhirFormat.Concept(system, code, display),
                Status = status,
            },
        };
}
