using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>Response and remission under one set of outcome criteria.</summary>
/// <param name="CriteriaId">Id of the criteria.</param>
/// <param name="InstrumentCode">Their instrument.</param>
/// <param name="Evaluable">Courses that recorded the instrument at least twice (baseline and a follow-up).</param>
/// <param name="Responders">Evaluable courses whose latest total fell by the criteria's fraction of baseline.</param>
/// <param name="Remitters">Evaluable courses whose latest total is at or below the remission threshold (0 when the criteria have none).</param>
/// <param name="ResponseRate">Responders / evaluable (0 when none is evaluable).</param>
/// <param name="RemissionRate">Remitters / evaluable, or null when the criteria define no remission.</param>
public sealed record OutcomeRates(string CriteriaId, string InstrumentCode, int Evaluable, int Responders, int Remitters, double ResponseRate, double? RemissionRate);
