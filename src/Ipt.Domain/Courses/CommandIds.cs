using System;

namespace Ipt.Domain.Courses;

/// <summary>The rule for a caller-chosen command id: 1–100 characters of ASCII letters, digits and '-', '_', '.', ':'
/// (a GUID, a ULID or <c>clinic-7:appt-123</c> all fit). An id is an opaque key, never clinical text.</summary>
public static class CommandIds
{
    /// <summary>Longest command id.</summary>
    public const int MaxLength = 100;

    /// <summary>Whether <paramref name="commandId"/> is a well-formed command id.</summary>
    /// <param name="commandId">The candidate.</param>
    public static bool IsValid(string? commandId)
    {
        if (commandId is null || commandId.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (char c in commandId)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
