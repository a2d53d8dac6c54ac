using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The stage of a role dispute (brief §6.2 [S17][S19][S21]; M4).</summary>
public enum DisputeStage
{
    /// <summary>Both parties know they differ and are actively, if unsuccessfully, trying to change things.</summary>
    Renegotiation = 0,

    /// <summary>Discussion has stopped; resentment and silence.</summary>
    Impasse = 1,

    /// <summary>The relationship is judged beyond repair. Final: the work turns to ending and mourning it.</summary>
    Dissolution = 2,
}
