using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Ardalis.GuardClauses;
using Parquet;
using Parquet.Schema;

namespace Ipt.Domain.Research.Export;

/// <summary>Operations on exported files.</summary>
public static class ResearchFiles
{
    /// <summary>Concatenates files of one table, in the order given (e.g. shards by first course index), into one:
    /// CSV keeps the first header; Parquet copies row groups column by column (one row group in memory at a time).</summary>
    /// <param name="format">Format of every file.</param>
    /// <param name="paths">Input files.</param>
    /// <param name="destination">Output stream; left open.</param>
    /// <param name="cancellationToken">Stops between row groups.</param>
    /// <exception cref="InvalidDataException">The files do not share one schema or header.</exception>
    public static void Concatenate(TableFormat format, IReadOnlyList<string> paths, Stream destination, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(paths);
        Guard.Against.Null(destination);
        if (format == TableFormat.Csv)
        {
            string? header = null;
            using var writer = new StreamWriter(destination, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            foreach (string path in paths)
            {
                using var reader = new StreamReader(path);
                string? first = reader.ReadLine();
                if (header is null)
                {
                    header = first;
                    writer.Write(header + "\n");
                }
                else if (!string.Equals(first, header, StringComparison.Ordinal))
                {
                    throw new InvalidDataException("'" + path + "' has a different header.");
                }

                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.Write(line);
                    writer.Write('\n');
                }
            }

            return;
        }

        ConcatenateParquet(paths, destination, cancellationToken);
    }

    private static void ConcatenateParquet(IReadOnlyList<string> paths, Stream destination, CancellationToken ct)
    {
        ParquetSchema? schema = null;
        DataField[] outFields = [];
        string? layout = null;
        ParquetWriter? writer = null;
        try
        {
            foreach (string path in paths)
            {
                using FileStream input = File.OpenRead(path);
                ParquetReader reader = ParquetReader.CreateAsync(input, null, false, ct).GetAwaiter().GetResult();
                try
                {
                DataField[] inFields = reader.Schema.GetDataFields();
                string thisLayout = string.Join(";", inFields.Select(f => f.Name + ":" + f.ClrType.Name + ":" + f.IsNullable));
                if (schema is null)
                {
                    // Text is read back as ReadOnlyMemory<char>; it is written again as a string column.
                    outFields = [.. inFields.Select(f => IsText(f) ? new DataField<string>(f.Name, f.IsNullable) : f)];
                    schema = new ParquetSchema(outFields);
                    layout = thisLayout;
                    writer = ParquetWriter.CreateAsync(schema, destination, null, false, ct).GetAwaiter().GetResult();
                }
                else if (!string.Equals(layout, thisLayout, StringComparison.Ordinal))
                {
                    throw new InvalidDataException("'" + path + "' has a different schema.");
                }

                for (int g = 0; g < reader.RowGroupCount; g++)
                {
                    ct.ThrowIfCancellationRequested();
                    using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                    using ParquetRowGroupWriter output = writer!.CreateRowGroup();
                    for (int i = 0; i < inFields.Length; i++)
                    {
                        CopyColumn(group, output, inFields[i], outFields[i], (int)group.RowCount, ct);
                    }
                }
                }
                finally
                {
                    Wait(reader.DisposeAsync());
                }
            }
        }
        finally
        {
            writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Wait(System.Threading.Tasks.Task task) => task.GetAwaiter().GetResult();

    private static void Wait(System.Threading.Tasks.ValueTask task) => task.AsTask().GetAwaiter().GetResult();

    private static void Wait<T>(System.Threading.Tasks.ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();

    private static bool IsText(DataField f) => f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>);

    private static void CopyColumn(ParquetRowGroupReader group, ParquetRowGroupWriter output, DataField field, DataField outField, int rows, CancellationToken ct)
    {
        Type t = field.ClrType;
        if (IsText(field))
        {
            var values = new string?[rows];
            Wait(group.ReadAsync(field, values.AsMemory(), null, ct));
            Wait(output.WriteAsync(outField, values!, null));
        }
        else if (t == typeof(long) && field.IsNullable)
        {
            var values = new long?[rows];
            Wait(group.ReadAsync<long>(field, values.AsMemory(), null, ct));
            Wait(output.WriteAsync<long>(field, values.AsMemory(), null, null, ct));
        }
        else if (t == typeof(long))
        {
            var values = new long[rows];
            Wait(group.ReadAsync<long>(field, values.AsMemory(), null, ct));
            Wait(output.WriteAsync<long>(field, (ReadOnlyMemory<long>)values.AsMemory(), null, null, ct));
        }
        else if (t == typeof(bool) && field.IsNullable)
        {
            var values = new bool?[rows];
            Wait(group.ReadAsync<bool>(field, values.AsMemory(), null, ct));
            Wait(output.WriteAsync<bool>(field, values.AsMemory(), null, null, ct));
        }
        else if (t == typeof(bool))
        {
            var values = new bool[rows];
            Wait(group.ReadAsync<bool>(field, values.AsMemory(), null, ct));
            Wait(output.WriteAsync<bool>(field, (ReadOnlyMemory<bool>)values.AsMemory(), null, null, ct));
        }
        else
        {
            throw new InvalidDataException("Column '" + field.Name + "' has a type research tables do not use.");
        }
    }
}
