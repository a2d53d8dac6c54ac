using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The kind of relationship a person has to the patient (interpersonal inventory [S05][S08]).</summary>
public enum RelationshipKind
{
    /// <summary>Spouse or partner.</summary>
    Partner = 0,

    /// <summary>Former spouse or partner.</summary>
    FormerPartner = 1,

    /// <summary>Parent or step-parent.</summary>
    Parent = 2,

    /// <summary>Child or step-child.</summary>
    Child = 3,

    /// <summary>Brother or sister.</summary>
    Sibling = 4,

    /// <summary>Grandparent.</summary>
    Grandparent = 5,

    /// <summary>Another relative.</summary>
    OtherRelative = 6,

    /// <summary>Friend.</summary>
    Friend = 7,

    /// <summary>Colleague or fellow student.</summary>
    Colleague = 8,

    /// <summary>Manager, teacher or another person with authority over the patient.</summary>
    Supervisor = 9,

    /// <summary>Neighbour or community member.</summary>
    Neighbour = 10,

    /// <summary>Carer or health professional.</summary>
    Carer = 11,

    /// <summary>Any other relationship.</summary>
    Other = 12,
}
