namespace Ipt.Domain.Primitives;

/// <summary>Codes of the result type itself.</summary>
// Stryker disable String : a message's wording is not a contract (its code is); the sentence rule is tested in ErrorCatalogueMessageTests (decision 0082)
public static class ResultErrors
{
    /// <summary>A <c>default</c> <see cref="Result{T}"/> was read: it was never set to a value or an error, and counts as a failure.</summary>
    public const string Unset = "result.unset";
}
