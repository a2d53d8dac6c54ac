using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Tables;
using Parquet;
using Parquet.Schema;

namespace Ipt.Domain.Research.Export;

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
