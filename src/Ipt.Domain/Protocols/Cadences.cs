
namespace Ipt.Domain.Protocols;

/// <summary>Intervals belonging to a <see cref="Cadence"/>.</summary>
public static class Cadences
{
    /// <summary>The nominal number of days between sessions, or null for <see cref="Cadence.Flexible"/>.</summary>
    /// <param name="cadence">The cadence.</param>
    public static int? NominalIntervalDays(this Cadence cadence) => cadence switch
    {
        Cadence.Weekly => 7,
        Cadence.TwiceWeekly => 3,
        Cadence.Fortnightly => 14,
        Cadence.Monthly => 30,
        _ => null,
    };
}
