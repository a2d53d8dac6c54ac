using System.Collections.Generic;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Whether a sick-role component is a right, a duty, or the way IPT uses the concept (brief §4.1).</summary>
public enum SickRoleDirection
{
    /// <summary>Something the patient is granted.</summary>
    Right = 0,

    /// <summary>Something the patient owes.</summary>
    Duty = 1,

    /// <summary>How IPT uses the sick role.</summary>
    IptUse = 2,
}
