using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>What was lost in a grief focus (C30).</summary>
public enum LossKind
{
    /// <summary>The death of a significant person: the Guide's definition of the grief area [S01][S05].</summary>
    Death = 0,

    /// <summary>
    /// Another loss (break-up, miscarriage, disability): counted as grief only in some models, e.g. Stuart's
    /// "grief and loss" [S13][S17]. Variant-specific (C30).
    /// </summary>
    NonDeathLoss = 1,
}
