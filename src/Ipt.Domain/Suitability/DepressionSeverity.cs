
namespace Ipt.Domain.Suitability;

/// <summary>Clinician's rating of current depressive severity, when made.</summary>
public enum DepressionSeverity
{
    /// <summary>Not rated.</summary>
    NotRated = 0,

    /// <summary>Mild.</summary>
    Mild = 1,

    /// <summary>Moderate.</summary>
    Moderate = 2,

    /// <summary>Severe.</summary>
    Severe = 3,
}
