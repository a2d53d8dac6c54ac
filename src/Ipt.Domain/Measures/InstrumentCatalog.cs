using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// The item-scored instruments a protocol's courses can record, by code: an immutable, thread-safe catalogue, like the
/// protocol catalogue. <see cref="BuiltIn"/> holds the library's instruments; a caller adds their own with
/// <see cref="With"/> and gives the result to a protocol (<c>ProtocolBuilder.Instruments</c>). The social rhythm metric
/// (<c>srm-5</c>) is not in it: it is recorded as diary weeks, not item answers.
/// </summary>
/// <example>
/// <code>
/// Instrument gad7 = InstrumentCatalog.BuiltIn.Get("gad-7").Value;
/// Result&lt;InstrumentCatalog&gt; mine = InstrumentCatalog.BuiltIn.With(myInstrument); // catalog.duplicate-instrument if taken
/// </code>
/// </example>
public sealed class InstrumentCatalog
{
    private readonly FrozenDictionary<string, Instrument> _byCode;

    private InstrumentCatalog(ImmutableArray<Instrument> all, FrozenDictionary<string, Instrument> byCode)
    {
        All = all;
        _byCode = byCode;
    }

    /// <summary>The library's instruments: PHQ-9, GAD-7, EPDS, HAM-D-17, PCL-5 and PHQ-A. A new built-in instrument is
    /// one file in <c>Measures/</c> and one line here.</summary>
    public static InstrumentCatalog BuiltIn { get; } = Create(
    [
        Phq9.Instrument,
        Gad7.Instrument,
        Epds.Instrument,
        HamD17.Instrument,
        Pcl5.Instrument,
        PhqA.Instrument,
    ]).Value;

    /// <summary>Every instrument, in the order given.</summary>
    public ImmutableArray<Instrument> All { get; }

    /// <summary>Number of instruments.</summary>
    public int Count => All.Length;

    /// <summary>A catalogue of the given instruments.</summary>
    /// <param name="instruments">Instruments with distinct codes.</param>
    /// <returns>The catalogue, or <see cref="InstrumentCatalogErrors.DuplicateCode"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instruments"/> or one of its items is null.</exception>
    public static Result<InstrumentCatalog> Create(IEnumerable<Instrument> instruments)
    {
        Guard.Against.Null(instruments);
        var list = new List<Instrument>();
        var byCode = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (Instrument? i in instruments)
        {
            Guard.Against.Null(i, nameof(instruments));
            if (!byCode.TryAdd(i.Code, i))
            {
                return InstrumentCatalogErrors.Duplicate(i.Code);
            }

            list.Add(i);
        }

        return new InstrumentCatalog([.. list], byCode.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>This catalogue with one more instrument.</summary>
    /// <param name="instrument">An instrument whose code is not yet in the catalogue.</param>
    /// <returns>The new catalogue, or <see cref="InstrumentCatalogErrors.DuplicateCode"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is null.</exception>
    public Result<InstrumentCatalog> With(Instrument instrument)
    {
        Guard.Against.Null(instrument);
        return Create([.. All, instrument]);
    }

    /// <summary>True when an instrument with the code is in the catalogue.</summary>
    /// <param name="code">An instrument code.</param>
    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The instrument with the code, or null.</summary>
    /// <param name="code">An instrument code, e.g. <c>phq-9</c>.</param>
    public Instrument? Find(string? code) => code is not null && _byCode.TryGetValue(code, out Instrument? i) ? i : null;

    /// <summary>The instrument with the code.</summary>
    /// <param name="code">An instrument code.</param>
    /// <returns>The instrument, or <see cref="InstrumentCatalogErrors.UnknownInstrument"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Result<Instrument> Get(string code)
    {
        Guard.Against.Null(code);
        return Find(code) is { } i ? i : InstrumentCatalogErrors.Unknown(code);
    }
}
