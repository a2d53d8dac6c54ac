using System.Collections.Generic;

namespace Ipt.Domain.Research.Statistics;

/// <summary>One point of a mean symptom trajectory.</summary>
/// <param name="Instrument">Instrument code.</param>
/// <param name="Point">Measurement point: attended sessions so far.</param>
/// <param name="Total">Mean total at that point with its 95 % CI.</param>
public sealed record TrajectoryPoint(string Instrument, int Point, MeanEstimate Total);
