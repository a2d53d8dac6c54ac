using System;
using Ipt.Domain.Research.Rows;

namespace Ipt.Domain.Research.Tables;

/// <summary>One column of a research table: its name (snake case, as pandas and R expect), type, meaning and value.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class ResearchColumn<TRow>
{
    private readonly Func<TRow, long?>? _integer;
    private readonly Func<TRow, string?>? _text;
    private readonly Func<TRow, bool?>? _boolean;

    private ResearchColumn(string name, ColumnType type, bool nullable, string description, Func<TRow, long?>? integer, Func<TRow, string?>? text, Func<TRow, bool?>? boolean)
    {
        Name = name;
        Type = type;
        IsNullable = nullable;
        Description = description;
        _integer = integer;
        _text = text;
        _boolean = boolean;
    }

    /// <summary>Column name.</summary>
    public string Name { get; }

    /// <summary>Storage type.</summary>
    public ColumnType Type { get; }

    /// <summary>Whether the column may hold nulls (empty in CSV).</summary>
    public bool IsNullable { get; }

    /// <summary>What the column means (the column dictionary in <c>docs/research.md</c> is generated from it).</summary>
    public string Description { get; }

    /// <summary>A whole-number column.</summary>
    /// <param name="name">Name.</param>
    /// <param name="nullable">May hold nulls.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="value">Value of a row.</param>
    /// <returns>The column.</returns>
    public static ResearchColumn<TRow> Whole(string name, bool nullable, string description, Func<TRow, long?> value) => new(name, ColumnType.Whole, nullable, description, value, null, null);

    /// <summary>A text column.</summary>
    /// <param name="name">Name.</param>
    /// <param name="nullable">May hold nulls.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="value">Value of a row.</param>
    /// <returns>The column.</returns>
    public static ResearchColumn<TRow> Text(string name, bool nullable, string description, Func<TRow, string?> value) => new(name, ColumnType.Text, nullable, description, null, value, null);

    /// <summary>A Boolean column.</summary>
    /// <param name="name">Name.</param>
    /// <param name="nullable">May hold nulls.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="value">Value of a row.</param>
    /// <returns>The column.</returns>
    public static ResearchColumn<TRow> Boolean(string name, bool nullable, string description, Func<TRow, bool?> value) => new(name, ColumnType.Boolean, nullable, description, null, null, value);

    /// <summary>The integer value of a row (whole-number columns only).</summary>
    /// <param name="row">The row.</param>
    public long? WholeOf(TRow row) => _integer!(row);

    /// <summary>The text value of a row (text columns only).</summary>
    /// <param name="row">The row.</param>
    public string? TextOf(TRow row) => _text!(row);

    /// <summary>The Boolean value of a row (Boolean columns only).</summary>
    /// <param name="row">The row.</param>
    public bool? BooleanOf(TRow row) => _boolean!(row);
}
