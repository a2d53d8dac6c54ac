namespace Ipt.Domain.Persistence;

/// <summary>
/// Command ids: an opaque key the caller chooses for one command (for example a GUID made when the clinician pressed
/// "save"), stored beside the events the command appended. A store refuses to append a second time under the same
/// course and command id and reports the first append instead (<see cref="AppendOutcome.AlreadyApplied"/>), so a
/// command retried after a lost acknowledgement or a version conflict is never recorded twice. A command id is not free
/// text: it must never carry clinical content.
/// </summary>
public static class CommandIds
{
    /// <summary>The longest command id a store accepts.</summary>
    public const int MaxLength = 100;

    /// <summary>True when <paramref name="commandId"/> is null (no id) or a well-formed id: 1 to <see cref="MaxLength"/>
    /// ASCII letters, digits and <c>-_.:</c>.</summary>
    /// <param name="commandId">The id, or null.</param>
    public static bool IsValid(string? commandId)
    {
        if (commandId is null)
        {
            return true;
        }

        if (commandId.Length is 0 or > MaxLength)
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
