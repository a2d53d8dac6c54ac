using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// A clinician's rating of how far one goal of the focus has come. The four steps are a product scale, not
/// a sourced instrument: the manuals describe goals, not a rating of them.
/// </summary>
public enum GoalProgress
{
    /// <summary>Work on the goal has not begun.</summary>
    NotStarted = 0,

    /// <summary>First signs of movement (the patient can name the problem, first attempts).</summary>
    Emerging = 1,

    /// <summary>Clear but incomplete progress.</summary>
    Partial = 2,

    /// <summary>The goal is met.</summary>
    Achieved = 3,
}
