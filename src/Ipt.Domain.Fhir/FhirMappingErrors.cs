using System.Collections.Generic;
using System.Globalization;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>
/// The stable error codes of reading FHIR into the domain, with the factories that build their messages. Messages
/// name only resource types, element paths, item numbers and numbers this package knows; they never repeat text
/// from the resource read (which may hold free text). A protocol that cannot be built is refused with the
/// protocol builder's own <c>protocol.*</c> error; a measure the course refuses keeps the course's error.
/// </summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class FhirMappingErrors
{
    /// <summary>The input is not JSON, or not a FHIR R4 resource the parser accepts.</summary>
    public const string JsonInvalidCode = "fhir.json-invalid";

    /// <summary>The resource is of another type than the reader expects.</summary>
    public const string WrongResourceTypeCode = "fhir.wrong-resource-type";

    /// <summary>A required element is missing.</summary>
    public const string ElementMissingCode = "fhir.element-missing";

    /// <summary>The QuestionnaireResponse answers a questionnaire that is not one of the library's instruments.</summary>
    public const string QuestionnaireUnknownCode = "fhir.questionnaire-unknown";

    /// <summary>The QuestionnaireResponse is not <c>completed</c> (or <c>amended</c>).</summary>
    public const string ResponseNotCompletedCode = "fhir.response-not-completed";

    /// <summary>An item of the instrument has no answer.</summary>
    public const string AnswerMissingCode = "fhir.answer-missing";

    /// <summary>An answer lies outside its item's range.</summary>
    public const string AnswerOutOfRangeCode = "fhir.answer-out-of-range";

    /// <summary>An answer is not an integer score (or has more than one value).</summary>
    public const string AnswerWrongTypeCode = "fhir.answer-wrong-type";

    /// <summary>An item link id is not an item of the instrument, or an item is answered twice.</summary>
    public const string ItemUnknownCode = "fhir.item-unknown";

    /// <summary>A coded element uses a system or code this library does not know.</summary>
    public const string CodeUnknownCode = "fhir.code-unknown";

    /// <summary>A number is outside what the element allows.</summary>
    public const string ValueOutOfRangeCode = "fhir.value-out-of-range";

    /// <summary>A PlanDefinition names protocol rules (code) that the reader was not given.</summary>
    public const string ProtocolRulesUnknownCode = "fhir.protocol-rules-unknown";

    /// <summary>Every code above, for documentation and tests.</summary>
    public static IReadOnlyList<string> AllCodes { get; } =
    [
        JsonInvalidCode, WrongResourceTypeCode, ElementMissingCode, QuestionnaireUnknownCode, ResponseNotCompletedCode,
        AnswerMissingCode, AnswerOutOfRangeCode, AnswerWrongTypeCode, ItemUnknownCode, CodeUnknownCode,
        ValueOutOfRangeCode, ProtocolRulesUnknownCode,
    ];

    internal static DomainError JsonInvalid() =>
        new(JsonInvalidCode, "The input is not a FHIR R4 resource in JSON.");

    internal static DomainError WrongResourceType(string expected, string? actual) =>
        new(WrongResourceTypeCode, "Expected a " + expected + (actual is null ? "." : "; got a " + KnownTypeOrOther(actual) + "."));

    internal static DomainError ElementMissing(string path) =>
        new(ElementMissingCode, "The element " + path + " is missing or empty.");

    internal static DomainError QuestionnaireUnknown() =>
        new(QuestionnaireUnknownCode, "The response answers a questionnaire that is not one of the library's instruments.");

    internal static DomainError ResponseNotCompleted() =>
        new(ResponseNotCompletedCode, "Only a completed (or amended) questionnaire response can be recorded as a measure.");

    internal static DomainError AnswerMissing(string instrument, int item) =>
        new(AnswerMissingCode, instrument + " item " + N(item) + " has no answer.");

    internal static DomainError AnswerOutOfRange(string instrument, int item, int max) =>
        new(AnswerOutOfRangeCode, instrument + " item " + N(item) + " must be answered with a score from 0 to " + N(max) + ".");

    internal static DomainError AnswerWrongType(string instrument, int item) =>
        new(AnswerWrongTypeCode, instrument + " item " + N(item) + " must have exactly one integer answer.");

    internal static DomainError ItemUnknown(string instrument) =>
        new(ItemUnknownCode, "The response has an item that is not an item of the " + instrument + ", or answers an item twice.");

    internal static DomainError CodeUnknown(string path) =>
        new(CodeUnknownCode, "The element " + path + " has a code this library does not know.");

    internal static DomainError ValueOutOfRange(string path) =>
        new(ValueOutOfRangeCode, "The element " + path + " holds a number outside its allowed range.");

    internal static DomainError ProtocolRulesUnknown() =>
        new(ProtocolRulesUnknownCode, "The plan definition names protocol rules the reader was not given; pass them in the read settings.");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    // The resource type read from the input is echoed only when it is a FHIR type name, never arbitrary text.
    private static string KnownTypeOrOther(string type) =>
        Hl7.Fhir.Model.ModelInfo.IsKnownResource(type) ? type : "resource of another type";
}
