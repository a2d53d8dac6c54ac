
namespace Ipt.Domain.Protocols;

/// <summary>Planned frequency of sessions. Stored code in brackets.</summary>
public enum Cadence
{
    /// <summary>Once a week (<c>weekly</c>).</summary>
    Weekly = 0,

    /// <summary>Twice a week (<c>twice-weekly</c>).</summary>
    TwiceWeekly = 1,

    /// <summary>Every two weeks (<c>fortnightly</c>).</summary>
    Fortnightly = 2,

    /// <summary>Once a month (<c>monthly</c>).</summary>
    Monthly = 3,

    /// <summary>No fixed interval (<c>flexible</c>).</summary>
    Flexible = 4,
}
