using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The grief types of the Guide 2017 vocabulary [S01] (C06).</summary>
public enum GriefType
{
    /// <summary>Normal grief: depression-like symptoms that ease over a few months as the person works through memories [S01].</summary>
    Normal = 0,

    /// <summary>
    /// Complicated grief: emotion contained or avoided, mourning postponed; treated as a form of major depression [S01].
    /// Older labels delayed, distorted and chronic map here (see <see cref="GriefTypes.Terms"/>).
    /// </summary>
    Complicated = 1,
}
