using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fidelity;

/// <summary>Reviews recorded courses against their protocols (protocol adherence, not therapist competence).</summary>
public interface IFidelityReviewer
{
    /// <summary>Reviews one course against its protocol.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The findings, the applicable rules and the summary score.</returns>
    FidelityReport Review(TreatmentCourse course);

    /// <summary>Reviews many courses and aggregates the results.</summary>
    /// <param name="courses">The courses.</param>
    /// <returns>Counts per finding code, the mean and lowest score.</returns>
    FidelitySummary ReviewMany(IEnumerable<TreatmentCourse> courses);
}
