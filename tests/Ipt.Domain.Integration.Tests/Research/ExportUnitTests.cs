using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Tables;
using Parquet;
using Parquet.Schema;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>The export pieces on a small table of their own: shard text, file formats by extension, the CSV
/// writer's cells, and concatenating shard files of either format (header once, schema checked, nulls kept).</summary>
public sealed class ExportUnitTests : IDisposable
{
    private sealed record Row(long Count, long? Optional, bool Flag, bool? Maybe, string? Text);

    private static readonly ResearchTable<Row> Table = new("rows",
    [
        ResearchColumn<Row>.Whole("count", false, "a whole number", r => r.Count),
        ResearchColumn<Row>.Whole("optional", true, "a whole number or none", r => r.Optional),
        ResearchColumn<Row>.Boolean("flag", false, "a yes or no", r => r.Flag),
        ResearchColumn<Row>.Boolean("maybe", true, "a yes, no or none", r => r.Maybe),
        ResearchColumn<Row>.Text("text", true, "some text or none", r => r.Text),
    ]);

    private static readonly Row[] First = [new(1, 10, true, null, "a"), new(2, null, false, true, null)];
    private static readonly Row[] Second = [new(3, 30, true, false, "c, with a comma")];

    private readonly string _dir = Directory.CreateTempSubdirectory("ipt-export").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(TableFormat format, string name, IEnumerable<Row> rows, ResearchTable<Row>? table = null)
    {
        string path = Path.Combine(_dir, name);
        using (FileStream f = File.Create(path))
        using (ITableWriter<Row> w = TableWriter.Create(format, table ?? Table, f))
        {
            foreach (Row r in rows)
            {
                w.Write(r);
            }

            Assert.Equal(rows.Count(), w.RowsWritten);
            w.Complete();
        }

        return path;
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("3/3", 3, 3)]
    public void Shard_text_reads_as_index_of_count(string text, int index, int count)
    {
        Assert.True(Shard.TryParse(text, out Shard s));
        Assert.Equal(new Shard(index, count), s);
        Assert.Equal(text, s.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("+1/2")]
    [InlineData(" 1/2")]
    [InlineData("1/2/3")]
    [InlineData("a/b")]
    public void Other_shard_text_is_refused_and_leaves_the_whole_cohort(string? text)
    {
        Assert.False(Shard.TryParse(text, out Shard s));
        Assert.Equal(Shard.Whole, s);
    }

    [Fact]
    public void The_whole_cohort_is_one_shard_and_impossible_shards_are_misuse()
    {
        Assert.Equal((0, 10), Shard.Whole.RangeOf(10));
        Assert.Equal((3, 3), new Shard(2, 3).RangeOf(10));
        Assert.Equal((6, 4), new Shard(3, 3).RangeOf(10));
        Assert.Equal((1_431_655_764, 715_827_883), new Shard(3, 3).RangeOf(int.MaxValue)); // no overflow: the last third of the largest cohort
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(1, 0).RangeOf(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(0, 3).RangeOf(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shard(4, 3).RangeOf(10));
    }

    [Theory]
    [InlineData("out.csv", TableFormat.Csv)]
    [InlineData("OUT.CSV", TableFormat.Csv)]
    [InlineData("dir/out.parquet", TableFormat.Parquet)]
    [InlineData("out.Parquet", TableFormat.Parquet)]
    [InlineData("out.txt", null)]
    [InlineData("out", null)]
    [InlineData("out.csv.gz", null)]
    public void A_file_s_format_is_its_extension(string path, TableFormat? format)
    {
        Assert.Equal(format, TableWriter.FormatOf(path));
    }

    [Fact]
    public void An_unknown_format_or_null_is_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => TableWriter.FormatOf(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => TableWriter.Create((TableFormat)9, Table, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => new CsvTableWriter<Row>(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => new CsvTableWriter<Row>(Table, null!));
    }

    [Fact]
    public void Csv_cells_are_invariant_numbers_lower_case_booleans_and_empty_for_none()
    {
        string text = File.ReadAllText(Write(TableFormat.Csv, "a.csv", [.. First, .. Second]));
        Assert.Equal("count,optional,flag,maybe,text\n1,10,true,,a\n2,,false,true,\n3,30,true,false,\"c, with a comma\"\n", text);
    }

    [Fact]
    public void Csv_shards_concatenate_with_one_header()
    {
        string a = Write(TableFormat.Csv, "a.csv", First);
        string b = Write(TableFormat.Csv, "b.csv", Second);
        using var merged = new MemoryStream();
        ResearchFiles.Concatenate(TableFormat.Csv, [a, b], merged);
        Assert.Equal(File.ReadAllText(Write(TableFormat.Csv, "all.csv", [.. First, .. Second])), Encoding.UTF8.GetString(merged.ToArray()));
        Assert.True(merged.CanWrite, "the destination is left open");
    }

    [Fact]
    public void Csv_shards_with_another_header_are_refused_naming_the_file()
    {
        var other = new ResearchTable<Row>("rows", [ResearchColumn<Row>.Whole("count", false, "a whole number", r => r.Count)]);
        string a = Write(TableFormat.Csv, "a.csv", First);
        string b = Write(TableFormat.Csv, "b.csv", Second, other);
        var e = Assert.Throws<InvalidDataException>(() => ResearchFiles.Concatenate(TableFormat.Csv, [a, b], new MemoryStream()));
        Assert.Equal("'" + b + "' has a different header.", e.Message);
    }

    [Fact]
    public void A_cancelled_concatenation_stops()
    {
        string a = Write(TableFormat.Csv, "a.csv", First);
        string p = Write(TableFormat.Parquet, "a.parquet", First);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ResearchFiles.Concatenate(TableFormat.Csv, [a], new MemoryStream(), cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ResearchFiles.Concatenate(TableFormat.Parquet, [p], new MemoryStream(), cts.Token));
        Assert.Throws<ArgumentNullException>(() => ResearchFiles.Concatenate(TableFormat.Csv, null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => ResearchFiles.Concatenate(TableFormat.Csv, [a], null!));
    }

    [Fact]
    public async Task Parquet_shards_concatenate_to_every_row_with_its_nulls()
    {
        string a = Write(TableFormat.Parquet, "a.parquet", First);
        string b = Write(TableFormat.Parquet, "b.parquet", Second);
        using var merged = new MemoryStream();
        ResearchFiles.Concatenate(TableFormat.Parquet, [a, b], merged);
        merged.Position = 0;

        await using ParquetReader reader = await ParquetReader.CreateAsync(merged);
        DataField[] fields = reader.Schema.GetDataFields();
        Assert.Equal(["count", "optional", "flag", "maybe", "text"], fields.Select(f => f.Name));
        Assert.Equal([false, true, false, true, true], fields.Select(f => f.IsNullable));
        var counts = new List<long>();
        var optional = new List<long?>();
        var flags = new List<bool>();
        var maybe = new List<bool?>();
        var text = new List<string?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            var c = new long[n];
            var o = new long?[n];
            var f = new bool[n];
            var m = new bool?[n];
            var t = new string?[n];
            await group.ReadAsync<long>(fields[0], c.AsMemory());
            await group.ReadAsync<long>(fields[1], o.AsMemory());
            await group.ReadAsync<bool>(fields[2], f.AsMemory());
            await group.ReadAsync<bool>(fields[3], m.AsMemory());
            await group.ReadAsync(fields[4], t.AsMemory());
            (counts, optional, flags, maybe, text) = ([.. counts, .. c], [.. optional, .. o], [.. flags, .. f], [.. maybe, .. m], [.. text, .. t]);
        }

        Row[] all = [.. First, .. Second];
        Assert.Equal(all.Select(r => r.Count), counts);
        Assert.Equal(all.Select(r => r.Optional), optional);
        Assert.Equal(all.Select(r => r.Flag), flags);
        Assert.Equal(all.Select(r => r.Maybe), maybe);
        Assert.Equal(all.Select(r => r.Text), text);
    }

    [Fact]
    public void Parquet_shards_with_another_schema_are_refused_naming_the_file()
    {
        var other = new ResearchTable<Row>("rows", [ResearchColumn<Row>.Whole("count", true, "a whole number", r => r.Count)]);
        string a = Write(TableFormat.Parquet, "a.parquet", First);
        string b = Write(TableFormat.Parquet, "b.parquet", Second, other);
        var e = Assert.Throws<InvalidDataException>(() => ResearchFiles.Concatenate(TableFormat.Parquet, [a, b], new MemoryStream()));
        Assert.Equal("'" + b + "' has a different schema.", e.Message);
    }

    [Fact]
    public void A_committed_atomic_file_replaces_the_old_one_and_disposing_after_commit_keeps_it()
    {
        string path = Path.Combine(_dir, "out.bin");
        File.WriteAllBytes(path, [9, 9, 9]);
        using (var f = new AtomicFile(path))
        {
            Assert.Equal(Path.GetFullPath(path), f.Path);
            Assert.StartsWith(path + ".", f.Stream.Name, StringComparison.Ordinal);
            Assert.EndsWith(".tmp", f.Stream.Name, StringComparison.Ordinal);
            Assert.Equal([9, 9, 9], File.ReadAllBytes(path)); // untouched until the commit
            f.Stream.WriteByte(1);
            f.Commit();
        }

        Assert.Equal([1], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
        Assert.Throws<ArgumentException>(() => new AtomicFile(" "));
    }

    [Theory]
    [InlineData(ParquetTableWriter<Row>.RowGroupSize, new long[] { ParquetTableWriter<Row>.RowGroupSize })]
    [InlineData((2 * ParquetTableWriter<Row>.RowGroupSize) + 5, new long[] { ParquetTableWriter<Row>.RowGroupSize, ParquetTableWriter<Row>.RowGroupSize, 5 })]
    public async Task Parquet_rows_are_written_in_full_row_groups_with_the_rest_in_a_last_one(int rows, long[] groups)
    {
        string path = Write(TableFormat.Parquet, "groups.parquet", Enumerable.Range(0, rows).Select(i => new Row(i, null, false, null, null)));
        await using ParquetReader reader = await ParquetReader.CreateAsync(path);
        var sizes = new List<long>();
        long expected = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            sizes.Add(group.RowCount);
            var c = new long[group.RowCount];
            await group.ReadAsync<long>(reader.Schema.GetDataFields()[0], c.AsMemory());
            Assert.True(c.SequenceEqual(Enumerable.Range((int)expected, c.Length).Select(x => (long)x)), "rows in order, none twice");
            expected += c.Length;
        }

        Assert.Equal(groups, sizes);
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    public void A_writer_leaves_its_stream_open_and_has_written_everything_once_complete(TableFormat format)
    {
        using var stream = new MemoryStream();
        ITableWriter<Row> w = TableWriter.Create(format, Table, stream);
        foreach (Row r in First)
        {
            w.Write(r);
        }

        w.Complete();
        w.Complete(); // a second completion adds nothing
        if (format == TableFormat.Csv)
        {
            Assert.Equal("count,optional,flag,maybe,text\n1,10,true,,a\n2,,false,true,\n", Encoding.UTF8.GetString(stream.ToArray()));
        }

        w.Dispose();
        Assert.True(stream.CanWrite, "the stream is left open");
        Assert.Throws<ArgumentNullException>(() => TableWriter.Create(format, Table, null!));
        Assert.Throws<ArgumentNullException>(() => TableWriter.Create<Row>(format, null!, stream));
    }
}
