using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Calibration;

/// <summary>Which courses the response, remission and change of a <see cref="CalibrationTarget"/> describe.</summary>
public enum CalibrationAnalysis
{
    /// <summary>Every course that recorded the primary instrument at least twice, dropouts included (as the simulator's summary counts them).</summary>
    Evaluable,

    /// <summary>Completed courses only: the "completer" analysis many trial tables report.</summary>
    Completers,
}
