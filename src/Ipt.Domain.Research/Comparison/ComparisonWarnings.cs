using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Statistics;

namespace Ipt.Domain.Research.Comparison;

/// <summary>Warning codes of <see cref="ArmComparison"/>.</summary>
public static class ComparisonWarnings
{
    /// <summary>The arms' endpoints fall at different measurement points: the "endpoint" is not the same endpoint.</summary>
    public const string EndpointPointsDiffer = "compare.endpoint-points-differ";

    /// <summary>The arms measure on different schedules.</summary>
    public const string SchedulesDiffer = "compare.schedules-differ";

    /// <summary>The arms' primary outcome uses different instruments.</summary>
    public const string InstrumentsDiffer = "compare.instruments-differ";

    /// <summary>The arms were not simulated on the same seeded population (different seeds or sizes).</summary>
    public const string PopulationsDiffer = "compare.populations-differ";
}
