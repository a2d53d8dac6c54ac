using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// One diary day of the SRM-5: the clock time of each activity's first occurrence, or null when it was not done or
/// not recorded. A missing day is <c>default</c> (all null) and simply earns no hits.
/// </summary>
/// <param name="OutOfBed">Time of getting out of bed.</param>
/// <param name="FirstContactWithAnotherPerson">Time of first contact with another person.</param>
/// <param name="StartedWorkHouseworkOrVolunteering">Time work, housework or volunteering started.</param>
/// <param name="Dinner">Time of dinner.</param>
/// <param name="WentToBed">Time of going to bed (may be after midnight).</param>
public readonly record struct SrmDay(
    TimeOnly? OutOfBed,
    TimeOnly? FirstContactWithAnotherPerson,
    TimeOnly? StartedWorkHouseworkOrVolunteering,
    TimeOnly? Dinner,
    TimeOnly? WentToBed)
{
    /// <summary>The time recorded for one activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The activity is not one of the five.</exception>
    public TimeOnly? this[SrmActivity activity] => activity switch
    {
        SrmActivity.OutOfBed => OutOfBed,
        SrmActivity.FirstContactWithAnotherPerson => FirstContactWithAnotherPerson,
        SrmActivity.StartedWorkHouseworkOrVolunteering => StartedWorkHouseworkOrVolunteering,
        SrmActivity.Dinner => Dinner,
        SrmActivity.WentToBed => WentToBed,
        _ => throw new ArgumentOutOfRangeException(nameof(activity)),
    };
}
