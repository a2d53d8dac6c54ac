using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;

namespace Ipt.Domain.Protocols;

/// <summary>An inclusive range of ages in whole years.</summary>
/// <param name="Minimum">Youngest age.</param>
/// <param name="Maximum">Oldest age.</param>
public readonly record struct AgeRange(int Minimum, int Maximum)
{
    /// <summary>Whether <paramref name="ageYears"/> lies within the range.</summary>
    /// <param name="ageYears">Age in whole years.</param>
    public bool Contains(int ageYears) => ageYears >= Minimum && ageYears <= Maximum;

    /// <inheritdoc />
    public override string ToString() =>
        Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
