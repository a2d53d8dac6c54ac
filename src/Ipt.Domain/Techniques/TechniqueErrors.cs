using Ipt.Domain.Primitives;

namespace Ipt.Domain.Techniques;

/// <summary>Stable error codes of the technique catalogue. Messages never repeat caller text.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class TechniqueErrors
{
    /// <summary>The id or code is not in the catalogue.</summary>
    public const string NotInCatalogueCode = "technique.not-in-catalogue";

    /// <summary>The technique exists but belongs to another therapy family (MIT, CBT, DIT).</summary>
    public const string NotIptCode = "technique.not-ipt";

    /// <summary>The code names a behaviour IPT authors proscribe.</summary>
    public const string ProscribedCode = "technique.proscribed";

    internal static DomainError NotInCatalogue() =>
        new(NotInCatalogueCode, "The technique is not in the technique catalogue.");

    internal static DomainError NotIpt(Technique technique) =>
        new(NotIptCode, "Technique " + technique.Id + " belongs to " + technique.Family + ", not to IPT (see C08).");

    internal static DomainError Proscribed(ProscribedBehaviour behaviour) =>
        new(ProscribedCode, "'" + behaviour.Name + "' is a behaviour IPT authors proscribe, not an IPT technique.");
}
