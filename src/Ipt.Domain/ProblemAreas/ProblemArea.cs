namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// An interpersonal problem area: the focus that links the episode to a current interpersonal problem.
/// The first four values are the canonical IPT areas [S01][S05]; the others exist only in particular
/// protocol variants or in a related therapy (brief §6.5, contradiction C04). Which areas a course may choose
/// is a property of its protocol (<c>FormulationRules.AllowedAreas</c>), never of this enum.
/// </summary>
/// <remarks>Stable codes, display names and aliases are in <see cref="ProblemAreaCatalog"/>.</remarks>
public enum ProblemArea
{
    /// <summary>Grief: depression tied to the death of a significant person (<c>PA-GRIEF</c>) [S01][S05].</summary>
    Grief = 0,

    /// <summary>Role dispute: a struggle with a significant other over non-reciprocal expectations (<c>PA-DISPUTE</c>) [S14][S19].</summary>
    RoleDispute = 1,

    /// <summary>Role transition: difficulty moving from an old social role to a new one (<c>PA-TRANSITION</c>) [S05][S16].</summary>
    RoleTransition = 2,

    /// <summary>
    /// Interpersonal deficits (also called interpersonal sensitivity): isolation or a paucity of attachments
    /// with no acute life event; chosen only when no other area fits (<c>PA-DEFICITS</c>) [S02].
    /// </summary>
    InterpersonalDeficits = 3,

    /// <summary>IPSRT only: grief for the lost healthy self (<c>PA-LOST-HEALTHY-SELF</c>) [S51] (weak).</summary>
    GriefForLostHealthySelf = 4,

    /// <summary>IPT-A, 1993 edition only: the single-parent family (<c>PA-SINGLE-PARENT</c>) [S42].</summary>
    SingleParentFamily = 5,

    /// <summary>
    /// Dynamic Interpersonal Therapy's interpersonal-affective focus (<c>PA-IPAF</c>) [S60][S62]. DIT is a related
    /// therapy, not an IPT variant (C09); the value exists so a DIT protocol can name its focus.
    /// </summary>
    InterpersonalAffectiveFocus = 6,
}

