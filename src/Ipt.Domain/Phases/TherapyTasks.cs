using System;

namespace Ipt.Domain.Phases;

/// <summary>Descriptive data for each <see cref="TherapyTask"/>: stable code, display name and brief identifier.</summary>
public static class TherapyTasks
{
    /// <summary>Number of task values.</summary>
    public const int Count = 17;

    // Index = (int)TherapyTask. Codes are stored in JSON and used in error codes: never change them.
    private static readonly string[] Codes =
    [
        "diagnosis", "baseline-severity", "psychoeducation", "sick-role-assigned", "medication-evaluated",
        "interpersonal-inventory", "formulation-agreed", "treatment-contract", "ending-raised",
        "feelings-about-ending", "progress-reviewed", "independent-competence", "relapse-warning-signs",
        "future-plan", "continuation-decided", "mood-episode-history", "social-rhythm-baseline",
    ];

    private static readonly string[] Names =
    [
        "diagnosis", "baseline severity rating", "psychoeducation", "sick role assigned", "medication need evaluated",
        "interpersonal inventory", "formulation agreed", "treatment contract", "ending raised",
        "feelings about ending acknowledged", "progress reviewed", "independent competence built",
        "relapse warning signs and plan", "future plan", "continuation or maintenance decided",
        "mood-episode history and life chart", "social rhythm baseline recorded",
    ];

    private static readonly string[] BriefIds =
    [
        "INIT-01", "INIT-02", "INIT-03", "INIT-04", "INIT-05", "INIT-06", "INIT-09", "INIT-10",
        "TERM-01", "TERM-02", "TERM-03", "TERM-04", "TERM-05", "TERM-06", "TERM-07", "IPSRT-01", "IPSRT-01",
    ];

    /// <summary>Stable code of a task, e.g. <c>formulation-agreed</c>.</summary>
    /// <param name="task">The task.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined task.</exception>
    public static string Code(TherapyTask task) => Codes[Index(task)];

    /// <summary>Plain display name of a task, e.g. <c>formulation agreed</c>.</summary>
    /// <param name="task">The task.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined task.</exception>
    public static string DisplayName(TherapyTask task) => Names[Index(task)];

    /// <summary>The brief's identifier for the task, e.g. <c>INIT-09</c>.</summary>
    /// <param name="task">The task.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined task.</exception>
    public static string BriefId(TherapyTask task) => BriefIds[Index(task)];

    /// <summary>True when the value is a defined task.</summary>
    /// <param name="task">The value to check.</param>
    public static bool IsDefined(TherapyTask task) => (uint)task < Count;

    private static int Index(TherapyTask task)
    {
        if (!IsDefined(task))
        {
            throw new ArgumentOutOfRangeException(nameof(task), (int)task, "Not a defined therapy task.");
        }

        return (int)task;
    }
}
