using System.Collections.Generic;

namespace Ipt.Domain.ProblemAreas;

/// <summary>
/// The problem-area sets of the protocol variants (brief §6.5). The set is a property of the variant (C04):
/// a protocol passes one of these (or its own) to <c>FormulationRules.AllowedAreas</c>.
/// </summary>
public static class ProblemAreaSets
{
    /// <summary>Standard IPT (Guide): grief, role dispute, role transition, interpersonal deficits [S01][S05].</summary>
    public static IReadOnlyList<ProblemArea> StandardIpt { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits];

    /// <summary>
    /// Stuart &amp; Robertson model: interpersonal disputes, role transitions, grief and loss [S12][S13]
    /// (interpersonal sensitivity handled as a patient characteristic: unconfirmed).
    /// </summary>
    public static IReadOnlyList<ProblemArea> StuartRobertson { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition];

    /// <summary>IPT-A, 1993 edition: the standard four plus the single-parent family [S42].</summary>
    public static IReadOnlyList<ProblemArea> IptA1993 { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits, ProblemArea.SingleParentFamily];

    /// <summary>IPT-AST (prevention): role disputes, role transitions, interpersonal deficits; no grief [S43].</summary>
    public static IReadOnlyList<ProblemArea> IptAst { get; } =
        [ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits];

    /// <summary>Brief IPT in MOMCare: role transitions, role disputes, unresolved grief [S29].</summary>
    public static IReadOnlyList<ProblemArea> BriefIptMomCare { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition];

    /// <summary>WHO Group IPT: grief, disputes, life changes, loneliness/social isolation [S25].</summary>
    public static IReadOnlyList<ProblemArea> WhoGroupIpt { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits];

    /// <summary>IPSRT: the standard four plus grief for the lost healthy self [S51] (weak).</summary>
    public static IReadOnlyList<ProblemArea> Ipsrt { get; } =
        [ProblemArea.Grief, ProblemArea.RoleDispute, ProblemArea.RoleTransition, ProblemArea.InterpersonalDeficits, ProblemArea.GriefForLostHealthySelf];

    /// <summary>DIT (related therapy, not IPT): the interpersonal-affective focus only [S60][S62]; M10.</summary>
    public static IReadOnlyList<ProblemArea> Dit { get; } = [ProblemArea.InterpersonalAffectiveFocus];
}
