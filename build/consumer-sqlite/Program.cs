using System;
using System.IO;
using System.Threading.Tasks;
using Ipt.Domain.Courses;
using Ipt.Domain.Persistence;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;

// Saves a course to a SQLite file through the packaged store, loads it back, and retries a command under its id.
string file = Path.Combine(Path.GetTempPath(), "ipt-consumer-" + Guid.NewGuid().ToString("N") + ".db");
await using (ServiceProvider provider = new ServiceCollection().AddIptDomain().AddIptSqliteStore("Data Source=" + file).BuildServiceProvider())
{
    var work = provider.GetRequiredService<CourseUnitOfWork>();
    var store = provider.GetRequiredService<ICourseStore>();
    var day = new DateOnly(2026, 1, 5);
    TreatmentCourse course = TreatmentCourse.Start(CourseId.New(), ClientRef.From("c-1042"), StandardIpt.Definition, day);
    if ((await work.StartAsync(course)).IsFailure)
    {
        return 1;
    }

    var first = await work.ExecuteAsync(course.Id, c => c.RecordSession(day, Attendance.Attended), "appt-1");
    var again = await work.ExecuteAsync(course.Id, c => c.RecordSession(day, Attendance.Attended), "appt-1");
    Result<TreatmentCourse> loaded = await store.LoadAsync(course.Id);
    if (first.IsFailure || again.IsFailure || loaded.IsFailure)
    {
        Console.WriteLine("store error: " + (first.Error ?? again.Error ?? loaded.Error)!.Code);
        return 1;
    }

    // The same commands in memory: what was stored must read back identically.
    course.ExecuteOnce("appt-1", c => c.RecordSession(day, Attendance.Attended));
    bool equal = CourseHistoryJson.Serialize(loaded.Value.History) == CourseHistoryJson.Serialize(course.History);
    Console.WriteLine("sqlite save and load: " + equal);
    Console.WriteLine("repeat appended nothing: " + (again.Value.AlreadyApplied && loaded.Value.Version == 2));
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(file);
return 0;
