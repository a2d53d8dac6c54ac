using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>A total's severity band together with the id of the band set that produced it (C23).</summary>
/// <param name="BandSetId">Id of the band set, e.g. <c>phq9-kroenke-2001</c>.</param>
/// <param name="Band">The band the total falls in.</param>
public readonly record struct SeverityClassification(string BandSetId, SeverityBand Band)
{
    /// <summary>The band's stable code.</summary>
    public string Code => Band.Code;

    /// <summary>The band's label.</summary>
    public string Label => Band.Label;
}
