using System.Collections.Generic;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of Brief IPT whose values are unconfirmed or contested, with documented defaults (brief §11.1).</summary>
public sealed record BriefIptSettings
{
    /// <summary>Protocol id. Default <c>ipt-b</c>.</summary>
    public string Id { get; init; } = BriefIpt.Id;

    /// <summary>Whether the motivational-interviewing engagement session is offered. Default true: "usually preceded by" one [S27].</summary>
    public bool EngagementSession { get; init; } = true;

    /// <summary>Sessions in the termination phase. Default 2: the middle/termination split of sessions 3–8 is unconfirmed (§11.1).</summary>
    public int TerminationSessions { get; init; } = 2;

    /// <summary>Sessions that must remain when the ending is raised. Default 2 (unconfirmed; TERM-01 asks 2–4 for standard IPT [S09]).</summary>
    public int TerminationNoticeSessions { get; init; } = 2;

    /// <summary>Problem areas. Default the standard four [S27]; MOMCare uses three (<see cref="ProblemAreaSets.BriefIptMomCare"/>) [S29].</summary>
    public IReadOnlyList<ProblemArea> ProblemAreas { get; init; } = ProblemAreaSets.StandardIpt;

    /// <summary>Measurement schedule. Default <see cref="MeasurementSchedule.IptInstitutePortfolio"/> as in standard IPT (brief silent for IPT-B).</summary>
    public MeasurementSchedule Measurement { get; init; } = MeasurementSchedule.IptInstitutePortfolio;
}
