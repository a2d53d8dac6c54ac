using System;
using System.Collections.Immutable;

namespace Ipt.Domain.Measures;

/// <summary>A scored PCL-5. See <see cref="Pcl5"/>.</summary>
public sealed class Pcl5Score : InstrumentScore
{
    internal Pcl5Score(ImmutableArray<int> items, int total)
        : base(Pcl5.Descriptor, items, total, Pcl5.Bands.Classify(total), safetyFlag: null)
    {
    }

    /// <summary>The sum of one DSM-5 cluster's items.</summary>
    /// <param name="cluster">B, C, D or E.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not one of the four clusters.</exception>
    public int ClusterTotal(char cluster)
    {
        foreach ((char c, int first, int last) in Pcl5.Clusters)
        {
            if (c == cluster)
            {
                int sum = 0;
                for (int i = first; i <= last; i++)
                {
                    sum += Item(i);
                }

                return sum;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(cluster), cluster, "The PCL-5 clusters are B, C, D and E.");
    }

    /// <summary>The DSM-5 provisional diagnosis rule: items rated 2 (moderately) or higher count as endorsed; at least
    /// 1 B, 1 C, 2 D and 2 E items must be endorsed. The scoring notes say the cut-point is the more reliable of the two.</summary>
    public bool MeetsProvisionalDiagnosticRule
    {
        get
        {
            ReadOnlySpan<int> needed = [1, 1, 2, 2];
            int k = 0;
            foreach ((char _, int first, int last) in Pcl5.Clusters)
            {
                int endorsed = 0;
                for (int i = first; i <= last; i++)
                {
                    endorsed += Item(i) >= 2 ? 1 : 0;
                }

                if (endorsed < needed[k++])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
