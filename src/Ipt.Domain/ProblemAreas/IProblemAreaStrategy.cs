using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// What the manuals attach to one problem area: its goals, strategies and recommended techniques, the detail
/// a focus on it carries, and how progress on its goals is judged. Implementations are stateless and
/// thread-safe, so one instance can be shared (a DI singleton).
/// </summary>
public interface IProblemAreaStrategy
{
    /// <summary>The area.</summary>
    ProblemArea Area { get; }

    /// <summary>The goals of the work on this area, in the manuals' order.</summary>
    IReadOnlyList<ProblemAreaGoal> Goals { get; }

    /// <summary>The strategies the therapist uses on this area.</summary>
    IReadOnlyList<ProblemAreaStrategyStep> Strategies { get; }

    /// <summary>
    /// Ids of recommended techniques (e.g. <c>TECH-CA</c>), each present in
    /// <c>Ipt.Domain.Techniques.TechniqueCatalog</c>.
    /// </summary>
    IReadOnlyList<string> RecommendedTechniques { get; }

    /// <summary>The <see cref="ProblemAreaFocus"/> case a focus on this area carries.</summary>
    Type FocusType { get; }

    /// <summary>Brief source tags for the area as a whole.</summary>
    string Sources { get; }

    /// <summary>Judges progress on each goal and overall from recorded ratings (rule: <see cref="GoalAssessor"/>).</summary>
    /// <param name="ratings">Ratings, oldest first.</param>
    /// <returns>The assessment, or <see cref="ProblemAreaErrors.UnknownGoalCode"/> for a rating of a goal this area lacks.</returns>
    Result<ProblemAreaAssessment> Assess(IReadOnlyList<GoalRating> ratings);
}
