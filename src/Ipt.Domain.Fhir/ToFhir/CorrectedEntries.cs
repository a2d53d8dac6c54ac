using System.Collections.Generic;
using Ipt.Domain.Courses.Events;

namespace Ipt.Domain.Fhir;

/// <summary>Which stored entries (0-based positions in the history) the history's corrections mark entered in error, and
/// the latest amendment of each amended one — the same reading as the core's corrected record.</summary>
internal sealed class CorrectedEntries
{
    private CorrectedEntries()
    {
    }

    public HashSet<int> InError { get; } = [];

    public Dictionary<int, CourseEvent> Amended { get; } = [];

    public static CorrectedEntries Of(IReadOnlyList<CourseEvent> history)
    {
        var entries = new CorrectedEntries();
        foreach (CourseEvent e in history)
        {
            if (e is not EntryCorrected c)
            {
                continue;
            }

            if (c.Amendment is { } amendment)
            {
                entries.Amended[c.Entry - 1] = amendment;
            }
            else
            {
                entries.Amended.Remove(c.Entry - 1);
                entries.InError.Add(c.Entry - 1);
            }
        }

        return entries;
    }
}
