using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>How able the patient is, with a person, to do one of the things the inventory asks about: assert
/// themselves, confront, express anger, take social risks (brief §4.2 [S05][S06]). A three-step clinical judgement,
/// not a scored scale (the inventory is not a structured, scored instrument [S08]).</summary>
public enum InterpersonalCapacity
{
    /// <summary>Rarely or never able to.</summary>
    Limited = 0,

    /// <summary>Able to at times, or with difficulty.</summary>
    Partial = 1,

    /// <summary>Able to when the situation calls for it.</summary>
    Adequate = 2,
}
