using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>What the clinician did about a safety concern. Stored code in brackets.</summary>
public enum SafetyAction
{
    /// <summary>An immediate risk assessment was done (RULE-10) (<c>risk-assessment</c>).</summary>
    RiskAssessment = 0,

    /// <summary>A safety plan was made with the client (<c>safety-plan</c>).</summary>
    SafetyPlan = 1,

    /// <summary>The client was referred for further assessment or care (<c>referral</c>).</summary>
    Referral = 2,
}
