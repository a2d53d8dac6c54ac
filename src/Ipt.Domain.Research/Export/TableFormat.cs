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
