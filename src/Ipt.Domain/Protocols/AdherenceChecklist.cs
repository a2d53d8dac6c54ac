using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

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
