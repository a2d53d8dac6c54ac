namespace Ipt.Domain.Phases;

/// <summary>
/// What happens after the acute course (TERM-07 [S34][S31]; non-response TERM-08 / RULE-09 [S34]). Interpersonal
/// Counseling records its triage outcome with the same values. Stored code in brackets.
/// </summary>
public enum ContinuationDecision
{
    /// <summary>No further treatment needed (<c>no-further-treatment</c>).</summary>
    NoFurtherTreatment = 0,

    /// <summary>A continuation contract of IPT to consolidate response (<c>continuation-ipt</c>).</summary>
    ContinuationIpt = 1,

    /// <summary>Maintenance IPT to prevent recurrence, e.g. monthly (<c>maintenance-ipt</c>) [S31][S32].</summary>
    MaintenanceIpt = 2,

    /// <summary>Full IPT after a brief or counselling format (<c>step-up-to-ipt</c>).</summary>
    StepUpToIpt = 3,

    /// <summary>Another effective treatment offered after non-response (<c>refer-other-treatment</c>) (RULE-09).</summary>
    ReferOtherTreatment = 4,

    /// <summary>Referral to specialist mental-health care (<c>refer-specialist-care</c>).</summary>
    ReferSpecialistCare = 5,
}
