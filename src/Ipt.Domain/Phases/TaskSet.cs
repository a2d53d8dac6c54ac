using System;
using System.Collections.Generic;
using System.Numerics;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Phases;

/// <summary>An immutable set of <see cref="TherapyTask"/> values stored as a 64-bit mask; copying it allocates nothing.</summary>
public readonly record struct TaskSet
{
    private readonly ulong _bits;

    private TaskSet(ulong bits) => _bits = bits;

    /// <summary>The empty set.</summary>
    public static TaskSet Empty => default;

    /// <summary>A set of the given tasks.</summary>
    /// <param name="tasks">Tasks to include.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null.</exception>
    public static TaskSet Of(params TherapyTask[] tasks)
    {
        Guard.Against.Null(tasks);
        TaskSet set = default;
        foreach (TherapyTask t in tasks)
        {
            set = set.With(t);
        }

        return set;
    }

    /// <summary>Number of tasks in the set.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>True when the set holds no task.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>True when the set holds <paramref name="task"/>.</summary>
    /// <param name="task">Task to look for.</param>
    public bool Contains(TherapyTask task) => (_bits & Bit(task)) != 0;

    /// <summary>The set with <paramref name="task"/> added.</summary>
    /// <param name="task">Task to add.</param>
    public TaskSet With(TherapyTask task) => new(_bits | Bit(task));

    /// <summary>Tasks in this set that are not in <paramref name="other"/>.</summary>
    /// <param name="other">Tasks to remove.</param>
    public TaskSet Except(TaskSet other) => new(_bits & ~other._bits);

    /// <summary>True when every task of this set is in <paramref name="other"/>.</summary>
    /// <param name="other">The candidate superset.</param>
    public bool IsSubsetOf(TaskSet other) => (_bits & ~other._bits) == 0;

    /// <summary>The tasks in declaration order.</summary>
    public IReadOnlyList<TherapyTask> ToList()
    {
        var list = new List<TherapyTask>(Count);
        ulong bits = _bits;
        while (bits != 0)
        {
            int i = BitOperations.TrailingZeroCount(bits);
            list.Add((TherapyTask)i);
            bits &= bits - 1;
        }

        return list;
    }

    /// <summary>The first task in declaration order, or null when empty.</summary>
    public TherapyTask? First() => _bits == 0 ? null : (TherapyTask)BitOperations.TrailingZeroCount(_bits);

    /// <summary>Task codes joined by commas, e.g. <c>{formulation-agreed, treatment-contract}</c>.</summary>
    public override string ToString()
    {
        IReadOnlyList<TherapyTask> tasks = ToList();
        var codes = new string[tasks.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = TherapyTasks.Code(tasks[i]);
        }

        return "{" + string.Join(", ", codes) + "}";
    }

    private static ulong Bit(TherapyTask task)
    {
        if (!TherapyTasks.IsDefined(task))
        {
            throw new ArgumentOutOfRangeException(nameof(task), (int)task, "Not a defined therapy task.");
        }

        return 1UL << (int)task;
    }
}
