using Ipt.Domain.Primitives;

namespace Ipt.Domain.ProblemAreas;

/// <summary>One component of a sick role.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Text">The component in plain words.</param>
/// <param name="Direction">Right, duty or IPT use.</param>
/// <param name="Sources">Brief source tags.</param>
/// <param name="Status">How well the component's wording is supported.</param>
public sealed record SickRoleComponent(string Code, string Text, SickRoleDirection Direction, string Sources, EvidenceStatus Status);
