using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>Kind of a life event on the inventory timeline (INIT-07 [S07][S08]).</summary>
public enum LifeEventKind
{
    /// <summary>A death.</summary>
    Death = 0,

    /// <summary>A dispute began or escalated.</summary>
    Dispute = 1,

    /// <summary>A change of life circumstances.</summary>
    Transition = 2,

    /// <summary>Another event.</summary>
    Other = 3,
}
