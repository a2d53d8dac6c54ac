using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsvHelper;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Research.Export;
using Ipt.Domain.Research.Rows;
using Ipt.Domain.Research.Tables;
using Ipt.Domain.Simulation;
using Parquet;
using Parquet.Schema;

namespace Ipt.Domain.Integration.Tests.Research;

public sealed class ExportTests
{
    private static readonly SimulationSettings Small = new() { CohortSize = 400, Seed = 11 };

    [Fact]
    public async Task Parquet_courses_read_back_with_the_schema_of_the_column_table_and_one_row_per_course()
    {
        using var stream = new MemoryStream();
        using (ITableWriter<CourseRow> w = TableWriter.Create(TableFormat.Parquet, ResearchTables.Courses, stream))
        {
            CohortRunner.Run(Small, null, new CohortSinks(w));
            w.Complete();
        }

        stream.Position = 0;
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        Assert.Equal(ResearchTables.Courses.Columns.Select(c => c.Name), fields.Select(f => f.Name));
        Assert.Equal(typeof(long), fields.Single(f => f.Name == "course_index").ClrType);
        Assert.True(fields.Single(f => f.Name == "baseline").IsNullable);
        long rows = 0;
        var indexes = new List<long>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
            var values = new long[group.RowCount];
            await group.ReadAsync<long>(fields.Single(f => f.Name == "course_index"), values.AsMemory());
            indexes.AddRange(values);
        }

        Assert.Equal(400, rows);
        Assert.Equal(Enumerable.Range(0, 400).Select(i => (long)i), indexes);
    }

    [Fact]
    public void Csv_reads_back_with_CsvHelper_as_the_rows_written()
    {
        var expected = new Collect<CourseRow>();
        using var stream = new MemoryStream();
        using (ITableWriter<CourseRow> w = TableWriter.Create(TableFormat.Csv, ResearchTables.Courses, stream))
        {
            CohortRunner.Run(Small, "arm-a", new CohortSinks(w));
            w.Complete();
        }

        CohortRunner.Run(Small, "arm-a", new CohortSinks(expected));
        using CsvReader csv = CsvReader.Create(stream.ToArray());
        int n = 0;
        while (csv.Read())
        {
            Assert.Equal(ResearchTables.Courses.Columns.Select(c => c.Name), csv.Headers.ToArray());
            CourseRow r = expected.Rows[n++];
            Assert.Equal(r.Arm, csv.GetString("arm"));
            Assert.Equal(r.Status, csv.GetString("status"));
            Assert.Equal(r.CourseIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), csv.GetString("course_index"));
            Assert.Equal(r.Baseline?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, csv.GetString("baseline"));
            Assert.Equal(r.Response is bool b ? (b ? "true" : "false") : string.Empty, csv.GetString("response"));
        }

        Assert.Equal(400, n);
    }

    [Fact]
    public void Streamed_batches_give_the_courses_of_the_single_in_memory_run_with_the_simulators_outcomes()
    {
        // 9,000 courses cross a batch boundary (8,192): batching must not change a single course.
        SimulationSettings settings = new() { CohortSize = 9_000, Seed = 5, ReviewFidelity = false };
        var streamed = new Collect<CourseRow>();
        CohortRunner.Run(settings, null, new CohortSinks(streamed));
        SimulationResult kept = CohortSimulator.Default.Run(settings with { KeepCourses = true });
        Assert.Equal(9_000, streamed.Rows.Count);
        for (int i = 0; i < kept.Courses.Length; i++)
        {
            SimulatedCourse c = kept.Courses[i];
            CourseRow r = streamed.Rows[i];
            Assert.Equal(c.Index, r.CourseIndex);
            Assert.Equal(c.SessionsRecorded, r.SessionsRecorded);
            Assert.Equal(c.SessionsAttended, r.SessionsAttended);
            Assert.Equal(c.IsResponse, r.Response);
            Assert.Equal(c.IsRemission, r.Remission);
            Assert.Equal(c.BaselineTotal, r.Baseline);
            Assert.Equal(c.LatestTotal, r.Endpoint);
        }
    }

    [Fact]
    public void Long_tables_hold_every_session_and_measure_and_join_on_course_index()
    {
        var courses = new Collect<CourseRow>();
        var sessions = new Collect<SessionRow>();
        var measures = new Collect<MeasureRow>();
        CohortRunner.Run(Small, null, new CohortSinks(courses, sessions, measures));
        Assert.Equal(courses.Rows.Sum(c => c.SessionsRecorded), sessions.Rows.Count);
        foreach (CourseRow c in courses.Rows.Where(c => c.Instrument is not null))
        {
            var series = measures.Rows.Where(m => m.CourseIndex == c.CourseIndex && m.Instrument == c.Instrument).ToList();
            Assert.Equal(c.Baseline, series[0].Total);
            Assert.Equal(c.Endpoint, series[^1].Total);
            Assert.Equal(c.EndpointSession, series[^1].SessionNumber);
        }

        Assert.All(sessions.Rows, s => Assert.Contains(s.Attendance, new[] { "attended", "no-show", "cancelled" }));
        Assert.All(sessions.Rows.Where(s => s.Attendance != "attended"), s => Assert.Null(s.MeasurementPoint));
    }

    [Fact]
    public void Exported_text_holds_no_client_reference_and_codes_not_enum_numbers()
    {
        using var stream = new MemoryStream();
        using (ITableWriter<SessionRow> w = TableWriter.Create(TableFormat.Csv, ResearchTables.Sessions, stream))
        {
            CohortRunner.Run(Small with { Protocol = BuiltInProtocols.Catalog.Get("ipt-b").Value }, null, new CohortSinks(Sessions: w));
            w.Complete();
        }

        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("simulated", text, System.StringComparison.Ordinal); // the simulator's ClientRef
        Assert.Contains(",attended,", text, System.StringComparison.Ordinal);
        Assert.Contains(",engagement,", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_atomic_file_that_is_not_committed_leaves_nothing_behind()
    {
        string dir = Directory.CreateTempSubdirectory("ipt-atomic").FullName;
        string path = Path.Combine(dir, "out.parquet");
        using (var f = new AtomicFile(path))
        {
            f.Stream.WriteByte(1);
        }

        Assert.Empty(Directory.GetFiles(dir));
        using (var f = new AtomicFile(path))
        {
            f.Stream.WriteByte(1);
            f.Commit();
        }

        Assert.Equal([path], Directory.GetFiles(dir));
    }
}
