using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Ipt.Domain.Tests.Generators;

/// <summary>What to do to a serialised history. <see cref="Kind"/> selects the damage, <see cref="Target"/> and
/// <see cref="Value"/> pick where and with what (both reduced modulo the size of what they index).</summary>
public sealed record HistoryMutation(HistoryMutationKind Kind, int Target, int Value)
{
    /// <inheritdoc />
    public override string ToString() => Kind + "(" + Target + "," + Value + ")";
}

/// <summary>The kinds of damage a stored history can suffer.</summary>
public enum HistoryMutationKind
{
    /// <summary>Keep only the first events.</summary>
    Truncate,
    /// <summary>Swap two events.</summary>
    Swap,
    /// <summary>Delete one event.</summary>
    Delete,
    /// <summary>Duplicate one event in place.</summary>
    Duplicate,
    /// <summary>Move one event to another position.</summary>
    Move,
    /// <summary>Replace a number anywhere with another (negative, zero, huge).</summary>
    Number,
    /// <summary>Replace a date with another date or an invalid date.</summary>
    Date,
    /// <summary>Replace a string value (enum codes, ids, notes) with another or a known code.</summary>
    Text,
    /// <summary>Change an event's <c>$type</c> discriminator.</summary>
    Discriminator,
    /// <summary>Remove one property.</summary>
    DropProperty,
    /// <summary>Set one value to null.</summary>
    Null,
    /// <summary>Replace one value with a value of another JSON kind.</summary>
    WrongKind,
    /// <summary>Change the schema version.</summary>
    Schema,
    /// <summary>Insert garbage characters into the text.</summary>
    Garbage,
    /// <summary>Cut the text short.</summary>
    CutText,
}

/// <summary>A real history (from a generated course) and the damage to do to it.</summary>
public sealed record FuzzCase(VariantScript Script, IReadOnlyList<HistoryMutation> Mutations)
{
    /// <inheritdoc />
    public override string ToString() => Script + " | " + string.Join(", ", Mutations);
}

/// <summary>Generators for fuzzed histories: random scripts on every built-in variant, then one to three mutations.</summary>
public static class HistoryFuzzGenerators
{
    private static readonly string[] Codes =
    [
        "attended", "no-show", "cancelled", "remote", "in-person", "initial", "middle", "termination", "maintenance",
        "engagement", "diagnosis", "interpersonal-inventory", "role-dispute", "grief", "partner", "other", "", "x",
        "course-started", "session-recorded", "9999-99-99", "2026-01-05", "00000000-0000-0000-0000-000000000000",
        "phq-9", "SECRET-text", "ipt", "ipt-b", "dit",
    ];

    private static readonly string[] Discriminators =
    [
        "course-started", "session-recorded", "task-completed", "phase-begun", "contract-extended", "course-completed",
        "course-discontinued", "continuation-decided", "inventory-completed", "formulation-agreed", "session-work-recorded",
        "dispute-stage-changed", "measure-recorded", "safety-concern-raised", "safety-action-recorded",
        "social-rhythm-week-recorded", "no-such-event", "",
    ];

    private static readonly long[] Numbers = [0, 1, -1, 2, 3, 7, 16, 17, 40, 99, int.MaxValue, int.MinValue, long.MaxValue];

    /// <summary>One mutation; derived from default integer generators, so values shrink toward zero.</summary>
    public static Gen<HistoryMutation> Mutation { get; } =
        from kind in Gen.Elements(Enum.GetValues<HistoryMutationKind>())
        from target in ArbMap.Default.GeneratorFor<NonNegativeInt>()
        from value in ArbMap.Default.GeneratorFor<NonNegativeInt>()
        select new HistoryMutation(kind, target.Get, value.Get);

    /// <summary>Fuzz cases over every built-in variant.</summary>
    public static Arbitrary<FuzzCase> Cases { get; } = Arb.From(
        from script in VariantGenerators.Scripts.Generator
        from count in Gen.Choose(1, 3)
        from mutations in Mutation.ListOf(count)
        select new FuzzCase(script, mutations.ToList()),
        Shrink);

    /// <summary>Applies the mutations to the JSON text of a history.</summary>
    public static string Apply(string json, IEnumerable<HistoryMutation> mutations)
    {
        foreach (HistoryMutation m in mutations)
        {
            json = Apply(json, m);
        }

        return json;
    }

