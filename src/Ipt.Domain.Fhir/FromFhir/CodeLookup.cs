using System;
using System.Collections.Generic;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Fhir;

/// <summary>Reads the library's stable enum codes back (<see cref="Codes.Of{TEnum}"/> in reverse).</summary>
internal static class CodeLookup<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> Map = Build();

    public static bool TryParse(string? code, out TEnum value)
    {
        value = default;
        return code is not null && Map.TryGetValue(code, out value);
    }

    private static Dictionary<string, TEnum> Build()
    {
        var map = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (TEnum v in Enum.GetValues<TEnum>())
        {
            map[Codes.Of(v)] = v;
        }

        return map;
    }
}
