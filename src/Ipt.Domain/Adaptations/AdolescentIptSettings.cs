using System.Collections.Generic;
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