    private static string Apply(string json, HistoryMutation m)
    {
        switch (m.Kind)
        {
            case HistoryMutationKind.Garbage:
            {
                string[] junk = ["\0", "{", "}", "[", "]", ",", "\"", ":", "\\", "\uFFFD", "null", "1e400", "\u00e9", " "];
                int at = json.Length == 0 ? 0 : m.Target % (json.Length + 1);
                return json.Insert(at, junk[m.Value % junk.Length]);
            }

            case HistoryMutationKind.CutText:
                return json.Length == 0 ? json : json[..(m.Target % json.Length)];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return json; // already broken by an earlier text mutation
        }

        if (root is not JsonObject doc)
        {
            return json;
        }

        if (m.Kind == HistoryMutationKind.Schema)
        {
            doc["schemaVersion"] = (int)Numbers[m.Value % 4] + (m.Value % 3);
            return doc.ToJsonString();
        }

        if (doc["events"] is not JsonArray events || events.Count == 0)
        {
            return doc.ToJsonString();
        }

        int i = m.Target % events.Count;
        int j = m.Value % events.Count;
        switch (m.Kind)
        {
            case HistoryMutationKind.Truncate:
                while (events.Count > i)
                {
                    events.RemoveAt(events.Count - 1);
                }

                break;
            case HistoryMutationKind.Swap:
            {
                JsonNode? a = events[i]?.DeepClone();
                JsonNode? b = events[j]?.DeepClone();
                events[i] = b;
                events[j] = a;
                break;
            }

            case HistoryMutationKind.Delete:
                events.RemoveAt(i);
                break;
            case HistoryMutationKind.Duplicate:
                events.Insert(i, events[i]?.DeepClone());
                break;
            case HistoryMutationKind.Move:
            {
                JsonNode? e = events[i]?.DeepClone();
                events.RemoveAt(i);
                events.Insert(Math.Min(j, events.Count), e);
                break;
            }

            case HistoryMutationKind.Discriminator:
                if (events[i] is JsonObject o)
                {
                    o["$type"] = Discriminators[m.Value % Discriminators.Length];
                }

                break;
            default:
                MutateValue(PickByType(events, m), m);
                break;
        }

        return doc.ToJsonString();
    }

    // Picks an event type present in the history first, then an event of that type, so rare events are hit as often as sessions.
    private static JsonNode? PickByType(JsonArray events, HistoryMutation m)
    {
        var byType = events.GroupBy(e => (e as JsonObject)?["$type"]?.ToJsonString() ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var group = byType[m.Target % byType.Count].ToList();
        return group[(m.Target / byType.Count) % group.Count];
    }

    // Picks one value inside the event (depth-first order) and damages it according to the mutation kind.
    private static void MutateValue(JsonNode? ev, HistoryMutation m)
    {
        var slots = new List<(JsonNode Parent, object Key, JsonNode? Value)>();
        Collect(ev, slots);
        IEnumerable<(JsonNode Parent, object Key, JsonNode? Value)> candidates = m.Kind switch
        {
            HistoryMutationKind.Number => slots.Where(s => s.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number),
            HistoryMutationKind.Date => slots.Where(s => s.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && DateOnly.TryParse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _)),
            HistoryMutationKind.Text => slots.Where(s => s.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String),
            _ => slots,
        };
        var pick = candidates.ToList();
        if (m.Value % 2 == 0 && pick.Any(s => ReferenceEquals(s.Parent, ev)))
        {
            pick = pick.Where(s => ReferenceEquals(s.Parent, ev)).ToList(); // half the time, a property of the event itself
        }

        if (pick.Count == 0)
        {
            return;
        }

        (JsonNode parent, object key, JsonNode? value) = pick[(m.Target + (m.Value / 2)) % pick.Count];
        JsonNode? replacement = m.Kind switch
        {
            HistoryMutationKind.Number => JsonValue.Create(Numbers[m.Value % Numbers.Length]),
            HistoryMutationKind.Date => JsonValue.Create(m.Value % 5 == 0 ? "2026-02-30" : new DateOnly(2025, 12, 1).AddDays(m.Value % 400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            HistoryMutationKind.Text => JsonValue.Create(Codes[m.Value % Codes.Length]),
            HistoryMutationKind.Null => null,
            HistoryMutationKind.WrongKind => (m.Value % 4) switch
            {
                0 => new JsonArray(),
                1 => new JsonObject(),
                2 => JsonValue.Create("wrong"),
                _ => JsonValue.Create(m.Value % 2 == 0),
            },
            _ => value?.DeepClone(),
        };

        if (m.Kind == HistoryMutationKind.DropProperty)
        {
            if (parent is JsonObject po && key is string name)
            {
                po.Remove(name);
            }
            else if (parent is JsonArray pa && key is int index)
            {
                pa.RemoveAt(index);
            }

            return;
        }

        if (parent is JsonObject obj && key is string prop)
        {
            obj[prop] = replacement;
        }
        else if (parent is JsonArray arr && key is int idx)
        {
            arr[idx] = replacement;
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode Parent, object Key, JsonNode? Value)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (KeyValuePair<string, JsonNode?> p in o.ToList())
                {
                    slots.Add((o, p.Key, p.Value));
                    Collect(p.Value, slots);
                }

                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i, a[i]));
                    Collect(a[i], slots);
                }

                break;
        }
    }

    private static IEnumerable<FuzzCase> Shrink(FuzzCase c)
    {
        if (c.Mutations.Count > 1)
        {
            for (int i = 0; i < c.Mutations.Count; i++)
            {
                var fewer = c.Mutations.ToList();
                fewer.RemoveAt(i);
                yield return c with { Mutations = fewer };
            }
        }

        foreach (VariantScript s in VariantGenerators.Scripts.Shrinker(c.Script).Take(40))
        {
            yield return c with { Script = s };
        }
    }
}
