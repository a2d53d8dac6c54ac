using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>The five daily anchors of the SRM-5 (Monk et al. 2002) [S55], in form order.</summary>
public enum SrmActivity
{
    /// <summary>1 — got out of bed.</summary>
    OutOfBed = 0,

    /// <summary>2 — first contact (in person or by phone) with another person.</summary>
    FirstContactWithAnotherPerson = 1,

    /// <summary>3 — started work, housework or volunteer activities.</summary>
    StartedWorkHouseworkOrVolunteering = 2,

    /// <summary>4 — had dinner.</summary>
    Dinner = 3,

    /// <summary>5 — went to bed.</summary>
    WentToBed = 4,
}
