using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Techniques;

/// <summary>
/// The technique catalogue, scoped per therapy family (C08). <see cref="Ipt"/> is the Guide 2017 list plus the
/// structural and monitoring techniques of brief §7; <see cref="Mit"/> and <see cref="Cbt"/> hold the
/// techniques consumer articles wrongly attach to IPT, kept so they can be recognised and refused.
/// </summary>
public static class TechniqueCatalog
{
    private static readonly ProblemArea[] Standard =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits];

    /// <summary>IPT techniques (brief §7).</summary>
    public static IReadOnlyList<Technique> Ipt { get; } =
    [
        new("TECH-NDE", "nondirective-exploration", "Nondirective exploration", TherapyFamily.Ipt, TechniqueCategory.Exploratory,
            "Open, supportive questions that let the patient bring up material",
            TechniquePhases.Initial | TechniquePhases.Middle, Standard, "[S10]", EvidenceStatus.Confirmed),
        new("TECH-DE", "direct-elicitation", "Direct elicitation", TherapyFamily.Ipt, TechniqueCategory.Exploratory,
            "Specific questions about people, events, feelings",
            TechniquePhases.Initial | TechniquePhases.Middle, Standard, "[S10]", EvidenceStatus.Confirmed),
        new("TECH-AFF", "encouragement-of-affect", "Encouragement of affect", TherapyFamily.Ipt, TechniqueCategory.Affect,
            "Help the patient express, recognise, tolerate and use feelings (including painful or suppressed ones) as interpersonal information",
            TechniquePhases.All, [ProblemArea.Grief, ProblemArea.RoleDispute], "[S10]", EvidenceStatus.Confirmed),
        new("TECH-CLAR", "clarification", "Clarification", TherapyFamily.Ipt, TechniqueCategory.CognitiveReflective,
            "Restate or contrast what the patient said to expose patterns or contradictions",
            TechniquePhases.Middle, Standard, "[S10]", EvidenceStatus.Confirmed),
        new("TECH-CA", "communication-analysis", "Communication analysis", TherapyFamily.Ipt, TechniqueCategory.Communication,
            "Reconstruct a recent charged interaction line by line, with feelings at each step, to find failures and alternatives",
            TechniquePhases.Middle, [ProblemArea.RoleDispute, ProblemArea.InterpersonalDeficits], "[S10][S15]", EvidenceStatus.Confirmed),
        new("TECH-DA", "decision-analysis", "Decision analysis", TherapyFamily.Ipt, TechniqueCategory.BehaviourChange,
            "Generate and weigh options for an interpersonal problem, choose one to try",
            TechniquePhases.Middle, [ProblemArea.RoleDispute, ProblemArea.RoleTransition], "[S10][S13]", EvidenceStatus.Confirmed),
        new("TECH-RP", "role-play", "Role play", TherapyFamily.Ipt, TechniqueCategory.BehaviourChange,
            "Rehearse new interpersonal behaviour with the therapist",
            TechniquePhases.Middle, [ProblemArea.RoleDispute, ProblemArea.InterpersonalDeficits, ProblemArea.RoleTransition], "[S10][S15]", EvidenceStatus.Confirmed),
        new("TECH-REL", "therapeutic-relationship", "Use of the therapeutic relationship", TherapyFamily.Ipt, TechniqueCategory.Relational,
            "Treat the patient's way of relating to the therapist as a sample of other relationships and give feedback on how they come across (no transference interpretation)",
            TechniquePhases.Middle, [ProblemArea.RoleDispute, ProblemArea.InterpersonalDeficits], "[S10][S08]", EvidenceStatus.Confirmed),
        new("TECH-PSY", "psychoeducation", "Psychoeducation", TherapyFamily.Ipt, TechniqueCategory.Educational,
            "Explain the illness, the sick role and the IPT model",
            TechniquePhases.Initial | TechniquePhases.Middle, Standard, "[S06]", EvidenceStatus.Confirmed),
        new("TECH-OQ", "opening-interval-question", "Opening interval question", TherapyFamily.Ipt, TechniqueCategory.Structural,
            "Start each middle session by asking about the week, eliciting mood and events",
            TechniquePhases.Middle, Standard, "[S07][S08]", EvidenceStatus.Confirmed),
        new("TECH-MR", "weekly-mood-rating", "Weekly mood rating", TherapyFamily.Ipt, TechniqueCategory.Monitoring,
            "1-10 mood rating reviewed each session (IPT-A case material shows weekly average and worst rating)",
            TechniquePhases.All, Standard, "[S49]", EvidenceStatus.Unconfirmed)
        {
            Note = "Documented for IPT-A only (case material [S49]); unconfirmed for other IPT variants, where no source applies it.",
        },
        new("TECH-HW", "work-at-home", "Work at home / homework", TherapyFamily.Ipt, TechniqueCategory.BetweenSessionPractice,
            "Practising new behaviours between sessions",
            TechniquePhases.Middle, Standard, "[S24][S08][S28]", EvidenceStatus.Contested)
        {
            Note = "Contested (C07): IPT requires no explicit homework [S08] and avoids systematic homework [S24]; the IPT-PTSD manual gives none; WHO group IPT middle sessions include it [S28]. Optional and protocol-dependent, never required.",
        },
    ];

    /// <summary>MIT experiential techniques (brief §16.2 [S67][S68][S69]); not IPT techniques (C08).</summary>
    public static IReadOnlyList<Technique> Mit { get; } =
    [
        MitTechnique("MIT-IMAGERY", "guided-imagery-rescripting", "Guided imagery and imagery rescripting",
            "Re-imagine a disturbing past event and a different reaction to it"),
        MitTechnique("MIT-TWO-CHAIR", "two-chair-work", "Two-chair work",
            "Give voice to conflicting parts of the self or to an other in an enacted dialogue"),
        MitTechnique("MIT-BODY", "body-sensorimotor-work", "Body-oriented and sensorimotor work",
            "Reach inner states through the body (grounding, breathing) when dialogue cannot"),
        MitTechnique("MIT-MINDFULNESS", "interpersonal-mindfulness", "Interpersonal mindfulness",
            "Mindful attention to mental states arising in relationships"),
        MitTechnique("MIT-BEHAVIOURAL-EXPERIMENT", "behavioural-experiments", "Behavioural exploration and experiments",
            "Act on healthy wishes and test schemas in behaviour"),
    ];

    /// <summary>CBT techniques attributed to IPT by a consumer article (C08); not IPT techniques.</summary>
    public static IReadOnlyList<Technique> Cbt { get; } =
    [
        new("CBT-COGNITIVE-RESTRUCTURING", "cognitive-restructuring", "Cognitive restructuring", TherapyFamily.Cbt, TechniqueCategory.Cognitive,
            "Identify and challenge unhelpful thoughts",
            TechniquePhases.None, [], "brief §7; C08", EvidenceStatus.Confirmed)
        {
            Note = "A CBT technique; Seed 003 attaches it to IPT, the IPT manuals do not (C08).",
        },
    ];

    /// <summary>Every technique of every family.</summary>
    public static IReadOnlyList<Technique> All { get; } = [.. Ipt, .. Mit, .. Cbt];

    /// <summary>Behaviours IPT authors proscribe (brief §19 [S08]).</summary>
    public static IReadOnlyList<ProscribedBehaviour> ProscribedInIpt { get; } =
    [
        new("transference-interpretation", "Transference interpretation", "[S08]"),
        new("dream-interpretation", "Dream interpretation", "[S08]"),
        new("genetic-interpretation", "Genetic interpretation", "[S08]"),
    ];

    private static readonly FrozenDictionary<string, Technique> ByKey = BuildLookup();

    private static readonly FrozenDictionary<string, ProscribedBehaviour> Proscribed =
        ProscribedInIpt.ToFrozenDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a technique of any family by id (<c>TECH-CA</c>) or code (<c>communication-analysis</c>), ignoring case.</summary>
    /// <param name="idOrCode">Id or code.</param>
    /// <param name="technique">The technique when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? idOrCode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Technique? technique)
    {
        technique = null;
        return idOrCode is not null && ByKey.TryGetValue(idOrCode.Trim(), out technique);
    }

    /// <summary>Finds a technique of any family, failing with <see cref="TechniqueErrors.NotInCatalogueCode"/>.</summary>
    /// <param name="idOrCode">Id or code.</param>
    public static Result<Technique> Get(string? idOrCode) =>
        TryGet(idOrCode, out Technique? technique) ? technique : TechniqueErrors.NotInCatalogue();

    /// <summary>
    /// Checks that a technique is part of IPT. Errors: <see cref="TechniqueErrors.ProscribedCode"/> for a
    /// proscribed behaviour, <see cref="TechniqueErrors.NotIptCode"/> for a technique of another family,
    /// <see cref="TechniqueErrors.NotInCatalogueCode"/> for anything else.
    /// </summary>
    /// <param name="idOrCode">Id or code.</param>
    public static Result<Technique> RequireIpt(string? idOrCode)
    {
        if (TryGet(idOrCode, out Technique? technique))
        {
            return technique.Family == TherapyFamily.Ipt ? technique : TechniqueErrors.NotIpt(technique);
        }

        return idOrCode is not null && Proscribed.TryGetValue(idOrCode.Trim(), out ProscribedBehaviour? behaviour)
            ? TechniqueErrors.Proscribed(behaviour)
            : TechniqueErrors.NotInCatalogue();
    }

    /// <summary>The IPT techniques that serve a problem area.</summary>
    /// <param name="area">The area.</param>
    public static IReadOnlyList<Technique> ServingArea(ProblemArea area) => [.. Ipt.Where(t => t.Serves(area))];

    private static Technique MitTechnique(string id, string code, string name, string purpose) =>
        new(id, code, name, TherapyFamily.Mit, TechniqueCategory.Experiential, purpose, TechniquePhases.None, [],
            "[S67][S68][S69]", EvidenceStatus.Confirmed)
        {
            Note = "An MIT technique; consumer articles attach it to IPT, the IPT manuals do not (C08).",
        };

    private static FrozenDictionary<string, Technique> BuildLookup()
    {
        var map = new Dictionary<string, Technique>(StringComparer.OrdinalIgnoreCase);
        foreach (Technique t in Ipt.Concat(Mit).Concat(Cbt))
        {
            map.Add(t.Id, t);
            map.Add(t.Code, t);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
