
namespace Ipt.Domain.Suitability;

/// <summary>Perinatal status.</summary>
public enum PerinatalStatus
{
    /// <summary>Not pregnant and not postpartum.</summary>
    NotPerinatal = 0,

    /// <summary>Pregnant.</summary>
    Pregnant = 1,

    /// <summary>Postpartum.</summary>
    Postpartum = 2,
}
