using Ipt.Domain.Primitives;
using System.Collections.Generic;

namespace Ipt.Domain.ProblemAreas;

/// <summary>Whether a sick-role component is a right, a duty, or the way IPT uses the concept (brief §4.1).</summary>
public enum SickRoleDirection
{
    /// <summary>Something the patient is granted.</summary>
    Right = 0,

    /// <summary>Something the patient owes.</summary>
    Duty = 1,

    /// <summary>How IPT uses the sick role.</summary>
    IptUse = 2,
}

/// <summary>One component of a sick role.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Text">The component in plain words.</param>
/// <param name="Direction">Right, duty or IPT use.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the component's wording is supported.</param>
public sealed record SickRoleComponent(string Code, string Text, SickRoleDirection Direction, string Sources, EvidenceStatus Status);

/// <summary>A sick role as assigned in the initial phase (INIT-04).</summary>
/// <param name="Code">Stable code of the variant.</param>
/// <param name="Name">Name as clinicians use it.</param>
/// <param name="Components">Rights, duties and IPT use.</param>
/// <param name="Note">What is and is not confirmed about this variant.</param>
public sealed record SickRole(string Code, string Name, IReadOnlyList<SickRoleComponent> Components, string Note);

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
