using System.Collections.Generic;

namespace Ipt.Domain.ProblemAreas;

/// <summary>A sick role as assigned in the initial phase (INIT-04).</summary>
/// <param name="Code">Stable code of the variant.</param>
/// <param name="Name">Name as clinicians use it.</param>
/// <param name="Components">Rights, duties and IPT use.</param>
/// <param name="Note">What is and is not confirmed about this variant.</param>
public sealed record SickRole(string Code, string Name, IReadOnlyList<SickRoleComponent> Components, string Note);
