using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>One finding of a fidelity review. The message is plain and built only from codes and numbers, never from notes.</summary>
/// <param name="Code">Stable code (see <see cref="FidelityCodes"/>).</param>
/// <param name="Severity">Severity of the code.</param>
/// <param name="RuleId">The brief's rule or task id behind it, e.g. <c>TERM-01</c>.</param>
/// <param name="Message">Plain explanation.</param>
/// <param name="SessionNumber">The session (position in the session log) it concerns, if any.</param>
/// <param name="Subject">The task, instrument or concern code it concerns, if any (e.g. <c>interpersonal-inventory</c>, <c>phq-9</c>).</param>
public sealed record FidelityFinding(string Code, FidelitySeverity Severity, string RuleId, string Message, int? SessionNumber = null, string? Subject = null);
