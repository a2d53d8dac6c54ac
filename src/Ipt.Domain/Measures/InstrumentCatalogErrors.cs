using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>The stable error codes of <see cref="InstrumentCatalog"/> and <see cref="Instrument.Define"/>.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class InstrumentCatalogErrors
{
    /// <summary>No instrument with the code is in the catalogue.</summary>
    public const string UnknownInstrument = "catalog.unknown-instrument";

    /// <summary>Two instruments with the same code were put in one catalogue.</summary>
    public const string DuplicateCode = "catalog.duplicate-instrument";

    /// <summary>An instrument definition is not well formed (the message names the field).</summary>
    public const string DefinitionInvalid = "instrument.definition-invalid";

    /// <summary>Every code the catalogue and <see cref="Instrument.Define"/> can return.</summary>
    public static IReadOnlyList<string> AllCodes { get; } = [UnknownInstrument, DuplicateCode, DefinitionInvalid];

    internal static DomainError Unknown(string code) =>
        new(UnknownInstrument, code == SocialRhythmMetric.Code
            ? "The SRM-5 is a diary week, not an item-scored instrument; it is not in the instrument catalogue."
            : "The code given is not in the instrument catalogue.");

    internal static DomainError Duplicate(string code) =>
        new(DuplicateCode, "The instrument code '" + code + "' is in the catalogue twice.");

    internal static DomainError Invalid(string field, string problem) =>
        new(DefinitionInvalid, "The instrument definition's " + field + " " + problem + ".");
}
