using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>An instrument a measurement schedule asks for at the latest session.</summary>
/// <param name="InstrumentCode">Instrument code (<c>srm-5</c> for the SRM diary week).</param>
/// <param name="ScheduleId">Id of the schedule asking for it.</param>
/// <param name="SessionNumber">The latest session's position in the session log.</param>
/// <param name="MeasurementPoint">The latest session's position among attended sessions (what the schedule counts).</param>
public sealed record MeasureDue(string InstrumentCode, string ScheduleId, int SessionNumber, int MeasurementPoint);
