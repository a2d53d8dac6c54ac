using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Serialization;
using Xunit.Abstractions;

namespace Ipt.Domain.Tests.Fuzzing;

/// <summary>
/// The strict-reading proof: every single-field edit of histories that hold every event type and every optional value
/// (delete the field, set it to null, give it a value of another JSON kind), every key reordering, every duplicated
/// and every swapped event ends in exactly one of two outcomes: a typed <see cref="DomainError"/> that names the event
/// (<see cref="DomainError.Event"/>), or — for a genuinely optional field — a replayed course whose history
/// re-serialises to what the edited text says. Never a default, never an unhandled exception. The case counts are
/// printed and recorded in docs/testing.md.
/// </summary>
public class StrictReadingProof(ITestOutputHelper output)
{
    private static readonly TreatmentCourse[] Courses = [RichHistory.Completed(), RichHistory.Discontinued()];

    [Fact]
    public void Every_field_deleted_nulled_or_retyped_is_refused_naming_the_event_or_means_what_the_text_says()
    {
        int cases = 0, refused = 0, optional = 0;
        int[] casesBy = new int[Edits.Length], refusedBy = new int[Edits.Length];
        var types = new HashSet<string>();
        foreach (TreatmentCourse course in Courses)
        {
            JsonNode original = JsonNode.Parse(CourseHistoryJson.Serialize(course.History))!;
            var events = (JsonArray)original["events"]!;
            for (int index = 0; index < events.Count; index++)
            {
                types.Add((string)events[index]!["$type"]!);
                foreach ((JsonNode owner, string name) in Slots(events[index]!))
                {
                    for (int kind = 0; kind < Edits.Length; kind++)
                    {
                        JsonNode copy = original.DeepClone();
                        JsonNode target = Find(copy["events"]![index]!, owner, events[index]!);
                        (bool remove, JsonNode? value) = Edits[kind](Get(target, name));
                        if (!remove && JsonNode.DeepEquals(value, Get(target, name)))
                        {
                            continue;
                        }

                        Set(target, name, remove, value);
                        cases++;
                        casesBy[kind]++;
                        int before = refused;
                        string? failure = Outcome(copy, index + 1, course, ref refused, ref optional);
                        refusedBy[kind] += refused - before;
                        Assert.True(failure is null, "event " + (index + 1) + " field " + name + ": " + failure);
                    }
                }
            }
        }

        output.WriteLine($"field edits: {cases} cases, {refused} refused naming the event, {optional} optional values accepted");
        for (int kind = 0; kind < Edits.Length; kind++)
        {
            output.WriteLine($"  {EditNames[kind]}: {casesBy[kind]} cases, {refusedBy[kind]} refused, {casesBy[kind] - refusedBy[kind]} optional");
        }

        Assert.Equal(CourseEventTypes.All.Count, types.Count);
        Assert.Equal(cases, refused + optional);
        Assert.True(cases > 900, cases.ToString());
        Assert.True(optional < refused / 5, optional + " accepted of " + cases);
    }

    [Fact]
    public void Reversed_and_sorted_keys_at_every_level_read_back_the_same_events()
    {
        int cases = 0;
        foreach (TreatmentCourse course in Courses)
        {
            string json = CourseHistoryJson.Serialize(course.History);
            foreach (Func<IEnumerable<string>, IEnumerable<string>> order in new Func<IEnumerable<string>, IEnumerable<string>>[]
                     { k => k.Reverse(), k => k.OrderBy(x => x, StringComparer.Ordinal), k => k.OrderByDescending(x => x.Length) })
            {
                string reordered = Reorder(JsonNode.Parse(json)!, order).ToJsonString();
                Assert.NotEqual(json, reordered);
                Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(reordered);
                Assert.True(read.IsSuccess, read.ToString());
                Assert.Equal(json, CourseHistoryJson.Serialize(read.Value));
                Assert.Null(course.ToSnapshot().FirstDifference(TreatmentCourse.FromHistory(read.Value, course.Protocol).Value.ToSnapshot()));
                cases++;
            }
        }

        output.WriteLine($"key orders: {cases} cases");
    }

