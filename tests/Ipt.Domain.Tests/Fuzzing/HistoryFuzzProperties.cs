using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Generators;
using Ipt.Domain.Tests.Properties;

namespace Ipt.Domain.Tests.Fuzzing;

/// <summary>
/// Damaged histories — truncated, reordered, with events deleted or duplicated, values, dates, codes and
/// discriminators changed, properties dropped, garbage inserted — are either rejected with a documented error code
/// or replay to a course that satisfies every invariant. Never an exception.
/// </summary>
public class HistoryFuzzProperties
{
    /// <summary>Reads and replays <paramref name="json"/>; null when the outcome is acceptable, else what went wrong.</summary>
    internal static string? Outcome(string json, Ipt.Domain.Protocols.ProtocolDefinition protocol)
    {
        try
        {
            Result<IReadOnlyList<CourseEvent>> fromText = CourseHistoryJson.Deserialize(json);
            Result<IReadOnlyList<CourseEvent>> fromBytes = CourseHistoryJson.Deserialize(Encoding.UTF8.GetBytes(json));
            if (fromText.IsSuccess != fromBytes.IsSuccess)
            {
                return "text and UTF-8 reading disagree";
            }

            if (!fromText.IsSuccess)
            {
                return Documented(fromText.Error!);
            }

            Result<TreatmentCourse> course = TreatmentCourse.FromHistory(fromText.Value, protocol);
            if (!course.IsSuccess)
            {
                return Documented(course.Error!);
            }

            Result<TreatmentCourse> viaCatalogue = BuiltInProtocols.Replay(BuiltInProtocols.Catalog, fromText.Value);
            if (!viaCatalogue.IsSuccess || viaCatalogue.Value.ToSnapshot() != course.Value.ToSnapshot())
            {
                return "the catalogue replays differently";
            }

            return CourseInvariants.Violation(course.Value);
        }
#pragma warning disable CA1031 // the property's point: report any exception as a failure
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return "undocumented exception " + ex.GetType().Name + ": " + ex.Message;
        }
    }

    private static string? Documented(DomainError error) =>
        Ipt.Domain.Tests.Docs.DocumentedErrorCodes.All.Contains(error.Code) ? null : "undocumented code " + error.Code;

    private static Property Holds(string? outcome) => Prop.Label(outcome is null, outcome ?? "ok");

    [IptProperty(1000)]
    public Property Damaged_histories_are_rejected_with_a_documented_code_or_replay_to_a_valid_course()
    {
        Assert.True(Ipt.Domain.Tests.Docs.DocumentedErrorCodes.All.Count > 100);
        return Prop.ForAll(HistoryFuzzGenerators.Cases, c =>
        {
            TreatmentCourse live = c.Script.Run();
            Assert.Null(CourseInvariants.Violation(live));
            string json = HistoryFuzzGenerators.Apply(CourseHistoryJson.Serialize(live.History), c.Mutations);
            return Holds(Outcome(json, live.Protocol));
        });
    }

    [IptProperty(100)]
    public Property Every_prefix_of_a_real_history_replays_to_a_valid_course()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            for (int n = 1; n <= live.History.Count; n++)
            {
                Result<TreatmentCourse> prefix = TreatmentCourse.FromHistory(live.History.Take(n).ToList(), live.Protocol);
                string? violation = prefix.IsSuccess ? CourseInvariants.Violation(prefix.Value) : "prefix " + n + " rejected: " + prefix.Error!.Code;
                if (violation is not null)
                {
                    return Holds(violation);
                }
            }

            return Holds(null);
        });
    }

    [IptProperty(1000)]
    public Property Reordered_histories_are_rejected_with_a_documented_code_or_replay_to_a_valid_course()
    {
        Gen<(VariantScript, int, int)> gen =
            from script in VariantGenerators.Scripts.Generator
            from i in ArbMap.Default.GeneratorFor<NonNegativeInt>()
            from j in ArbMap.Default.GeneratorFor<NonNegativeInt>()
            select (script, i.Get, j.Get);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            (VariantScript script, int i, int j) = t;
            TreatmentCourse live = script.Run();
            var events = live.History.ToList();
            int a = i % events.Count, b = j % events.Count;
            (events[a], events[b]) = (events[b], events[a]);
            Result<TreatmentCourse> replay = TreatmentCourse.FromHistory(events, live.Protocol);
            string? outcome = replay.IsSuccess ? CourseInvariants.Violation(replay.Value) : Documented(replay.Error!);
            return Holds(outcome);
        });
    }

    [IptProperty(1000)]
    public Property Any_text_at_all_is_rejected_with_a_documented_code_or_replays()
    {
        Gen<string> texts = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            ArbMap.Default.GeneratorFor<string>().Select(s => "{\"schemaVersion\":1,\"events\":[" + s + "]}"),
            Gen.Elements("{}", "[]", "null", "{\"schemaVersion\":1}", "{\"schemaVersion\":1,\"events\":null}", "{\"schemaVersion\":1,\"events\":[null]}",
                "{\"schemaVersion\":1,\"events\":[{}]}", "{\"schemaVersion\":1,\"events\":[{\"$type\":\"course-started\"}]}",
                "{\"schemaVersion\":2,\"events\":[]}", "{\"schemaVersion\":1,\"events\":[]}"));
        return Prop.ForAll(Arb.From(texts, ArbMap.Default.ArbFor<string>().Shrinker), json => Holds(Outcome(json, BuiltInProtocols.All[0])));
    }

    [IptProperty(100)]
    public Property A_history_replayed_on_another_protocol_is_rejected_as_a_mismatch()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            var other = BuiltInProtocols.All[(script.ProtocolIndex + 1) % BuiltInProtocols.All.Count];
            Result<TreatmentCourse> replay = TreatmentCourse.FromHistory(live.History, other);
            return !replay.IsSuccess && replay.Error!.Code == CourseErrors.HistoryProtocolMismatch;
        });
    }
}
