namespace Ipt.Domain.Measures;

/// <summary>
/// A safety item answered above zero (RULE-10 of the domain brief: PHQ-9 item 9 or EPDS item 10 &gt; 0 calls for an
/// immediate risk assessment, whatever the total [S107][S112]; the library applies the same rule to the suicide items
/// of HAM-D-17 (item 3) and PHQ-A (item 9); the PCL-5 has no suicide item). The flag records which item and what score; the
/// library raises it, the clinician acts on it.
/// </summary>
/// <param name="Code">Stable code: <see cref="Phq9SelfHarmItemCode"/>, <see cref="EpdsSelfHarmItemCode"/>,
/// <see cref="HamD17SuicideItemCode"/> or <see cref="PhqASelfHarmItemCode"/>.</param>
/// <param name="InstrumentCode">Code of the instrument, e.g. <c>phq-9</c>.</param>
/// <param name="ItemNumber">1-based number of the safety item.</param>
/// <param name="ItemScore">The item's score (above zero).</param>
public sealed record SafetyFlag(string Code, string InstrumentCode, int ItemNumber, int ItemScore)
{
    /// <summary>PHQ-9 item 9 (thoughts of being better off dead or of self-harm) scored above zero [S112][S113].</summary>
    public const string Phq9SelfHarmItemCode = "safety.phq9-item9-positive";

    /// <summary>EPDS item 10 (thought of harming oneself) scored above zero [S107].</summary>
    public const string EpdsSelfHarmItemCode = "safety.epds-item10-positive";

    /// <summary>HAM-D-17 item 3 (suicide) rated above zero [S109][S110].</summary>
    public const string HamD17SuicideItemCode = "safety.hamd17-item3-positive";

    /// <summary>PHQ-A item 9 (thoughts of being better off dead or of hurting oneself) answered above zero (Johnson et
    /// al. 2002; the PHQ-9 rule RULE-10 [S112]).</summary>
    public const string PhqASelfHarmItemCode = "safety.phqa-item9-positive";

    /// <summary>The brief rule behind the flags.</summary>
    public const string RuleId = "RULE-10";
}
