using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

/// <summary>The built-in adherence checklists.</summary>
public static class AdherenceChecklists
{
    /// <summary>
    /// IPT (individual, the manuals' strategies): in every session the opening interval question and linking mood to
    /// interpersonal events (MID-01, MID-02: essential, unique [S07][S15]); encouragement of affect and clarification
    /// (essential, shared [S10][S122]); per problem area, that area's strategies (MID-03 [S01][S07]) (<see cref="ProblemAreaStrategies"/>,
    /// each with its own source and status). Proscribed: transference, dream and genetic interpretation [S08], and
    /// CBT techniques driven by homework (cognitive restructuring, thought records; IPT assigns no explicit homework
    /// [S08], C08).
    /// </summary>
    public static AdherenceChecklist Ipt { get; } = new("ipt-adherence", BuildIpt());

    /// <summary>Code of the proscribed CBT homework item.</summary>
    public const string CbtHomeworkCode = "proscribed.cbt-homework-techniques";

    private static IEnumerable<AdherenceItem> BuildIpt()
    {
        yield return new("ipt.opening-interval-question", "Opens by asking how the patient has been since the last session (MID-01, TECH-OQ)", AdherenceCategory.EssentialUnique, null, "[S07][S15]", EvidenceStatus.Confirmed);
        yield return new("ipt.link-mood-to-focus", "Links the patient's mood to interpersonal events, in both directions (MID-02)", AdherenceCategory.EssentialUnique, null, "[S07][S15]", EvidenceStatus.Confirmed);
        yield return new("ipt.encourage-affect", "Encourages the expression of affect (TECH-AFF)", AdherenceCategory.EssentialShared, null, "[S10][S122]", EvidenceStatus.Confirmed);
        yield return new("ipt.clarification", "Clarifies what the patient says and feels (TECH-CLAR)", AdherenceCategory.EssentialShared, null, "[S10][S122]", EvidenceStatus.Confirmed);
        yield return new("ipt.role-play", "Rehearses new ways of relating by role play (TECH-RP)", AdherenceCategory.Allowed, null, "[S10]", EvidenceStatus.Confirmed);
        foreach (IProblemAreaStrategy s in ProblemAreaStrategies.All)
        {
            foreach (ProblemAreaStrategyStep step in s.Strategies)
            {
                yield return new(step.Code, step.Text, AdherenceCategory.EssentialUnique, s.Area, step.Sources, step.Status);
            }
        }

        yield return new("proscribed.transference-interpretation", "Interprets the transference", AdherenceCategory.Proscribed, null, "[S08]", EvidenceStatus.Confirmed);
        yield return new("proscribed.dream-interpretation", "Interprets dreams", AdherenceCategory.Proscribed, null, "[S08]", EvidenceStatus.Confirmed);
        yield return new("proscribed.genetic-interpretation", "Interprets the patient's past as the origin of the present (genetic interpretation)", AdherenceCategory.Proscribed, null, "[S08]", EvidenceStatus.Confirmed);
        yield return new(CbtHomeworkCode, "Uses homework-driven CBT techniques (cognitive restructuring, thought records assigned between sessions)", AdherenceCategory.Proscribed, null, "[S08]; C08", EvidenceStatus.Contested);
    }
}
