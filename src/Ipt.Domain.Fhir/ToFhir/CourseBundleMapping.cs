using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Fhir;

/// <summary>
/// A whole course as linked resources and as one <c>transaction</c> Bundle. Resource ids derive from the course id
/// (<c>{course}</c>, <c>{course}-plan</c>, <c>{course}-session-{n}</c>, <c>{course}-measure-{k}</c>,
/// <c>{course}-score-{k}</c>, <c>{course}-concern-{n}</c>), so exporting again updates the same resources (each entry
/// is a <c>PUT</c>). The corrected record is exported (decision 0025): an entry marked entered in error has no resource
/// (the transaction Bundle <c>DELETE</c>s what an earlier export wrote for it), an amended measure is exported as amended
/// (status <c>amended</c> on its response and score) and an amended session with its amended values. Only the events the
/// mapping knows are exported; any other event type in the history (a newer core's) is skipped, as are SRM diary weeks
/// and formulation detail (decision 0041).
/// </summary>
public static class CourseBundleMapping
{
    /// <summary>Every resource of the course, linked.</summary>
    /// <param name="course">The course.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CourseResources ToFhirResources(this TreatmentCourse course, FhirMappingSettings settings)
    {
        Guard.Against.Null(course);
        Guard.Against.Null(settings);
        string id = course.Id.Value.ToString("D");
        var episodeRef = new ResourceReference("EpisodeOfCare/" + id);
        EpisodeOfCare episode = course.ToEpisodeOfCare(settings);
        episode.Id = id;
        CarePlan plan = course.ToCarePlan(settings, episodeRef);
        plan.Id = id + "-plan";

        var encounters = new List<Encounter>(course.Sessions.Count);
        foreach (SessionRecord s in course.Sessions)
        {
            Encounter e = s.ToEncounter(course.Client, settings, episodeRef);
            e.Id = SessionId(id, s.Number);
            encounters.Add(e);
        }

        var responses = new List<QuestionnaireResponse>();
        var observations = new List<Observation>();
        IReadOnlyList<CourseMeasure> scores = course.Measures();
        CorrectedEntries corrected = CorrectedEntries.Of(course.History);
        int k = 0;
        int j = 0;
        for (int i = 0; i < course.History.Count; i++)
        {
            if (course.History[i] is not MeasureRecorded stored)
            {
                continue;
            }

            // Numbered by the measure's place among the stored measures, so a later correction keeps every other id.
            k++;
            if (corrected.InError.Contains(i) || j >= scores.Count)
            {
                continue;
            }

            bool isAmended = corrected.Amended.TryGetValue(i, out CourseEvent? amendment);
            MeasureRecorded m = isAmended ? (MeasureRecorded)amendment! : stored;
            ResourceReference? encounter = m.SessionNumber is { } n ? new ResourceReference("Encounter/" + SessionId(id, n)) : null;
            QuestionnaireResponse qr = m.ToQuestionnaireResponse(course.Client, settings, encounter);
            qr.Id = MeasureId(id, k);
            Observation o = scores[j].Score.ToObservation(m.OccurredOn, course.Client, settings, new ResourceReference("QuestionnaireResponse/" + qr.Id), encounter);
            o.Id = ScoreId(id, k);
            j++;
            if (isAmended)
            {
                qr.Status = QuestionnaireResponse.QuestionnaireResponseStatus.Amended;
                o.Status = ObservationStatus.Amended;
            }

            responses.Add(qr);
            observations.Add(o);
        }

        var flags = new List<Flag>();
        foreach (SafetyConcern c in course.SafetyConcerns())
        {
            ResourceReference? encounter = c.SessionNumber is { } n ? new ResourceReference("Encounter/" + SessionId(id, n)) : null;
            Flag f = c.ToFlag(course.Client, settings, encounter);
            f.Id = id + "-concern-" + FhirFormat.N(c.Number);
            flags.Add(f);
        }

        return new CourseResources(episode, plan, encounters, responses, observations, flags);
    }

    /// <summary>The course as a <c>transaction</c> Bundle: every resource of <see cref="ToFhirResources"/> as a <c>PUT</c>
    /// of <c>{type}/{id}</c>, full URLs <c>urn:uuid:</c> name-based on the type and id. POST it to the server's base URL.</summary>
    /// <param name="course">The course.</param>
    /// <param name="settings">Mapping settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Bundle ToTransactionBundle(this TreatmentCourse course, FhirMappingSettings settings)
    {
        CourseResources resources = course.ToFhirResources(settings);
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };
        foreach (Resource r in resources.All())
        {
            string path = r.TypeName + "/" + r.Id;
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = "urn:uuid:" + NameBasedGuid(path).ToString("D"),
                Resource = r,
                Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = path },
            });
        }

        foreach (string path in Withdrawn(course, resources))
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = "urn:uuid:" + NameBasedGuid(path).ToString("D"),
                Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.DELETE, Url = path },
            });
        }

        return bundle;
    }

    // The resources an earlier export of this course may have written for entries now marked entered in error: each
    // measure's response and score, and a session whose number no recorded session holds any more.
    private static List<string> Withdrawn(TreatmentCourse course, CourseResources resources)
    {
        string id = course.Id.Value.ToString("D");
        CorrectedEntries corrected = CorrectedEntries.Of(course.History);
        var paths = new List<string>();
        var sessions = new HashSet<string>();
        foreach (Encounter e in resources.Encounters)
        {
            if (e.Id is { } session)
            {
                sessions.Add(session);
            }
        }

        int k = 0;
        for (int i = 0; i < course.History.Count; i++)
        {
            CourseEvent e = course.History[i];
            if (e is MeasureRecorded)
            {
                k++;
                if (corrected.InError.Contains(i))
                {
                    paths.Add("QuestionnaireResponse/" + MeasureId(id, k));
                    paths.Add("Observation/" + ScoreId(id, k));
                }
            }
            else if (e is SessionRecorded s && corrected.InError.Contains(i) && !sessions.Contains(SessionId(id, s.Number)))
            {
                paths.Add("Encounter/" + SessionId(id, s.Number));
            }
        }

        return paths;
    }

    private static string SessionId(string courseId, int number) => courseId + "-session-" + FhirFormat.N(number);

    private static string MeasureId(string courseId, int k) => courseId + "-measure-" + FhirFormat.N(k);

    private static string ScoreId(string courseId, int k) => courseId + "-score-" + FhirFormat.N(k);

    // Name-based (RFC 4122 version-5 layout, SHA-256 truncated) so the same resource always gets the same full URL.
    internal static Guid NameBasedGuid(string name)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(IptCodeSystems.Base + "/" + name));
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
