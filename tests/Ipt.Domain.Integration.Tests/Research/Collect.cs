using System.Collections.Generic;
using Ipt.Domain.Research.Export;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>A table sink that keeps the rows written, in order.</summary>
internal sealed class Collect<T> : ITableWriter<T>
{
    public List<T> Rows { get; } = [];

    public long RowsWritten => Rows.Count;

    public void Write(T row) => Rows.Add(row);

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
