using System.Collections.Immutable;

namespace Ipt.Domain.Research.Tables;

/// <summary>A research table: a name and its columns. One definition drives the CSV header, the Parquet schema and
/// the column dictionary.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="Name">Table name (<c>courses</c>, <c>sessions</c>, <c>measures</c>).</param>
/// <param name="Columns">Columns, in file order.</param>
public sealed record ResearchTable<TRow>(string Name, ImmutableArray<ResearchColumn<TRow>> Columns);
