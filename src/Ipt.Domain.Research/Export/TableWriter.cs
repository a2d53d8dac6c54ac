using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using Ipt.Domain.Research.Tables;
using Parquet.Schema;

namespace Ipt.Domain.Research.Export;

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
