using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>An action recorded on a safety concern.</summary>
/// <param name="On">Date of the action.</param>
/// <param name="Action">What was done.</param>
/// <param name="Note">Optional private note; never printed.</param>
public sealed record SafetyActionTaken(DateOnly On, SafetyAction Action, PrivateNote? Note);
