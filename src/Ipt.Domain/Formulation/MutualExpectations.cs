using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Formulation;

/// <summary>Whether the patient's and the other person's expectations of the relationship match [S05][S08].</summary>
public enum MutualExpectations
{
    /// <summary>Not assessed.</summary>
    NotAssessed = 0,

    /// <summary>Expectations match.</summary>
    Reciprocal = 1,

    /// <summary>Expectations do not match: the ground of a role dispute [S14].</summary>
    NonReciprocal = 2,
}
