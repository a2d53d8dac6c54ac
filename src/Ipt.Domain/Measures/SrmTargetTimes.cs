using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>Target times agreed with the therapist, one per SRM-5 activity (clinical IPSRT use; <b>unconfirmed</b>).</summary>
/// <param name="OutOfBed">Target for getting out of bed.</param>
/// <param name="FirstContactWithAnotherPerson">Target for first contact.</param>
/// <param name="StartedWorkHouseworkOrVolunteering">Target for starting work, housework or volunteering.</param>
/// <param name="Dinner">Target for dinner.</param>
/// <param name="WentToBed">Target for going to bed.</param>
public readonly record struct SrmTargetTimes(
    TimeOnly OutOfBed,
    TimeOnly FirstContactWithAnotherPerson,
    TimeOnly StartedWorkHouseworkOrVolunteering,
    TimeOnly Dinner,
    TimeOnly WentToBed)
{
    /// <summary>The target of one activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <exception cref="ArgumentOutOfRangeException">The activity is not one of the five.</exception>
    public TimeOnly this[SrmActivity activity] => activity switch
    {
        SrmActivity.OutOfBed => OutOfBed,
        SrmActivity.FirstContactWithAnotherPerson => FirstContactWithAnotherPerson,
        SrmActivity.StartedWorkHouseworkOrVolunteering => StartedWorkHouseworkOrVolunteering,
        SrmActivity.Dinner => Dinner,
        SrmActivity.WentToBed => WentToBed,
        _ => throw new ArgumentOutOfRangeException(nameof(activity)),
    };
}
