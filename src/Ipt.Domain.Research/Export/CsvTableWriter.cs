using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CsvHelper;
using Ipt.Domain.Research.Tables;
using Parquet.Schema;

namespace Ipt.Domain.Research.Export;

/// <summary>CSV writer (CsvHelper): a header row from the table's columns, invariant culture, nulls as empty fields,
/// Booleans as <c>true</c>/<c>false</c>.</summary>
/// <typeparam name="TRow">Row type.</typeparam>
public sealed class CsvTableWriter<TRow> : ITableWriter<TRow>
{
    private readonly ResearchTable<TRow> _table;
    private readonly CsvWriter _csv;

    /// <summary>Starts a CSV file and writes the header.</summary>
    /// <param name="table">Table definition.</param>
    /// <param name="stream">Destination; left open.</param>
    public CsvTableWriter(ResearchTable<TRow> table, Stream stream)
    {
        _table = Guard.Against.Null(table);
        Guard.Against.Null(stream);
        _csv = CsvWriter.Create(stream, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, true);
        foreach (ResearchColumn<TRow> c in table.Columns)
        {
            _csv.WriteField(c.Name);
        }

        _csv.EndRecord();
    }

    /// <inheritdoc />
    public long RowsWritten { get; private set; }

    /// <inheritdoc />
    public void Write(TRow row)
    {
        foreach (ResearchColumn<TRow> c in _table.Columns)
        {
            switch (c.Type)
            {
                case ColumnType.Whole:
                    long? n = c.WholeOf(row);
                    _csv.WriteField(n is long v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty);
                    break;
                case ColumnType.Boolean:
                    bool? b = c.BooleanOf(row);
                    _csv.WriteField(b is bool t ? (t ? "true" : "false") : string.Empty);
                    break;
                default:
                    _csv.WriteField(c.TextOf(row) ?? string.Empty);
                    break;
            }
        }

        _csv.EndRecord();
        RowsWritten++;
    }

    /// <inheritdoc />
    public void Complete()
    {
        _csv.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv.Dispose();
    }
}
