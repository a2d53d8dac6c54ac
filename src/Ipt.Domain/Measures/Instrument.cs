using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>
/// One item-scored instrument as the course, the measurement schedules, the simulator and the adapters (FHIR, research
/// export) use it: its <see cref="Descriptor"/>, primary <see cref="Bands"/>, safety item, default outcome criteria and
/// how answers are scored. The built-in instruments are in <see cref="InstrumentCatalog.BuiltIn"/>; a caller adds
/// their own with <see cref="Define"/> and <see cref="InstrumentCatalog.With"/>.
/// </summary>
/// <example>
/// <code>
/// Instrument phq9 = InstrumentCatalog.BuiltIn.Get("phq-9").Value;
/// Result&lt;InstrumentScore&gt; score = phq9.Score([1, 1, 2, 1, 0, 1, 1, 0, 0]); // total 7, mild
/// </code>
/// </example>
public sealed class Instrument
{
    private readonly Scorer _score;
    private readonly NullableScorer _scoreNullable;
    private readonly Func<int, int, int>? _responseFor;

    internal Instrument(
        InstrumentDescriptor descriptor,
        SeverityBandSet bands,
        SafetyItemRule? safetyItem,
        OutcomeCriteria? defaultOutcomeCriteria,
        Scorer score,
        NullableScorer scoreNullable,
        Func<int, int, int>? responseFor = null)
    {
        Descriptor = descriptor;
        Bands = bands;
        SafetyItem = safetyItem;
        DefaultOutcomeCriteria = defaultOutcomeCriteria;
        _score = score;
        _scoreNullable = scoreNullable;
        _responseFor = responseFor;
    }

    // Scores answers the caller holds immutably; the score may keep them as its items (no copy).
    internal delegate Result<InstrumentScore> Scorer(ImmutableArray<int> answers);

    internal delegate Result<InstrumentScore> NullableScorer(ReadOnlySpan<int?> answers);

    /// <summary>Items, ranges, recall period, LOINC code and sources.</summary>
    public InstrumentDescriptor Descriptor { get; }

    /// <summary>Shortcut for <c>Descriptor.Code</c>: the code schedules, criteria and histories name the instrument by.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The primary severity bands a score is classified with.</summary>
    public SeverityBandSet Bands { get; }

    /// <summary>The safety item (RULE-10), or null when the instrument has none (GAD-7, PCL-5).</summary>
    public SafetyItemRule? SafetyItem { get; }

    /// <summary>Response and remission criteria used when a caller names none, or null when the brief gives none.</summary>
    public OutcomeCriteria? DefaultOutcomeCriteria { get; }

    /// <summary>True when the form's answers are not the item scores (EPDS: response positions, some items reversed).</summary>
    public bool AnswersAreResponsePositions => _responseFor is not null;

    /// <summary>Scores an answer set as the form records it.</summary>
    /// <param name="answers">One answer per item, in item order.</param>
    /// <returns>The score, or <see cref="MeasureErrors.WrongItemCountCode"/> / <see cref="MeasureErrors.ItemOutOfRangeCode"/> naming the item.</returns>
    public Result<InstrumentScore> Score(ReadOnlySpan<int> answers) => _score(ItemScoring.Copy(answers));

    /// <summary>Scores a stored event's answers, which are immutable, keeping them as the score's items instead of a copy.</summary>
    /// <param name="answers">One answer per item, in item order; not default.</param>
    internal Result<InstrumentScore> ScoreStored(ImmutableArray<int> answers) => _score(answers);

    /// <summary>Scores an answer set where an unanswered item is null.</summary>
    /// <param name="answers">One answer per item, in item order; null = not answered.</param>
    /// <returns>The score, or an error (<see cref="MeasureErrors.ItemMissingCode"/> and others) naming the item.</returns>
    public Result<InstrumentScore> Score(ReadOnlySpan<int?> answers) => _scoreNullable(answers);

    /// <summary>The answer to write on the form so that an item scores <paramref name="itemScore"/> (the same number unless
    /// <see cref="AnswersAreResponsePositions"/>).</summary>
    /// <param name="itemNumber">1-based item number.</param>
    /// <param name="itemScore">The item's score, 0 to its maximum.</param>
    /// <exception cref="ArgumentOutOfRangeException">The item number or score is out of range.</exception>
    public int AnswerFor(int itemNumber, int itemScore)
    {
        Guard.Against.LessThan(itemScore, 0);
        Guard.Against.GreaterThan(itemScore, Descriptor.ItemMaximum(itemNumber));
        return _responseFor is null ? itemScore : _responseFor(itemNumber, itemScore);
    }

