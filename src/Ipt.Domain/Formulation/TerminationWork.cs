using Ipt.Domain.Primitives;
using System;
using System.Collections.Generic;

namespace Ipt.Domain.Formulation;

/// <summary>
/// The termination tasks as data (brief §8), for documentation and for the course's termination phase.
/// </summary>
public static class TerminationWork
{
    /// <summary>TERM-01 … TERM-08 in order.</summary>
    public static IReadOnlyList<TerminationTask> Tasks { get; } =
    [
        new("TERM-01", "announce-ending", "Announce and discuss the ending explicitly",
            "Raise it at least 2-4 sessions before the last one; keep the original contract unless explicitly renegotiated.", "[S09]", EvidenceStatus.Confirmed),
        new("TERM-02", "acknowledge-feelings-about-ending", "Acknowledge feelings about ending",
            "Treat ending as a potential loss or role transition (sadness, worry, sense of abandonment); normalise.", "[S09][S34][S76]", EvidenceStatus.Confirmed),
        new("TERM-03", "review-progress", "Review progress and consolidate gains",
            "Compare current and baseline symptoms; review how the focal problem was resolved; credit the patient's own efforts.", "[S34][S36][S76]", EvidenceStatus.Confirmed),
        new("TERM-04", "independent-competence", "Build a sense of independent competence",
            "The patient must feel able to handle future problems without the therapist.", "[S09][S36]", EvidenceStatus.Confirmed),
        new("TERM-05", "relapse-plan", "Relapse warning signs and action plan",
            "Identify early warning symptoms, agree actions and when to seek help again; share warning signs with significant others if useful.", "[S36][S37]", EvidenceStatus.Confirmed),
        new("TERM-06", "remaining-goals", "Remaining goals",
            "Name areas still needing work and how the patient will continue.", "[S36][S37]", EvidenceStatus.Confirmed),
        new("TERM-07", "continuation-or-maintenance", "Decide on continuation or maintenance",
            "Offer a new contract for continuation or maintenance IPT when indicated (recurrent depression, residual symptoms, ongoing stressors).", "[S34][S31]", EvidenceStatus.Confirmed),
        new("TERM-08", "handle-non-response", "Handle non-response",
            "If the patient has not improved, offer another effective treatment [S34]; framing it as a failure of the treatment, not of the patient, is unconfirmed.", "[S34]", EvidenceStatus.Confirmed),
    ];

    /// <summary>The task with an id (<c>TERM-05</c>) or code (<c>relapse-plan</c>), ignoring case; null when unknown.</summary>
    /// <param name="idOrCode">Id or code.</param>
    public static TerminationTask? Find(string? idOrCode)
    {
        foreach (TerminationTask task in Tasks)
        {
            if (string.Equals(task.Id, idOrCode, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(task.Code, idOrCode, StringComparison.OrdinalIgnoreCase))
            {
                return task;
            }
        }

        return null;
    }
}
