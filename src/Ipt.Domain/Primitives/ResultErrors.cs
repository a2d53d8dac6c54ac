namespace Ipt.Domain.Primitives;

/// <summary>Codes of the result type itself.</summary>
public static class ResultErrors
{
    /// <summary>A <c>default</c> <see cref="Result{T}"/> was read: it was never set to a value or an error, and counts as a failure.</summary>
    public const string Unset = "result.unset";
}
