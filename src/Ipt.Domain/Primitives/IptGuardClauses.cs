using System;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Primitives;

/// <summary>
/// The library's own misuse guards, as <see cref="IGuardClause"/> extensions beside Ardalis.GuardClauses'
/// <c>Guard.Against.*</c>: one place for every argument check the package does not cover with the wording this
/// library promises. Messages name the parameter and the bound, never the offending value (it may be private).
/// </summary>
internal static class IptGuardClauses
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is not a defined value of its enum.</summary>
    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guardClause, TEnum input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        _ = guardClause;
        return Enum.IsDefined(input)
            ? input
            : throw new ArgumentOutOfRangeException(parameterName, "Not a defined " + typeof(TEnum).Name + " value.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> holds a flag outside <see cref="SessionParticipants"/>.</summary>
    public static SessionParticipants UndefinedParticipants(this IGuardClause guardClause, SessionParticipants input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        const SessionParticipants all = SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver | SessionParticipants.OtherSignificantPerson;
        return (input & ~all) == 0
            ? input
            : throw new ArgumentOutOfRangeException(parameterName, "Not a defined combination of session participants.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is below <paramref name="minimum"/>.</summary>
    public static T LessThan<T>(this IGuardClause guardClause, T input, T minimum, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        return input.CompareTo(minimum) < 0
            ? throw new ArgumentOutOfRangeException(parameterName, "Must be at least " + minimum + ".")
            : input;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is at or below <paramref name="bound"/>.</summary>
    public static T LessThanOrEqual<T>(this IGuardClause guardClause, T input, T bound, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        return input.CompareTo(bound) <= 0
            ? throw new ArgumentOutOfRangeException(parameterName, "Must be greater than " + bound + ".")
            : input;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is above <paramref name="maximum"/>.</summary>
    public static T GreaterThan<T>(this IGuardClause guardClause, T input, T maximum, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        return input.CompareTo(maximum) > 0
            ? throw new ArgumentOutOfRangeException(parameterName, "Must be at most " + maximum + ".")
            : input;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is at or above <paramref name="bound"/>.</summary>
    public static T GreaterThanOrEqual<T>(this IGuardClause guardClause, T input, T bound, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : IComparable<T>
    {
        _ = guardClause;
        return input.CompareTo(bound) >= 0
            ? throw new ArgumentOutOfRangeException(parameterName, "Must be less than " + bound + ".")
            : input;
    }
}
