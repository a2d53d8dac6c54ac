using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Adaptations;

/// <summary>Error codes of the adaptations' own rules. Codes are public API (<c>docs/errors.md</c>).</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class AdaptationErrors
{
    /// <summary>IPT-A: a parent or caregiver joins a session outside the first session, the middle phase and the end of treatment.</summary>
    public const string ParentSessionNotAtNamedPoint = "ipt-a.parent-session-not-at-named-point";

    /// <summary>IPT-A: the client's age is outside the protocol's population.</summary>
    public const string AgeOutOfRange = "ipt-a.age-out-of-range";

    /// <summary>IPT-CM: a conjoint session was attended without the partner.</summary>
    public const string ConjointPartnerAbsent = "ipt-cm.partner-absent";

    /// <summary>Partner-assisted perinatal IPT: a session was attended without the partner.</summary>
    public const string PerinatalPartnerAbsent = "ipt-perinatal.partner-absent";

    /// <summary>IPT for PTSD: a technique involving exposure to trauma reminders was proposed.</summary>
    public const string ExposureNotPermitted = "ipt-ptsd.exposure-not-permitted";

    /// <summary>Every code the adaptations' rules can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
        [ParentSessionNotAtNamedPoint, AgeOutOfRange, ConjointPartnerAbsent, PerinatalPartnerAbsent, ExposureNotPermitted];

    internal static DomainError PartnerNotPresent() =>
        new(PerinatalPartnerAbsent, "In partner-assisted perinatal IPT the partner is present at every session.");

    internal static DomainError NoExposure() =>
        new(ExposureNotPermitted, "IPT for PTSD does not use exposure to trauma reminders.");

    internal static DomainError ParentSessionElsewhere() =>
        new(ParentSessionNotAtNamedPoint, "In IPT-A a parent or caregiver joins the first session, a middle-phase session or the end of treatment.");

    internal static DomainError AdolescentAgeOutside(int minimumAge, int maximumAge) =>
        new(AgeOutOfRange, "IPT-A is for adolescents aged " + minimumAge + "–" + maximumAge + ".");

    internal static DomainError BothPartnersNotPresent() =>
        new(ConjointPartnerAbsent, "A conjoint IPT session needs both the patient and the partner present.");
}
