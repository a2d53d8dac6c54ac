namespace Ipt.Domain.Courses;

/// <summary>Why a course ended before completion. Stored code in brackets.</summary>
public enum DiscontinuationReason
{
    /// <summary>The client stopped attending without agreement (<c>dropout</c>).</summary>
    Dropout = 0,

    /// <summary>The client chose to stop (<c>client-choice</c>).</summary>
    ClientChoice = 1,

    /// <summary>The clinician ended treatment, e.g. deterioration or a change of plan (<c>clinical-decision</c>).</summary>
    ClinicalDecision = 2,

    /// <summary>No response; another effective treatment is offered (brief RULE-09, TERM-08) (<c>non-response-referred</c>).</summary>
    NonResponseReferred = 3,

    /// <summary>Care moved to another service or clinician (<c>transferred</c>).</summary>
    Transferred = 4,

    /// <summary>Another reason (<c>other</c>).</summary>
    Other = 5,
}
