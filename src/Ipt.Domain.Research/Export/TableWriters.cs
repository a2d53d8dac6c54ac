using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using CsvHelper;
using Ipt.Domain.Research.Tables;
using Parquet;
using Parquet.Schema;

namespace Ipt.Domain.Research.Export;

/// <summary>File format of an export.</summary>
public enum TableFormat
{
    /// <summary>Comma-separated values, UTF-8, invariant culture, a header row.</summary>
    Csv,

    /// <summary>Apache Parquet, one row group per <see cref="ParquetTableWriter{TRow}.RowGroupSize"/> rows.</summary>
    Parquet,
}

/// <summary>Writes rows of one table to a stream, streaming: memory does not grow with the row count.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public interface ITableWriter<TRow> : IDisposable
{
    /// <summary>Rows written so far.</summary>
    long RowsWritten { get; }

    /// <summary>Writes one row.</summary>
    /// <param name="row">The row.</param>
    void Write(TRow row);

    /// <summary>Flushes what is buffered and finishes the file (a Parquet footer). Call once, before disposing;
    /// disposing without completing leaves an incomplete file (use <see cref="AtomicFile"/> to discard it).</summary>
    void Complete();
}

/// <summary>Creates table writers.</summary>
public static class TableWriter
{
    /// <summary>A writer of the given format.</summary>
    /// <typeparam name="TRow">Row type.</typeparam>
    /// <param name="format">Format.</param>
    /// <param name="table">Table definition.</param>
    /// <param name="stream">Destination; left open.</param>
    /// <returns>The writer.</returns>
    public static ITableWriter<TRow> Create<TRow>(TableFormat format, ResearchTable<TRow> table, Stream stream) => format switch
    {
        TableFormat.Csv => new CsvTableWriter<TRow>(table, stream),
        TableFormat.Parquet => new ParquetTableWriter<TRow>(table, stream),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The format a file name implies: <c>.csv</c> or <c>.parquet</c>; null otherwise.</summary>
    /// <param name="path">File name.</param>
    public static TableFormat? FormatOf(string path)
    {
        Guard.Against.Null(path);
        string ext = Path.GetExtension(path);
        return ext.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? TableFormat.Csv
            : ext.Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? TableFormat.Parquet : null;
    }
}

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

/// <summary>Parquet writer (Parquet.Net): the schema from the table's columns, rows buffered per row group of
/// <see cref="RowGroupSize"/> and written column by column.</summary>
/// <typeparam name="TRow">Row type.</typeparam>
public sealed class ParquetTableWriter<TRow> : ITableWriter<TRow>
{
    /// <summary>Rows per row group (the memory bound of the writer).</summary>
    public const int RowGroupSize = 65_536;

    private readonly ResearchTable<TRow> _table;
    private readonly DataField[] _fields;
    private readonly ParquetWriter _writer;
    private readonly List<TRow> _buffer = new(RowGroupSize);
    private bool _completed;

    /// <summary>Starts a Parquet file.</summary>
    /// <param name="table">Table definition.</param>
    /// <param name="stream">Destination; must be seekable or writable; left open.</param>
    public ParquetTableWriter(ResearchTable<TRow> table, Stream stream)
    {
        _table = Guard.Against.Null(table);
        Guard.Against.Null(stream);
        _fields = new DataField[table.Columns.Length];
        for (int i = 0; i < _fields.Length; i++)
        {
            ResearchColumn<TRow> c = table.Columns[i];
            _fields[i] = c.Type switch
            {
                ColumnType.Whole => c.IsNullable ? new DataField<long?>(c.Name) : new DataField<long>(c.Name),
                ColumnType.Boolean => c.IsNullable ? new DataField<bool?>(c.Name) : new DataField<bool>(c.Name),
                _ => new DataField<string>(c.Name, c.IsNullable),
            };
        }

        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), stream).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public long RowsWritten { get; private set; }

    /// <summary>The Parquet schema written.</summary>
    public IReadOnlyList<DataField> Fields => _fields;

    /// <inheritdoc />
    public void Write(TRow row)
    {
        _buffer.Add(row);
        RowsWritten++;
        if (_buffer.Count == RowGroupSize)
        {
            Flush();
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        Flush();
        _completed = true;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void Flush()
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        WriteGroupAsync().GetAwaiter().GetResult();
        _buffer.Clear();
    }

    private async Task WriteGroupAsync()
    {
        using ParquetRowGroupWriter group = _writer.CreateRowGroup();
        int n = _buffer.Count;
        for (int i = 0; i < _fields.Length; i++)
        {
            ResearchColumn<TRow> c = _table.Columns[i];
            DataField f = _fields[i];
            switch (c.Type)
            {
                case ColumnType.Whole when c.IsNullable:
                {
                    var values = new long?[n];
                    for (int r = 0; r < n; r++)
                    {
                        values[r] = c.WholeOf(_buffer[r]);
                    }

                    await group.WriteAsync<long>(f, values.AsMemory(), null, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }

                case ColumnType.Whole:
                {
                    var values = new long[n];
                    for (int r = 0; r < n; r++)
                    {
                        values[r] = c.WholeOf(_buffer[r]) ?? 0;
                    }

                    await group.WriteAsync<long>(f, (ReadOnlyMemory<long>)values.AsMemory(), null, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }

                case ColumnType.Boolean when c.IsNullable:
                {
                    var values = new bool?[n];
                    for (int r = 0; r < n; r++)
                    {
                        values[r] = c.BooleanOf(_buffer[r]);
                    }

                    await group.WriteAsync<bool>(f, values.AsMemory(), null, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }

                case ColumnType.Boolean:
                {
                    var values = new bool[n];
                    for (int r = 0; r < n; r++)
                    {
                        values[r] = c.BooleanOf(_buffer[r]) ?? false;
                    }

                    await group.WriteAsync<bool>(f, (ReadOnlyMemory<bool>)values.AsMemory(), null, null, CancellationToken.None).ConfigureAwait(false);
                    break;
                }

                default:
                {
                    var values = new string?[n];
                    for (int r = 0; r < n; r++)
                    {
                        values[r] = c.TextOf(_buffer[r]);
                    }

                    await group.WriteAsync(f, values!, null).ConfigureAwait(false);
                    break;
                }
            }
        }
    }
}
