
namespace Ipt.Domain.Storage.Marten;

/// <summary>The marker that a command id was appended to a course (document id <c>{course}/{command}</c>), written in
/// the same transaction as the command's events; the primary key makes a command count once.</summary>
public sealed class CourseCommandRecord
{
    /// <summary><c>{course id}/{command id}</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The course's version just after the command's events.</summary>
    public int Version { get; set; }
}
