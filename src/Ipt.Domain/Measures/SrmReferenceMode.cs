using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>How the reference time of each activity is set [S57] (weak) / clinical use (unconfirmed).</summary>
public enum SrmReferenceMode
{
    /// <summary>Research scoring: the person's habitual time that week — the circular mean of the recorded times.</summary>
    Habitual = 0,

    /// <summary>Clinical IPSRT use: a target time agreed with the therapist.</summary>
    Target = 1,
}
