using System;
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
