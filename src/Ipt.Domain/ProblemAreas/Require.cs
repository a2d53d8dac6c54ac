using System;
using System.Runtime.CompilerServices;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Argument guards for record initialisers (misuse, not clinical rules).</summary>
internal static class Require
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Not a defined " + typeof(T).Name + " value.");
        }

        return value;
    }
}