    [Fact]
    public void Every_duplicated_or_swapped_event_is_refused_naming_an_event_or_replays()
    {
        int duplicates = 0, duplicatesRefused = 0, swaps = 0, swapsRefused = 0, swapsOtherCourse = 0;
        var accepted = new List<string>();
        foreach (TreatmentCourse course in Courses)
        {
            IReadOnlyList<CourseEvent> h = course.History;
            for (int i = 0; i < h.Count; i++)
            {
                var duplicated = h.ToList();
                duplicated.Insert(i, h[i]);
                duplicates++;
                if (Replayed(duplicated, course) is { } twice)
                {
                    // An event entered twice is refused: numbered events by their number, tasks and corrections by
                    // what they complete or correct, command ids by the id, measures, diary weeks and safety actions
                    // by their identity (instrument and date, review date, concern, action and date).
                    Assert.Fail("duplicate of event " + (i + 1) + " (" + CourseEventNames.Of(h[i]) + ") accepted: " + twice.State);
                }
                else
                {
                    duplicatesRefused++;
                }

                if (i + 1 < h.Count)
                {
                    var swapped = h.ToList();
                    (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                    swaps++;
                    if (Replayed(swapped, course) is not { } other)
                    {
                        swapsRefused++;
                        continue;
                    }

                    // An accepted swap is an order the record allows: two entries of one entry date.
                    string pair = CourseEventNames.Of(h[i]) + " / " + CourseEventNames.Of(h[i + 1]);
                    Assert.True(h[i].EntryDate == h[i + 1].EntryDate, "swap of events " + (i + 1) + " and " + (i + 2) + " (" + pair + ") of two entry dates accepted");
                    CourseSnapshot loaded = other.ToSnapshot();
                    string? difference = (course.ToSnapshot() with { History = loaded.History }).FirstDifference(loaded);
                    swapsOtherCourse += difference is null ? 0 : 1;

                    // Another course only where a correction marks one of the two swapped entries entered in error: it
                    // names its entry by position, so the swap moves it onto the other entry (an amendment would be
                    // refused, its replacement being of the entry's kind and identity).
                    Assert.True(difference is null || h.OfType<EntryCorrected>().Any(c => c.Kind == CorrectionKind.EnteredInError && (c.Entry == i + 1 || c.Entry == i + 2)),
                        "swap of events " + (i + 1) + " and " + (i + 2) + " (" + pair + ") loads another course: " + difference);
                    accepted.Add("  swap " + (i + 1) + "-" + (i + 2) + " " + pair + (difference is null ? ": the same course" : ": another " + difference));
                }
            }
        }

        output.WriteLine($"duplicates: {duplicates} cases, {duplicatesRefused} refused naming the event");
        output.WriteLine($"swaps: {swaps} cases, {swapsRefused} refused naming the event, {swaps - swapsRefused} accepted (same entry date), {swapsOtherCourse} of them another course");
        foreach (string a in accepted)
        {
            output.WriteLine(a);
        }

        Assert.Equal(duplicates, duplicatesRefused);
        Assert.True(swapsRefused > swaps / 2, swapsRefused + " of " + swaps);
    }

    // The replayed course, or null when the history is refused naming an event.
    private static TreatmentCourse? Replayed(List<CourseEvent> events, TreatmentCourse course)
    {
        Result<TreatmentCourse> r = TreatmentCourse.FromHistory(CourseHistoryJson.Deserialize(CourseHistoryJson.Serialize(events)).Value, course.Protocol);
        if (r.IsFailure)
        {
            Assert.NotNull(r.Error!.Event);
            Assert.StartsWith("Event " + r.Error.Event!.Position + " (" + r.Error.Event.Type + "): ", r.Error.Message, StringComparison.Ordinal);
            return null;
        }

        Assert.Equal(CourseHistoryJson.Serialize(events), CourseHistoryJson.Serialize(r.Value.History));
        return r.Value;
    }

    private static string? Outcome(JsonNode edited, int position, TreatmentCourse course, ref int refused, ref int optional)
    {
        Result<IReadOnlyList<CourseEvent>> read;
        try
        {
            read = CourseHistoryJson.Deserialize(edited.ToJsonString());
        }
        catch (Exception ex)
        {
            return "exception " + ex.GetType().Name;
        }

        if (read.IsFailure)
        {
            refused++;
            return read.Error!.Code == CourseErrors.HistoryEventInvalid && read.Error.Event?.Position == position && read.Error.Event.Field is not null
                ? null
                : "refused without naming the event and field: " + read.Error;
        }

        Result<TreatmentCourse> replay = TreatmentCourse.FromHistory(read.Value, course.Protocol);
        if (replay.IsFailure)
        {
            refused++;
            return replay.Error!.Event is not null ? null : "replay refused without naming the event: " + replay.Error;
        }

        optional++;
        JsonNode back = JsonNode.Parse(CourseHistoryJson.Serialize(replay.Value.History))!;
        return JsonNode.DeepEquals(CourseHistoryJsonTests.WithoutNulls(edited), back) ? null : "accepted but reads back differently";
    }

    private static readonly string[] EditNames = ["deleted", "null", "string <-> number", "array <-> object", "boolean"];

    // Delete; null; a value of another JSON kind.
    private static readonly Func<JsonNode?, (bool, JsonNode?)>[] Edits =
    [
        _ => (true, null),
        _ => (false, null),
        v => (false, v is JsonValue jv && jv.TryGetValue(out string? _) ? JsonValue.Create(7) : JsonValue.Create("x")),
        v => (false, v is JsonArray ? new JsonObject() : new JsonArray()),
        v => (false, JsonValue.Create(true)),
    ];

    // Every property of every object and every element of every array inside an event, $type included.
    private static IEnumerable<(JsonNode Owner, string Name)> Slots(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (string key in obj.Select(p => p.Key).ToList())
            {
                yield return (obj, key);
                if (obj[key] is JsonNode child)
                {
                    foreach ((JsonNode, string) inner in Slots(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                yield return (array, "[" + i + "]");
                foreach ((JsonNode, string) inner in Slots(array[i]!))
                {
                    yield return inner;
                }
            }
        }
    }

    // The node in the copy at the same path as owner in the original.
    private static JsonNode Find(JsonNode copyEvent, JsonNode owner, JsonNode originalEvent)
    {
        string path = owner.GetPath()[originalEvent.GetPath().Length..];
        JsonNode node = copyEvent;
        foreach (string part in Parts(path))
        {
            node = part.StartsWith('[') ? node[int.Parse(part[1..^1])]! : node[part]!;
        }

        return node;
    }

    private static IEnumerable<string> Parts(string path)
    {
        int i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path[i] == '[')
            {
                if (path[i + 1] == '\'')
                {
                    int end = path.IndexOf("']", i, StringComparison.Ordinal);
                    yield return path[(i + 2)..end];
                    i = end + 2;
                }
                else
                {
                    int end = path.IndexOf(']', i);
                    yield return path[i..(end + 1)];
                    i = end + 1;
                }
            }
            else
            {
                i++;
            }
        }
    }

    private static JsonNode? Get(JsonNode owner, string name) =>
        name.StartsWith('[') ? owner[int.Parse(name[1..^1])] : owner[name];

    private static void Set(JsonNode owner, string name, bool remove, JsonNode? value)
    {
        if (name.StartsWith('['))
        {
            int i = int.Parse(name[1..^1]);
            if (remove)
            {
                ((JsonArray)owner).RemoveAt(i);
            }
            else
            {
                owner[i] = value;
            }
        }
        else if (remove)
        {
            ((JsonObject)owner).Remove(name);
        }
        else
        {
            owner[name] = value;
        }
    }

    private static JsonNode Reorder(JsonNode node, Func<IEnumerable<string>, IEnumerable<string>> order)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (string key in order(obj.Select(p => p.Key).ToList()))
                {
                    result[key] = obj[key] is JsonNode child ? Reorder(child.DeepClone(), order) : null;
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Select(x => x is null ? null : Reorder(x.DeepClone(), order)).ToArray());
            default:
                return node.DeepClone();
        }
    }
}
