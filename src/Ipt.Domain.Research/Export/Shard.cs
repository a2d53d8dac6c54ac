using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Research.Statistics;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Research.Export;

/// <summary>A k-of-n shard of a seeded population: consecutive course ranges whose union is the whole cohort.</summary>
/// <param name="Index">Shard number, from 1.</param>
/// <param name="Count">Shards in all.</param>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The whole cohort as one shard.</summary>
    public static Shard Whole => new(1, 1);

    /// <summary>The course range [first, first + size) of this shard of a cohort.</summary>
    /// <param name="cohortSize">Courses in the whole cohort.</param>
    /// <returns>First index and size.</returns>
    public (int First, int Size) RangeOf(int cohortSize)
    {
        Guard.Against.OutOfRange(Count, nameof(Count), 1, int.MaxValue);
        Guard.Against.OutOfRange(Index, nameof(Index), 1, Count);
        long first = (long)cohortSize * (Index - 1) / Count;
        long next = (long)cohortSize * Index / Count;
        return ((int)first, (int)(next - first));
    }

    /// <summary>Parses <c>k/n</c>, e.g. <c>3/8</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard.</param>
    /// <returns>False when the text is not k/n with 1 ≤ k ≤ n.</returns>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = Whole;
        string[] parts = (text ?? string.Empty).Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1 && k >= 1 && k <= n)
        {
            shard = new Shard(k, n);
            return true;
        }

        return false;
    }

    /// <summary><c>k/n</c>.</summary>
    public override string ToString() => Index + "/" + Count;
}
