using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Courses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fidelity;

/// <summary>How serious a finding is. Stored code in brackets.</summary>
public enum FidelitySeverity
{
    /// <summary>Worth knowing; not a deviation (<c>info</c>).</summary>
    Info = 0,

    /// <summary>A deviation in the process: measures, cadence, timing (<c>warning</c>).</summary>
    Warning = 1,

    /// <summary>A breach of a protocol gate or a safety rule (<c>error</c>).</summary>
    Error = 2,
}

/// <summary>One finding of a fidelity review. The message is plain and built only from codes and numbers, never from notes.</summary>
/// <param name="Code">Stable code (see <see cref="FidelityCodes"/>).</param>
/// <param name="Severity">Severity of the code.</param>
/// <param name="RuleId">The brief's rule or task id behind it, e.g. <c>TERM-01</c>.</param>
/// <param name="Message">Plain explanation.</param>
/// <param name="SessionNumber">The session (position in the session log) it concerns, if any.</param>
/// <param name="Subject">The task, instrument or concern code it concerns, if any (e.g. <c>interpersonal-inventory</c>, <c>phq-9</c>).</param>
public sealed record FidelityFinding(string Code, FidelitySeverity Severity, string RuleId, string Message, int? SessionNumber = null, string? Subject = null);

/// <summary>How well a course met one rule: the rule's weight in the score and the fraction met (0–1). Only applicable rules are listed.</summary>
/// <param name="Rule">Rule key (see <see cref="FidelityRules"/>).</param>
/// <param name="Weight">Weight in the summary score.</param>
/// <param name="Compliance">Fraction met, 0–1.</param>
public sealed record FidelityRuleResult(string Rule, int Weight, double Compliance);

/// <summary>The result of reviewing one course against its protocol.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="ProtocolId">The protocol it was reviewed against.</param>
/// <param name="Findings">Findings, in the order the reviewer checks its rules.</param>
/// <param name="Rules">The applicable rules with their compliance.</param>
/// <param name="Score">Summary score 0–100: the weighted mean compliance of the applicable rules (100 when none applies); see <c>docs/fidelity.md</c>.</param>
public sealed record FidelityReport(CourseId CourseId, string ProtocolId, IReadOnlyList<FidelityFinding> Findings, IReadOnlyList<FidelityRuleResult> Rules, int Score)
{
    /// <summary>Number of error findings.</summary>
    public int ErrorCount => Count(FidelitySeverity.Error);

    /// <summary>Number of warning findings.</summary>
    public int WarningCount => Count(FidelitySeverity.Warning);

    /// <summary>Number of info findings.</summary>
    public int InfoCount => Count(FidelitySeverity.Info);

    /// <summary>True when at least one finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>E.g. <c>Fidelity 92/100 on ipt: 0 errors, 2 warnings, 1 info</c>.</summary>
    public override string ToString() =>
        "Fidelity " + Score.ToString(CultureInfo.InvariantCulture) + "/100 on " + ProtocolId + ": " +
        Plural(ErrorCount, "error") + ", " + Plural(WarningCount, "warning") + ", " + InfoCount.ToString(CultureInfo.InvariantCulture) + " info";

    private static string Plural(int n, string word) => n.ToString(CultureInfo.InvariantCulture) + " " + word + (n == 1 ? string.Empty : "s");

    private int Count(FidelitySeverity severity)
    {
        int n = 0;
        foreach (FidelityFinding f in Findings)
        {
            if (f.Severity == severity)
            {
                n++;
            }
        }

        return n;
    }
}

/// <summary>A review of many courses, for researchers: counts per finding code and the score distribution.</summary>
/// <param name="Courses">Courses reviewed.</param>
/// <param name="MeanScore">Mean summary score; 0 when no course was reviewed.</param>
/// <param name="MinimumScore">Lowest summary score; null when no course was reviewed.</param>
/// <param name="CoursesWithErrors">Courses with at least one error finding.</param>
/// <param name="FindingCounts">Number of findings per code (codes without findings are absent).</param>
/// <param name="CoursesWithFinding">Number of courses with at least one finding of each code.</param>
public sealed record FidelitySummary(
    int Courses,
    double MeanScore,
    int? MinimumScore,
    int CoursesWithErrors,
    ImmutableSortedDictionary<string, int> FindingCounts,
    ImmutableSortedDictionary<string, int> CoursesWithFinding);

/// <summary>
/// Reviewer settings. Defaults are product choices (the brief gives no tolerance for either); each is documented in
/// <c>docs/fidelity.md</c>.
/// </summary>
public sealed record FidelityReviewerSettings
{
    private readonly double _cadenceTolerance = 0.5;
    private readonly int _safetyActionMaxDays;

    /// <summary>The default settings.</summary>
    public static FidelityReviewerSettings Default { get; } = new();

    /// <summary>
    /// How far an interval between attended sessions may differ from the protocol's nominal interval, as a fraction of
    /// it. Default 0.5: a weekly course accepts 3.5–10.5 days (so 4–10); a monthly one 15–45 days.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside [0, 1].</exception>
    public double CadenceTolerance
    {
        get => _cadenceTolerance;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The cadence tolerance must be between 0 and 1.");
            }

            _cadenceTolerance = value;
        }
    }

    /// <summary>Days after a safety concern within which its first action must be recorded. Default 0 (the same day):
    /// RULE-10 asks for an immediate risk assessment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int SafetyActionMaxDays
    {
        get => _safetyActionMaxDays;
        init
        {
            Guard.Against.LessThan(value, 0);
            _safetyActionMaxDays = value;
        }
    }
}

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
