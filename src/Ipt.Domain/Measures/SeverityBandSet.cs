using Ipt.Domain.Primitives;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Measures;

/// <summary>
/// A named set of severity bands that partitions an instrument's total range: the bands are in ascending order,
/// start at the range minimum, end at its maximum and leave no gap and no overlap (checked on construction). Several
/// conventions can exist for one instrument (HAM-D-17, contradiction C23), so every classification carries the id of
/// the set that produced it.
/// </summary>
public sealed class SeverityBandSet
{
    private readonly SeverityBand[] _bands;

    /// <summary>Creates and validates a band set.</summary>
    /// <param name="id">Stable id, e.g. <c>hamd17-zimmerman-2013</c>.</param>
    /// <param name="instrumentCode">Code of the instrument the set applies to, e.g. <c>ham-d-17</c>.</param>
    /// <param name="minimum">Lowest total of the instrument.</param>
    /// <param name="maximum">Highest total of the instrument.</param>
    /// <param name="bands">Bands in ascending order.</param>
    /// <param name="sourceTags">Domain-brief source tags, e.g. <c>[S108]</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The bands do not partition <paramref name="minimum"/>..<paramref name="maximum"/>.</exception>
    public SeverityBandSet(string id, string instrumentCode, int minimum, int maximum, IEnumerable<SeverityBand> bands, string sourceTags)
    {
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(instrumentCode);
        Guard.Against.Null(bands);
        Guard.Against.Null(sourceTags);
        Guard.Against.LessThan(maximum, minimum);

        var list = new List<SeverityBand>(bands);
        if (list.Count == 0)
        {
            throw new ArgumentException("A band set needs at least one band.", nameof(bands));
        }

        int expectedLower = minimum;
        foreach (SeverityBand band in list)
        {
            Guard.Against.Null(band, nameof(bands));
            if (band.Lower != expectedLower)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Band '{band.Code}' starts at {band.Lower} but {expectedLower} was expected: bands must leave no gap and no overlap."),
                    nameof(bands));
            }

            expectedLower = band.Upper + 1;
        }

        if (expectedLower - 1 != maximum)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The last band ends at {expectedLower - 1} but the range ends at {maximum}."),
                nameof(bands));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (SeverityBand band in list)
        {
            if (!codes.Add(band.Code))
            {
                throw new ArgumentException("Band codes must be unique within a set.", nameof(bands));
            }
        }

        Id = id;
        InstrumentCode = instrumentCode;
        Minimum = minimum;
        Maximum = maximum;
        SourceTags = sourceTags;
        _bands = list.ToArray();
        Bands = ImmutableArray.Create(_bands);
    }

    /// <summary>Stable id of the convention.</summary>
    public string Id { get; }

    /// <summary>Code of the instrument the set applies to.</summary>
    public string InstrumentCode { get; }

    /// <summary>Lowest total covered.</summary>
    public int Minimum { get; }

    /// <summary>Highest total covered.</summary>
    public int Maximum { get; }

    /// <summary>The bands, ascending.</summary>
    public ImmutableArray<SeverityBand> Bands { get; }

    /// <summary>Domain-brief source tags.</summary>
    public string SourceTags { get; }

    /// <summary>The band that contains <paramref name="total"/>, tagged with this set's id.</summary>
    /// <param name="total">A total between <see cref="Minimum"/> and <see cref="Maximum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The total lies outside the set's range.</exception>
    public SeverityClassification Classify(int total)
    {
        Guard.Against.LessThan(total, Minimum);
        Guard.Against.GreaterThan(total, Maximum);
        foreach (SeverityBand band in _bands)
        {
            if (total <= band.Upper)
            {
                return new SeverityClassification(Id, band);
            }
        }

        throw new InvalidOperationException("Unreachable: the bands partition the range.");
    }

    /// <summary>The set's id.</summary>
    public override string ToString() => Id;
}
