using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Protocols;

/// <summary>Error codes of starting a course on a protocol whose population is bounded by age. Codes are public API
/// (<c>docs/errors.md</c>).</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class CourseStartErrors
{
    /// <summary>The protocol needs the client's age at start (e.g. IPT-A, 12–18) and none was recorded.</summary>
    public const string AgeRequired = "course.age-at-start-required";

    /// <summary>The client's age at start is outside the ages the protocol is for.</summary>
    public const string AgeOutsideProtocol = "course.age-at-start-outside-protocol";

    /// <summary>Every code of this class.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [AgeRequired, AgeOutsideProtocol];

    internal static DomainError AgeOutside(AgeRange range) =>
        new(AgeOutsideProtocol, "The protocol is for ages " + range + ".");
}
