
namespace Ipt.Domain.Suitability;

/// <summary>The numbers the screener uses, with their sources. Clinical numbers live here, not in rule branches.</summary>
public static class ScreeningThresholds
{
    /// <summary>Lowest age for IPT-A: 12 years [S40].</summary>
    public const int AdolescentMinimumAge = 12;

    /// <summary>Highest age for IPT-A: 18 years [S40]. An 18-year-old is screened as an adolescent.</summary>
    public const int AdolescentMaximumAge = 18;

    /// <summary>Highest accepted age; above it the input is treated as a caller error.</summary>
    public const int MaximumAge = 130;

    /// <summary>Conditions counted as depressive for adaptation choice (§18.1).</summary>
    public const PresentingConditions DepressiveConditions =
        PresentingConditions.MajorDepression | PresentingConditions.RecurrentDepression
        | PresentingConditions.PersistentDepressiveDisorder | PresentingConditions.PerinatalDepression
        | PresentingConditions.BereavementRelatedDepression;
}
