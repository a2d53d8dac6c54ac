using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>The rules a review scores, with their weights (see <c>docs/fidelity.md</c>).</summary>
public static class FidelityRules
{
    /// <summary>Initial-phase tasks done within the initial phase's planned sessions (weight 2).</summary>
    public const string InitialTasks = "initial-tasks";

    /// <summary>Middle phase only after the formulation was agreed (weight 3).</summary>
    public const string MiddleAfterAgreement = "middle-after-agreement";

    /// <summary>Focus count within the protocol's maximum (weight 2).</summary>
    public const string FocusCount = "focus-count";

    /// <summary>Ending raised with the protocol's notice (weight 3).</summary>
    public const string EndingNotice = "ending-notice";

    /// <summary>Contract sessions within the protocol's maximum (weight 1).</summary>
    public const string SessionCount = "session-count";

    /// <summary>Intervals between attended sessions within the cadence tolerance (weight 1).</summary>
    public const string Cadence = "cadence";

    /// <summary>Scheduled instruments recorded (weight 1).</summary>
    public const string Measures = "measures";

    /// <summary>Scheduled SRM-5 weeks reviewed (weight 1).</summary>
    public const string Srm = "srm";

    /// <summary>Every safety concern followed by a timely action (weight 3).</summary>
    public const string Safety = "safety";

    /// <summary>Session adherence to the protocol's checklist, from a rater's session ratings (weight 2; applies only
    /// when ratings are given to <see cref="FidelityReviewer.Review(Ipt.Domain.Courses.TreatmentCourse, IReadOnlyList{SessionAdherenceRating})"/>).</summary>
    public const string Adherence = "adherence";

    /// <summary>Every rule key with its weight, in the order the reviewer checks them.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Weights { get; } =
    [
        new(InitialTasks, 2), new(MiddleAfterAgreement, 3), new(FocusCount, 2), new(EndingNotice, 3), new(SessionCount, 1),
        new(Cadence, 1), new(Measures, 1), new(Srm, 1), new(Safety, 3), new(Adherence, 2),
    ];

    /// <summary>The weight of a rule.</summary>
    /// <param name="rule">A rule key.</param>
    /// <exception cref="ArgumentException">The key is not a rule.</exception>
    public static int WeightOf(string rule)
    {
        foreach (KeyValuePair<string, int> w in Weights)
        {
            if (string.Equals(w.Key, rule, StringComparison.Ordinal))
            {
                return w.Value;
            }
        }

        throw new ArgumentException("Not a fidelity rule.", nameof(rule));
    }
}
