using System;
using System.Collections.Generic;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Courses;

/// <summary>A safety concern in the <see cref="MeasureLog"/>: when it was raised, by which flag, and the actions taken on it.</summary>
internal sealed class ConcernEntry(int number, DateOnly raisedOn, int? sessionNumber, SafetyFlag flag)
{
    internal DateOnly RaisedOn => raisedOn;

    internal List<SafetyActionTaken> Actions { get; } = [];

    /// <summary>True when this action was already taken on this date (decision 0026: an action is recorded once a day).</summary>
    internal bool Took(SafetyAction action, DateOnly on)
    {
        foreach (SafetyActionTaken x in Actions)
        {
            if (x.On == on && x.Action == action)
            {
                return true;
            }
        }

        return false;
    }

    internal SafetyConcern ToConcern() => new(number, raisedOn, sessionNumber, flag, [.. Actions]);
}
