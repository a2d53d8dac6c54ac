using System.Collections.Immutable;
using Ipt.Domain.Research.Rows;

namespace Ipt.Domain.Research.Tables;

/// <summary>The storage type of a column; the same in CSV and Parquet.</summary>
public enum ColumnType
{
    /// <summary>A 64-bit whole number (Parquet INT64).</summary>
    Whole,

    /// <summary>Text (Parquet UTF-8 string); codes are kebab-case.</summary>
    Text,

    /// <summary>True or false (Parquet BOOLEAN; CSV <c>true</c>/<c>false</c>).</summary>
    Boolean,
}
