using System;
using System.Runtime.CompilerServices;

namespace Ipt.Domain.Primitives;

/// <summary>Argument checks the BCL throw helpers do not cover.</summary>
internal static class Guard
{
    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Not a defined " + typeof(TEnum).Name + " value.");
        }
    }

    public static void DefinedFlags(SessionParticipants value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        const SessionParticipants all = SessionParticipants.Partner | SessionParticipants.ParentOrCaregiver | SessionParticipants.OtherSignificantPerson;
        if ((value & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Not a defined combination of session participants.");
        }
    }
}
