using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

/// <summary>The four kinds of therapist behaviour adherence measurement distinguishes (Waltz et al. 1993, as summarised
/// in [S126]). Adherence (did the therapist do what the manual prescribes and avoid what it proscribes) is rated apart
/// from competence (how well it was done), which this checklist does not rate.</summary>
public enum AdherenceCategory
{
    /// <summary>Essential to the therapy and unique to it (e.g. linking mood to the interpersonal focus).</summary>
    EssentialUnique = 0,

    /// <summary>Essential but shared with other therapies (e.g. encouragement of affect, clarification).</summary>
    EssentialShared = 1,

    /// <summary>Allowed, not required.</summary>
    Allowed = 2,

    /// <summary>Proscribed: counts against adherence whenever observed.</summary>
    Proscribed = 3,
}

/// <summary>One item of a session-level adherence checklist.</summary>
/// <param name="Code">Stable code (a problem-area strategy's items carry the strategy's code, e.g. <c>dispute.identify-stage</c>).</param>
/// <param name="Text">What the rater looks for, in plain words.</param>
/// <param name="Category">Prescribed (essential unique or shared), allowed, or proscribed.</param>
/// <param name="Area">The problem area the item belongs to, or null for an item of every session.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the item is supported by the sources.</param>
public sealed record AdherenceItem(string Code, string Text, AdherenceCategory Category, ProblemArea? Area, string Sources, EvidenceStatus Status);

/// <summary>
/// A protocol's session-level adherence checklist: the strategies and techniques its manual prescribes (overall and per
/// problem area) and the behaviours it proscribes. Data on <see cref="ProtocolDefinition.Adherence"/>; a rater ticks the
/// items observed in a session and the fidelity review scores them (adherence only, never competence).
/// </summary>
public sealed class AdherenceChecklist
{
    private readonly ImmutableArray<AdherenceItem> _items;

    /// <summary>Creates a checklist.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="items">The items; codes must be unique.</param>
    /// <exception cref="ArgumentException">The id is blank, or a code is blank or repeated.</exception>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    public AdherenceChecklist(string id, IEnumerable<AdherenceItem> items)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.Null(items);
        _items = [.. items];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (AdherenceItem item in _items)
        {
            Guard.Against.Null(item, nameof(items));
            Guard.Against.NullOrWhiteSpace(item.Code, nameof(items));
            if (!seen.Add(item.Code))
            {
                throw new ArgumentException("Every checklist code must be unique.", nameof(items));
            }
        }

        Id = id;
    }

    /// <summary>Stable id.</summary>
    public string Id { get; }

    /// <summary>Every item, in checklist order.</summary>
    public IReadOnlyList<AdherenceItem> Items => _items;

    /// <summary>The items that apply to a session with the given focus: every item without an area, and those of the focus.</summary>
    /// <param name="focus">The session's problem area, or null when none is agreed yet.</param>
    public IReadOnlyList<AdherenceItem> For(ProblemArea? focus) => [.. _items.Where(i => i.Area is null || i.Area == focus)];

    /// <summary>Finds an item by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="item">The item, when found.</param>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdherenceItem? item)
    {
        item = _items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
        return item is not null;
    }

    /// <summary>A copy with more items (e.g. an adaptation's own proscriptions).</summary>
    /// <param name="id">The new checklist's id.</param>
    /// <param name="extra">Items to add.</param>
    /// <exception cref="ArgumentException">A code repeats.</exception>
    public AdherenceChecklist With(string id, params AdherenceItem[] extra)
    {
        Guard.Against.Null(extra);
        return new AdherenceChecklist(id, _items.Concat(extra));
    }
}

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