    /// <summary>
    /// Defines an item-summed instrument of the caller's own: the total is the sum of the item answers, classified with
    /// the definition's bands; the safety item, if any, raises its flag from its trigger score.
    /// </summary>
    /// <param name="definition">The instrument's definition.</param>
    /// <returns>The instrument, or <see cref="InstrumentCatalogErrors.DefinitionInvalid"/> naming the first field at fault.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> or one of its required texts is null.</exception>
    public static Result<Instrument> Define(InstrumentDefinition definition)
    {
        Guard.Against.Null(definition);
        Guard.Against.Null(definition.Code, nameof(definition));
        Guard.Against.Null(definition.DisplayName, nameof(definition));
        Guard.Against.Null(definition.Version, nameof(definition));
        Guard.Against.Null(definition.RecallPeriod, nameof(definition));
        Guard.Against.Null(definition.SourceTags, nameof(definition));
        Guard.Against.Null(definition.Bands, nameof(definition));

        DomainError? error = Check(definition);
        if (error is not null)
        {
            return error;
        }

        var descriptor = new InstrumentDescriptor(
            definition.Code,
            definition.DisplayName,
            definition.Version,
            definition.Rater,
            definition.ItemLabels,
            definition.ItemMaxima,
            definition.RecallPeriod,
            definition.LoincTotalScoreCode,
            definition.SourceTags);
        SeverityBandSet bands = definition.Bands;
        SafetyItemRule? safety = definition.SafetyItem;
        return new Instrument(
            descriptor,
            bands,
            safety,
            definition.DefaultOutcomeCriteria,
            answers =>
            {
                DomainError? e = ItemScoring.Validate(descriptor, answers.AsSpan(), out int total);
                return e is null ? SumScore(descriptor, bands, safety, answers, total) : e;
            },
            answers =>
            {
                DomainError? e = ItemScoring.Validate(descriptor, answers, out int total);
                return e is null ? SumScore(descriptor, bands, safety, ItemScoring.Copy(answers), total) : e;
            });
    }

    /// <summary>The instrument's code.</summary>
    public override string ToString() => Code;

    internal static Instrument BuiltIn(
        InstrumentDescriptor descriptor,
        SeverityBandSet bands,
        SafetyItemRule? safetyItem,
        OutcomeCriteria? defaultOutcomeCriteria,
        Scorer score,
        NullableScorer scoreNullable,
        Func<int, int, int>? responseFor = null) =>
        new(descriptor, bands, safetyItem, defaultOutcomeCriteria, score, scoreNullable, responseFor);

    private static ItemSumScore SumScore(
        InstrumentDescriptor descriptor, SeverityBandSet bands, SafetyItemRule? safety, ImmutableArray<int> items, int total) =>
        new ItemSumScore(descriptor, items, total, bands.Classify(total), safety?.FlagFor(descriptor.Code, items));

    private static DomainError? Check(InstrumentDefinition d)
    {
        if (!IsCode(d.Code))
        {
            return InstrumentCatalogErrors.Invalid("code", "is not a lower-case code of letters, digits and hyphens");
        }

        if (string.Equals(d.Code, SocialRhythmMetric.Code, StringComparison.Ordinal))
        {
            return InstrumentCatalogErrors.Invalid("code", "is the social rhythm metric's code, which is recorded as diary weeks");
        }

        if (string.IsNullOrWhiteSpace(d.DisplayName))
        {
            return InstrumentCatalogErrors.Invalid("display name", "is blank");
        }

        if (d.ItemMaxima.IsDefaultOrEmpty)
        {
            return InstrumentCatalogErrors.Invalid("item maxima", "are empty");
        }

        if (d.ItemLabels.IsDefault || d.ItemLabels.Length != d.ItemMaxima.Length)
        {
            return InstrumentCatalogErrors.Invalid("item labels", "do not match the items one for one");
        }

        int total = 0;
        foreach (int max in d.ItemMaxima)
        {
            if (max < 1 || max > 1000)
            {
                return InstrumentCatalogErrors.Invalid("item maxima", "must each be between 1 and 1000");
            }

            total += max;
        }

        foreach (string? label in d.ItemLabels)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                return InstrumentCatalogErrors.Invalid("item labels", "contain a blank label");
            }
        }

        if (!string.Equals(d.Bands.InstrumentCode, d.Code, StringComparison.Ordinal))
        {
            return InstrumentCatalogErrors.Invalid("bands", "belong to another instrument");
        }

        if (d.Bands.Minimum != 0 || d.Bands.Maximum != total)
        {
            return InstrumentCatalogErrors.Invalid("bands", "do not cover the total range from 0 to the sum of the item maxima");
        }

        if (d.SafetyItem is { } s && s.ItemNumber > d.ItemMaxima.Length)
        {
            return InstrumentCatalogErrors.Invalid("safety item", "is not one of the instrument's items");
        }

        if (d.SafetyItem is { } t && t.TriggerMinimum > d.ItemMaxima[t.ItemNumber - 1])
        {
            return InstrumentCatalogErrors.Invalid("safety item", "has a trigger above the item's maximum");
        }

        if (d.DefaultOutcomeCriteria is { } c && !string.Equals(c.InstrumentCode, d.Code, StringComparison.Ordinal))
        {
            return InstrumentCatalogErrors.Invalid("default outcome criteria", "belong to another instrument");
        }

        return null;
    }

    private static bool IsCode(string code)
    {
        if (code.Length is 0 or > 40 || code[0] == '-' || code[^1] == '-')
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
