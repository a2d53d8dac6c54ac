using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Formulation;

/// <summary>Settings for completing an inventory; a protocol may override them.</summary>
public sealed record InventoryRules
{
    private readonly int _ringCount = DefaultRingCount;
    private readonly int _minimumPeople = 1;

    /// <summary>
    /// Default number of rings in the closeness circle: 4. Worksheets show 3–4 rings around the centre
    /// [S45] (weak); 4 is the default so that a 3-ring circle also fits.
    /// </summary>
    public const int DefaultRingCount = 4;

    /// <summary>Default rules.</summary>
    public static InventoryRules Default { get; } = new();

    /// <summary>Number of rings around the patient; a person's ring must be 1..this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int RingCount
    {
        get => _ringCount;
        init
        {
            Guard.Against.LessThanOrEqual(value, 0);
            _ringCount = value;
        }
    }

    /// <summary>
    /// People the inventory must name before it can be completed. Default 1: the inventory reviews the
    /// important people in the patient's life [S05][S06], and a focus is chosen from them (product rule; the
    /// manuals give no number). A deficits picture with few attachments still names at least one person.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public int MinimumPeople
    {
        get => _minimumPeople;
        init
        {
            Guard.Against.LessThanOrEqual(value, 0);
            _minimumPeople = value;
        }
    }
}
