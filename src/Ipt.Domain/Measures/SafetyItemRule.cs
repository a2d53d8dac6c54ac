using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// The safety item of an instrument: which item, the lowest score that raises a <see cref="SafetyFlag"/> and the flag's
/// stable code (RULE-10 of the domain brief: a self-harm item above zero calls for a risk assessment, whatever the total
/// [S107][S112]).
/// </summary>
public sealed record SafetyItemRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="itemNumber">1-based number of the safety item.</param>
    /// <param name="flagCode">Stable code of the flag raised, e.g. <see cref="SafetyFlag.Phq9SelfHarmItemCode"/>.</param>
    /// <param name="triggerMinimum">Lowest item score that raises the flag (1 for every built-in instrument).</param>
    /// <exception cref="System.ArgumentException"><paramref name="flagCode"/> is blank.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The item number or trigger is below 1.</exception>
    public SafetyItemRule(int itemNumber, string flagCode, int triggerMinimum = 1)
    {
        Guard.Against.LessThan(itemNumber, 1);
        Guard.Against.NullOrWhiteSpace(flagCode);
        Guard.Against.LessThan(triggerMinimum, 1);
        ItemNumber = itemNumber;
        FlagCode = flagCode;
        TriggerMinimum = triggerMinimum;
    }

    /// <summary>1-based number of the safety item.</summary>
    public int ItemNumber { get; }

    /// <summary>Stable code of the flag raised.</summary>
    public string FlagCode { get; }

    /// <summary>Lowest item score that raises the flag.</summary>
    public int TriggerMinimum { get; }

    /// <summary>The flag for a scored item, or null when the item is below the trigger.</summary>
    /// <param name="instrumentCode">Code of the instrument.</param>
    /// <param name="itemScores">Item scores in item order.</param>
    internal SafetyFlag? FlagFor(string instrumentCode, System.Collections.Immutable.ImmutableArray<int> itemScores)
    {
        int score = itemScores[ItemNumber - 1];
        return score >= TriggerMinimum ? new SafetyFlag(FlagCode, instrumentCode, ItemNumber, score) : null;
    }
}
