using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Fhir;

/// <summary>Every resource of one course, linked by id and reference. See <see cref="CourseBundleMapping.ToFhirResources"/>.</summary>
/// <param name="EpisodeOfCare">The course.</param>
/// <param name="CarePlan">The course as an instance of its protocol's PlanDefinition.</param>
/// <param name="Encounters">One per recorded session, in session order.</param>
/// <param name="QuestionnaireResponses">One per item-scored measure of the corrected record (none for a measure entered in error), oldest first.</param>
/// <param name="Observations">The score of each measure, in the same order.</param>
/// <param name="Flags">One per safety concern, oldest first.</param>
public sealed record CourseResources(
    EpisodeOfCare EpisodeOfCare,
    CarePlan CarePlan,
    IReadOnlyList<Encounter> Encounters,
    IReadOnlyList<QuestionnaireResponse> QuestionnaireResponses,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Flag> Flags)
{
    /// <summary>Every resource, EpisodeOfCare first.</summary>
    public IEnumerable<Resource> All()
    {
        yield return EpisodeOfCare;
        yield return CarePlan;
        foreach (Encounter e in Encounters)
        {
            yield return e;
        }

        for (int i = 0; i < QuestionnaireResponses.Count; i++)
        {
            yield return QuestionnaireResponses[i];
            yield return Observations[i];
        }

        foreach (Flag f in Flags)
        {
            yield return f;
        }
    }
}
