using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Suitability;

/// <summary>Screens a person for IPT and recommends a variant. Implementations are stateless and thread-safe.</summary>
public interface ISuitabilityScreener
{
    /// <summary>Screens one person.</summary>
    /// <param name="input">What is known about the person.</param>
    /// <returns>The outcome, every reason that applied and, unless not recommended, a protocol id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative or implausibly high.</exception>
    ScreeningResult Screen(SuitabilityInput input);

    /// <summary>Screens one person for a protocol the clinician has already chosen (see <see cref="SuitabilityScreener.ScreenFor"/>).</summary>
    /// <param name="input">What is known about the person.</param>
    /// <param name="protocolId">The chosen protocol's id.</param>
    /// <returns>The outcome for that protocol.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocolId"/> is blank.</exception>
    ScreeningResult ScreenFor(SuitabilityInput input, string protocolId);
}
