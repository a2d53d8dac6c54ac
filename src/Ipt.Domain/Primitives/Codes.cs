using System;
using System.Text.Json;

namespace Ipt.Domain.Primitives;

/// <summary>
/// Stable code strings for the library's enums: the member name in kebab case (<c>NoShow</c> → <c>no-show</c>,
/// <c>BeginMiddlePhase</c> → <c>begin-middle-phase</c>). The same codes are written to JSON, so they never change
/// once released.
/// </summary>
public static class Codes
{
    /// <summary>The stable code of an enum value; a combination of flags gives the codes joined by ", ", as in JSON.</summary>
    /// <typeparam name="TEnum">An enum type of this library.</typeparam>
    /// <param name="value">The value.</param>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        string name = value.ToString();
        if (!name.Contains(',', StringComparison.Ordinal))
        {
            return JsonNamingPolicy.KebabCaseLower.ConvertName(name);
        }

        string[] parts = name.Split(", ");
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = JsonNamingPolicy.KebabCaseLower.ConvertName(parts[i]);
        }

        return string.Join(", ", parts);
    }
}
