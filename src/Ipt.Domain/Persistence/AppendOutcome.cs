namespace Ipt.Domain.Persistence;

/// <summary>What a successful append did.</summary>
/// <param name="Version">The course's stored version after the append (for <see cref="AlreadyApplied"/>: the version
/// after the earlier append of the same command).</param>
/// <param name="AlreadyApplied">True when the store already held events of the same command id, so this append
/// wrote nothing.</param>
public readonly record struct AppendOutcome(int Version, bool AlreadyApplied);
