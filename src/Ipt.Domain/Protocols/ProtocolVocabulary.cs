using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>How sessions are delivered. Stored code in brackets.</summary>
public enum TherapyFormat
{
    /// <summary>One client with one therapist (<c>individual</c>).</summary>
    Individual = 0,

    /// <summary>A group of clients with one or two facilitators (<c>group</c>).</summary>
    Group = 1,

    /// <summary>The client with a partner or spouse (<c>conjoint</c>).</summary>
    Conjoint = 2,

    /// <summary>A child or adolescent with a parent (<c>dyadic</c>).</summary>
    Dyadic = 3,
}

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

/// <summary>Where a protocol value comes from: the setting, its value, the brief's source tags and how firm it is.</summary>
/// <param name="Setting">Name of the setting, e.g. "phase ranges".</param>
/// <param name="Value">The value as text, e.g. "1–3 / 4–13 / 14–16".</param>
/// <param name="Sources">Source tags of the brief, e.g. "[S06][S52]; C02".</param>
/// <param name="Status">How firmly the value is supported.</param>
public sealed record SourcedValue(string Setting, string Value, string Sources, EvidenceStatus Status);

/// <summary>The planned, minimum and maximum number of contract sessions, and the hard cap an extension may reach.</summary>
/// <param name="Planned">Sessions in a standard contract; the phase ranges end here.</param>
/// <param name="Minimum">Fewest sessions for a completed course and for a shorter contract.</param>
/// <param name="Maximum">Most sessions for an initial contract.</param>
/// <param name="HardCap">Most sessions a contract may ever be extended to.</param>
public readonly record struct SessionCounts(int Planned, int Minimum, int Maximum, int HardCap);
