using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>The sick roles used by IPT protocols (Parsons 1951 as used in IPT, brief §1, §4.1).</summary>
public static class SickRoles
{
    /// <summary>The sick role of standard IPT [S06][S07][S66].</summary>
    public static SickRole Standard { get; } = new(
        "sick-role",
        "Sick role",
        [
            new("sick-role.exemption", "Exemption from some normal role obligations", SickRoleDirection.Right, "[S66]", EvidenceStatus.Confirmed),
            new("sick-role.not-blamed", "Not blamed for being ill", SickRoleDirection.Right, "[S66][S06]", EvidenceStatus.Confirmed),
            new("sick-role.seek-help", "Must seek competent help", SickRoleDirection.Duty, "[S66]", EvidenceStatus.Confirmed),
            new("sick-role.work-to-recover", "Must cooperate with treatment and work to get well", SickRoleDirection.Duty, "[S07][S66]", EvidenceStatus.Confirmed),
            new("sick-role.blame-to-illness", "The diagnosis shifts blame from the patient to the illness", SickRoleDirection.IptUse, "[S06]", EvidenceStatus.Confirmed),
        ],
        "Temporary: relief from some obligations together with responsibility to work at recovery (INIT-04).");

    /// <summary>
    /// The IPT-A limited sick role [S40]. The term is confirmed; the exact wording of the rule is
    /// unconfirmed, so every component below is marked <see cref="EvidenceStatus.Unconfirmed"/>.
    /// </summary>
    public static SickRole LimitedAdolescent { get; } = new(
        "limited-sick-role",
        "Limited sick role (IPT-A)",
        [
            new("limited-sick-role.not-blamed", "The illness is acknowledged; the adolescent is not blamed for it", SickRoleDirection.Right, "[S40]", EvidenceStatus.Unconfirmed),
            new("limited-sick-role.stay-active", "Stay as active as possible in school and family life", SickRoleDirection.Duty, "[S40]", EvidenceStatus.Unconfirmed),
            new("limited-sick-role.work-to-recover", "Take part in treatment and work to get well", SickRoleDirection.Duty, "[S40]", EvidenceStatus.Unconfirmed),
        ],
        "Term confirmed [S40]; exact wording of the rule unconfirmed: the components paraphrase the brief's description.");
}
