using System.Runtime.CompilerServices;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Serialization;

namespace Ipt.Domain.Tests.Serialization;

/// <summary>The name a replay error gives an event is its <c>$type</c> in the public table, for every event type.</summary>
public class EventNameTests
{
    [Fact]
    public void Errors_name_every_event_type_by_its_history_type_name()
    {
        Assert.Equal(17, CourseEventTypes.All.Count);
        foreach (CourseEventType type in CourseEventTypes.All)
        {
            // An instance without running its constructor: only its type matters to the name.
            var e = (CourseEvent)RuntimeHelpers.GetUninitializedObject(type.ClrType);
            Assert.Equal(type.Name, CourseEventNames.Of(e));
            Assert.Equal(type.Name, CourseEventTypes.NameOf(e));
        }
    }
}
