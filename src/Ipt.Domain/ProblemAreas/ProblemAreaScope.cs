namespace Ipt.Domain.ProblemAreas;

/// <summary>Where a problem area belongs (brief §6.5, C04, C09).</summary>
public enum ProblemAreaScope
{
    /// <summary>One of the four areas of standard IPT [S01][S05].</summary>
    StandardIpt = 0,

    /// <summary>Added by a particular IPT variant (IPT-A 1993, IPSRT).</summary>
    VariantSpecific = 1,

    /// <summary>Belongs to a related therapy that is not IPT (DIT).</summary>
    RelatedTherapy = 2,
}
