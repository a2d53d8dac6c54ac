
namespace Ipt.Domain.Protocols;

/// <summary>The planned, minimum and maximum number of contract sessions, and the hard cap an extension may reach.</summary>
/// <param name="Planned">Sessions in a standard contract; the phase ranges end here.</param>
/// <param name="Minimum">Fewest sessions for a completed course and for a shorter contract.</param>
/// <param name="Maximum">Most sessions for an initial contract.</param>
/// <param name="HardCap">Most sessions a contract may ever be extended to.</param>
public readonly record struct SessionCounts(int Planned, int Minimum, int Maximum, int HardCap);
